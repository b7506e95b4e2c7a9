#!/usr/bin/env bash
# Native window tests: the desktop binary in a real window on its own Xvfb server. Each case is a
# CTest test of its own (native_<case>, listed in tests/CMakeLists.txt), independent of the others: its
# own X server, its own config folder, its own temporary files. A case prints one line per check
# ("ok - ..." or "FAILED - ...") and fails when any check does.
# Usage: native-case.sh CASE PORTFOLIO_BINARY FIXTURES_DIR ARTIFACTS_DIR [BUILD_DIR (for cmake --install)]
#        native-case.sh --list   prints the case names
set -u
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

passed=0; failed=0
check() {  # check NAME CONDITION-COMMAND...
    local name="$1"; shift
    if "$@"; then passed=$((passed + 1)); echo "ok - $name"; else failed=$((failed + 1)); echo "FAILED - $name"; fi
}
run() { "$bin" "$@"; }
png_facts() { python3 "$here/png_facts.py" "$@"; }
xdnd() { python3 "$here/xdnd.py" "$@"; }
# wait_for FILE PATTERN SECONDS: until a line of FILE matches (grep -E), or time runs out.
wait_for() {
    local deadline=$((SECONDS + $3))
    while [ $SECONDS -lt $deadline ]; do grep -qE -- "$2" "$1" 2>/dev/null && return 0; sleep 0.1; done
    return 1
}
# rename_profile SRC DST NAME: the profile SRC with basics.name set to NAME, written to DST.
rename_profile() {
    python3 - "$1" "$2" "$3" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1], encoding='utf-8'))
doc['basics']['name'] = sys.argv[3]
open(sys.argv[2], 'w', encoding='utf-8').write(json.dumps(doc, indent=2, ensure_ascii=False))
PY
}
# start_x: starts an Xvfb server of this case's own on a free display (Xvfb picks it and writes its
# number to -displayfd), so cases can run side by side without xvfb-run's display-number race.
start_x() {
    local fifo="$tmp/displayfd"
    mkfifo "$fifo"
    Xvfb -displayfd 3 -screen 0 1920x1200x24 -nolisten tcp 3>"$fifo" >"$tmp/xvfb.log" 2>&1 &
    xvfb_pid=$!
    local number
    if ! read -r -t 20 number <"$fifo"; then echo "FAILED - Xvfb did not start: $(cat "$tmp/xvfb.log")"; exit 1; fi
    export DISPLAY=":$number"
}

# Starts with the bundled profile, renders 30 frames, exits 0.
case_startup() {
    run --frames 30 >"$out/frames.log" 2>&1; code=$?
    check "bundled profile: 30 frames and a clean exit" test $code -eq 0
    check "bundled profile: no ImGui assert and no diagnostics" bash -c "! grep -q -e 'ImGui assert' -e 'error:' '$out/frames.log'"
}

# Screenshot at the requested size, not blank.
case_screenshot() {
    run --size 1280x860 --screenshot "$out/native-1280x860.png" >"$out/shot.log" 2>&1; code=$?
    check "screenshot: exit 0" test $code -eq 0
    read -r w h colours < <(png_facts facts "$out/native-1280x860.png" 2>/dev/null || echo "0 0 0")
    check "screenshot: 1280x860 (got ${w}x${h})" test "$w" = 1280 -a "$h" = 860
    check "screenshot: not blank ($colours colours sampled)" test "${colours:-0}" -ge 50
    run --size 390x844 --theme dark --screenshot "$out/native-390x844-dark.png" >/dev/null 2>&1
    read -r w h colours < <(png_facts facts "$out/native-390x844-dark.png" 2>/dev/null || echo "0 0 0")
    check "phone-size dark screenshot: 390x844, not blank" test "$w" = 390 -a "$h" = 844 -a "${colours:-0}" -ge 30
}

# HiDPI: on a screen announcing 192 dpi (content scale 2) a 640x430 window has 1280x860 pixels,
# and the page is laid out for 640x430 logical pixels (not the 1280-wide page of test 2).
case_hidpi() {
    python3 "$here/xft_dpi.py" 192 "$bin" --size 640x430 --screenshot "$out/native-640x430-at-2x.png" >"$out/hidpi.log" 2>&1; code=$?
    read -r w h colours < <(png_facts facts "$out/native-640x430-at-2x.png" 2>/dev/null || echo "0 0 0")
    check "HiDPI: exit 0, 640x430 at scale 2 is 1280x860 pixels (got ${w}x${h}), not blank" \
        test $code -eq 0 -a "$w" = 1280 -a "$h" = 860 -a "${colours:-0}" -ge 50
    run --size 640x430 --screenshot "$out/native-640x430.png" >/dev/null 2>&1
    run --size 1280x860 --screenshot "$out/native-1280x860.png" >/dev/null 2>&1
    as_small=$(png_facts diff "$out/native-640x430-at-2x.png" "$out/native-640x430.png" 2>/dev/null || echo 1)
    as_desktop=$(png_facts diff "$out/native-640x430-at-2x.png" "$out/native-1280x860.png" 2>/dev/null || echo 0)
    check "HiDPI: the page is the 640x430 one drawn twice as large ($as_small of pixels differ), not the 1280x860 one ($as_desktop)" \
        python3 -c "import sys; sys.exit(0 if $as_small < 0.5 * $as_desktop else 1)"
}

# A malformed profile: the page still renders, the problem is printed with path and line:column.
case_malformed_profile() {
    run --profile "$fixtures/malformed/invalid-date.json" --screenshot "$out/native-malformed.png" >"$out/malformed.log" 2>&1; code=$?
    check "malformed profile: still renders (exit 0)" test $code -eq 0
    check "malformed profile: message with path and position" \
        grep -q 'error: \$.publications\[0\].releaseDate (line 4, column 39): invalid date "1843-13"' "$out/malformed.log"
}

# A missing profile on the command line: a clear message naming the file, exit code 2, no window.
case_missing_profile() {
    "$bin" --profile "$fixtures/no-such-file.json" --frames 5 >"$out/missing.log" 2>&1; code=$?
    check "missing profile: exit code 2" test $code -eq 2
    check "missing profile: message names the file" grep -q 'cannot open profile file ".*no-such-file.json"' "$out/missing.log"
}

# The command line.
case_command_line() {
    "$bin" --bogus >"$out/bogus.log" 2>&1; code=$?
    check "unknown flag: exit code 2" test $code -eq 2
    check "unknown flag: says which and shows the usage" grep -q 'unknown option "--bogus"' "$out/bogus.log"
    "$bin" --state "" >"$out/state-empty.log" 2>&1; code=$?
    check "empty --state: exit code 2 with the reason" bash -c "test $code -eq 2 && grep -q -- '--state takes a view' '$out/state-empty.log'"
    run --state "/publications?topic=video&q=attention" --frames 5 >"$out/state.log" 2>&1; code=$?
    check "--state with a view and filters: accepted, exit 0" test $code -eq 0
    "$bin" --help >"$out/help.log" 2>&1; code=$?
    check "--help: exit 0" test $code -eq 0
    for flag in "--profile FILE" "--theme MODE" "--state TEXT" "--size WxH" "--frames N" "--screenshot FILE" "--help"; do
        check "--help documents $flag" grep -q -- "^  $flag " "$out/help.log"
    done
}

# The window's size and position are remembered in $XDG_CONFIG_HOME/portfolio/window.json.
case_window_placement() {
    rm -rf "$XDG_CONFIG_HOME"
    run --frames 5 >"$out/placement-1.log" 2>&1; code=$?
    check "placement: written on exit (exit $code)" grep -q '"width":1280,' "$placement"
    printf '{"width":900,"height":700,"x":30,"y":40,"maximized":false}\n' >"$placement"
    run --frames 5 >"$out/placement-2.log" 2>&1
    check "placement: the saved size and position are reopened and saved again" \
        grep -q '"height":700,"maximized":false,"width":900,"x":30,"y":40' "$placement"
    run --size 800x600 --frames 5 >/dev/null 2>&1
    run --screenshot "$out/placement-screenshot.png" >/dev/null 2>&1
    read -r w h colours < <(png_facts facts "$out/placement-screenshot.png" 2>/dev/null || echo "0 0 0")
    check "placement: --size and --screenshot neither use nor change it (screenshot ${w}x${h})" \
        bash -c "test $w = 1280 -a $h = 860 && grep -q '\"width\":900,' '$placement'"
    printf '{"width": 9' >"$placement"
    run --frames 5 >"$out/placement-corrupt.log" 2>&1; code=$?
    check "placement: a corrupt file is ignored and replaced (exit $code)" \
        bash -c "test $code -eq 0 && grep -q '\"height\":860,' '$placement'"
    XDG_CONFIG_HOME=/dev/null/config run --frames 5 >"$out/placement-unwritable.log" 2>&1; code=$?
    check "placement: an unwritable config folder is reported, the exit is still 0" \
        bash -c "test $code -eq 0 && grep -q 'cannot save the window' '$out/placement-unwritable.log'"
}

# Live reload: an edit of the profile file appears within a second; an edit that is not valid JSON
# keeps the last good profile (and says so); SIGTERM closes the window cleanly, saving its placement.
case_live_reload() {
    live="$tmp/live/profile.json"; mkdir -p "$tmp/live"; cp "$data/profile.json" "$live"
    rm -rf "$XDG_CONFIG_HOME"
    "$bin" --profile "$live" >"$out/live.log" 2>&1 &
    pid=$!
    # The app may not be watching yet when the first edit lands, so the edit is repeated until it shows.
    for attempt in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15; do
        rename_profile "$data/profile.json" "$live" "Ada Lovelace $attempt"
        wait_for "$out/live.log" "^portfolio: reloaded $live \(0 problems\)$" 1 && break
    done
    check "live reload: an edit is reloaded (stderr says 'reloaded FILE (0 problems)')" \
        grep -qE "^portfolio: reloaded $live \(0 problems\)$" "$out/live.log"
    sleep 0.6  # let the reload settle so the next edit is timed on its own
    # A half-typed edit, timed from the write to the app's line on stderr.
    elapsed=$(python3 - "$live" "$out/live.log" <<'PY'
import sys, time
live, log = sys.argv[1], sys.argv[2]
start = time.time()
open(live, 'w').write('{\n  "basics": {\n    "name": "Half typed"\n    "label": "x"\n')
while time.time() - start < 5 and 'still showing the last good profile' not in open(log, encoding='utf-8', errors='replace').read():
    time.sleep(0.02)
print('%.2f' % (time.time() - start))
PY
    )
    check "live reload: a malformed edit keeps the last good profile (stderr says so)" \
        grep -qF "portfolio: $live is not valid JSON; still showing the last good profile (1 problem)" "$out/live.log"
    check "live reload: its problem is printed with line:column" grep -qF "$live: error: \$ (line 4, column 5): JSON syntax error" "$out/live.log"
    check "live reload: noticed within a second (took ${elapsed}s)" python3 -c "import sys; sys.exit(0 if $elapsed < 1.0 else 1)"
    reloads=$(grep -c "reloaded $live (0 problems)" "$out/live.log")
    rename_profile "$data/profile.json" "$live" "Jan Łukasiewicz"  # fixed again, with characters new to the font atlas
    for _ in $(seq 50); do [ "$(grep -c "reloaded $live (0 problems)" "$out/live.log")" -gt "$reloads" ] && break; sleep 0.1; done
    check "live reload: the fixed file is shown again, with characters new to the font atlas" \
        test "$(grep -c "reloaded $live (0 problems)" "$out/live.log")" -gt "$reloads"
    check "live reload: still running after the edits" kill -0 $pid
    kill -TERM $pid; wait $pid; code=$?
    check "SIGTERM: the window closes cleanly (exit $code)" test $code -eq 0
    check "SIGTERM: the placement is saved on the way out" test -s "$placement"
    check "live reload: no ImGui assert" bash -c "! grep -q 'ImGui assert' '$out/live.log'"
}

# Drag and drop (issue #8), through XDND as a file manager does it: a dropped profile replaces the
# one on screen and is watched from then on; one that is not valid JSON keeps the last good profile and
# its problem is printed with line:column; of several files the first .json one is opened; a drop with
# no .json file opens nothing and says why.
case_drop() {
    drops="$tmp/drops"; mkdir -p "$drops"
    cp "$data/profile.json" "$drops/start.json"
    rename_profile "$data/profile.json" "$drops/grace.json" "Grace Hopper"
    rename_profile "$data/profile.json" "$drops/katherine.json" "Katherine Johnson"
    printf '{\n  "basics": {\n    "name": "Half typed"\n    "label": "x"\n' >"$drops/broken.json"
    printf 'not a profile\n' >"$drops/notes.txt"
    title_is() { [ "$(xdnd title)" = "$1 — Portfolio" ]; }
    "$bin" --profile "$drops/start.json" --size 800x600 >"$out/drop.log" 2>&1 &
    pid=$!
    xdnd drop "$drops/grace.json" >>"$out/drop-xdnd.log" 2>&1; code=$?
    check "drop: the window takes an XDND drop (exit $code, see drop-xdnd.log)" test $code -eq 0
    check "drop: a profile dropped on the window is opened" wait_for "$out/drop.log" "^portfolio: opened $drops/grace.json \(0 problems\)$" 5
    check "drop: ... and shown (window title '$(xdnd title)')" title_is "Grace Hopper"
    xdnd drop "$drops/broken.json" >>"$out/drop-xdnd.log" 2>&1
    check "drop: a file that is not valid JSON keeps the last good profile (stderr says so)" \
        wait_for "$out/drop.log" "^portfolio: $drops/broken.json is not valid JSON; still showing the last good profile \(1 problem\)$" 5
    check "drop: ... with its problem's JSON path and line:column" \
        grep -qF "$drops/broken.json: error: \$ (line 4, column 5): JSON syntax error" "$out/drop.log"
    check "drop: ... and the last good profile stays on screen" title_is "Grace Hopper"
    rename_profile "$data/profile.json" "$drops/broken.json" "Fixed Later"
    check "drop: the dropped file is watched: fixing it shows it" \
        wait_for "$out/drop.log" "^portfolio: reloaded $drops/broken.json \(0 problems\)$" 5
    check "drop: ... (window title '$(xdnd title)')" title_is "Fixed Later"
    xdnd drop "$drops/notes.txt" >>"$out/drop-xdnd.log" 2>&1
    check "drop: a file that is not .json is not opened, with a clear message" \
        wait_for "$out/drop.log" "^portfolio: not opened: \"$drops/notes.txt\" \(not a .json file\)\. Drop a profile .json file; the current profile stays on screen$" 5
    check "drop: ... and the profile on screen stays" title_is "Fixed Later"
    xdnd drop "$drops/notes.txt" "$drops/katherine.json" "$drops/grace.json" >>"$out/drop-xdnd.log" 2>&1
    check "drop: of several files the first .json one is opened" wait_for "$out/drop.log" "^portfolio: opened $drops/katherine.json \(0 problems\)$" 5
    check "drop: ... the others are named as passed over" \
        grep -qF "portfolio: opening \"$drops/katherine.json\", the first .json file of the drop; passed over \"$drops/notes.txt\" (not a .json file), \"$drops/grace.json\" (only one profile is opened at a time)" "$out/drop.log"
    check "drop: ... and it is shown (window title '$(xdnd title)')" title_is "Katherine Johnson"
    check "drop: still running after the drops" kill -0 $pid
    kill -TERM $pid; wait $pid; code=$?
    check "drop: a clean exit afterwards (exit $code), no ImGui assert" bash -c "test $code -eq 0 && ! grep -q 'ImGui assert' '$out/drop.log'"
}

# BibTeX on the desktop: the .bib a profile names is watched with it (an edit reloads the page), and a
# .bib dropped on the window shows its publications over the profile on screen, watched too.
case_bibliography() {
    title_is() { [ "$(xdnd title)" = "$1 — Portfolio" ]; }
    dir="$tmp/bib"; mkdir -p "$dir"
    printf '{"basics": {"name": "Ada Lovelace"}, "bibliography": "refs.bib"}\n' >"$dir/profile.json"
    printf '@article{notes, title={Notes on the Analytical Engine}, author={Lovelace, Ada}, year={1843}}\n' >"$dir/refs.bib"
    printf '@misc{dropped, title={A dropped paper}, author={Ada Lovelace}, year={2024}}\n' >"$dir/other.bib"
    rm -rf "$XDG_CONFIG_HOME"
    "$bin" --profile "$dir/profile.json" --size 800x600 >"$out/bib.log" 2>&1 &
    pid=$!
    # The named .bib is watched once the profile is read; the edit is repeated until it shows.
    for attempt in 1 2 3 4 5 6 7 8 9 10; do
        printf '@article{notes, title={Notes %s}, author={Lovelace, Ada}, year={1843}}\n@misc{broken, title={x}\n' "$attempt" >"$dir/refs.bib"
        wait_for "$out/bib.log" "^portfolio: reloaded $dir/profile.json \(1 problem\)$" 1 && break
    done
    check "bibliography: an edit of the profile's .bib reloads the page (stderr says 'reloaded ... (1 problem)')" \
        grep -qE "^portfolio: reloaded $dir/profile.json \(1 problem\)$" "$out/bib.log"
    check "bibliography: ... and names the broken entry's line" grep -qE "refs\.bib: error: .*line 2" "$out/bib.log"
    xdnd drop "$dir/other.bib" >>"$out/bib-xdnd.log" 2>&1; code=$?
    check "bibliography: the window takes the .bib drop (exit $code)" test $code -eq 0
    check "bibliography: a dropped .bib is shown over the profile" wait_for "$out/bib.log" "^portfolio: opened $dir/other.bib \(0 problems\)$" 5
    check "bibliography: ... which stays on screen (window title '$(xdnd title)')" title_is "Ada Lovelace"
    printf '@misc{dropped, title={Edited}, year={2024}}\n@misc{again, title={x}\n' >"$dir/other.bib"
    check "bibliography: the dropped .bib is watched: its edit reloads the page" \
        wait_for "$out/bib.log" "^portfolio: reloaded $dir/profile.json \(1 problem\)$" 5
    check "bibliography: still running" kill -0 $pid
    kill -TERM $pid; wait $pid; code=$?
    check "bibliography: a clean exit (exit $code), no ImGui assert" bash -c "test $code -eq 0 && ! grep -q 'ImGui assert' '$out/bib.log'"
}

# --export-html from the desktop binary: the static site, no window; a bad --site-url is a usage error.
case_export_html() {
    run --export-html "$tmp/site" --site-url https://ada.example/portfolio >"$out/export.log" 2>&1; code=$?
    check "export: --export-html exits 0 (exit $code)" test $code -eq 0
    for f in index.html twin.css favicon.svg robots.txt sitemap.xml pub/pab.html; do check "export: $f" test -s "$tmp/site/$f"; done
    check "export: the canonical link is the site URL" grep -qF '<link rel="canonical" href="https://ada.example/portfolio/">' "$tmp/site/index.html"
    check "export: it says what it wrote" grep -qE "^Wrote 10 files to $tmp/site \(5 publication pages\)$" "$out/export.log"
    run --export-html "$tmp/site2" --site-url "javascript:alert(1)" >"$out/export-bad.log" 2>&1; code=$?
    check "export: a --site-url that is not http(s) exits 2 (exit $code)" test $code -eq 2
    check "export: ... and writes nothing" test ! -e "$tmp/site2"
}

# cmake --install to a temporary prefix: the installed binary runs from another folder and finds
# its fonts and bundled profile next to itself; the .desktop file and icon are installed.
case_install() {
    prefix="$tmp/prefix"
    cmake --install "$build" --prefix "$prefix" >"$out/install.log" 2>&1; code=$?
    check "install: cmake --install succeeds (build folder '$build')" test $code -eq 0
    for f in bin/portfolio share/portfolio/profile.json share/portfolio/profile.schema.json share/portfolio/fonts/Inter-Regular.ttf \
             share/portfolio/fonts/icons.ttf share/applications/portfolio.desktop share/icons/hicolor/scalable/apps/portfolio.svg; do
        check "install: $f" test -s "$prefix/$f"
    done
    check "install: the .desktop file starts the installed program with its icon" \
        bash -c "grep -qx 'Exec=portfolio' '$prefix/share/applications/portfolio.desktop' && grep -qx 'Icon=portfolio' '$prefix/share/applications/portfolio.desktop' && test -x '$prefix/bin/portfolio'"
    (cd "$tmp" && "$prefix/bin/portfolio" --help) >"$out/installed-help.log" 2>&1
    check "installed: the bundled profile is the installed one" grep -qF "(default: $prefix/share/portfolio/profile.json)" "$out/installed-help.log"
    (cd / && "$prefix/bin/portfolio" --frames 5) >"$out/installed-run.log" 2>&1; code=$?
    check "installed: runs from another folder and exits 0, with no missing font or profile problem" \
        bash -c "test $code -eq 0 && ! grep -q -e 'font file missing' -e 'error:' '$out/installed-run.log'"
}

if [ "${1:-}" = "--list" ]; then
    declare -F | sed -n 's/^declare -f case_//p'
    exit 0
fi
name="${1:?usage: native-case.sh CASE BINARY FIXTURES ARTIFACTS [BUILD]}"
bin="$2"; fixtures="$3"; out="$4/native-$name"; build="${5:-}"
if ! declare -F "case_$name" >/dev/null; then echo "no native case \"$name\"; the cases: $("$0" --list | tr '\n' ' ')"; exit 2; fi
data="$(cd "$fixtures/../../data" && pwd)"
rm -rf "$out"; mkdir -p "$out"
tmp="$(mktemp -d)"
xvfb_pid=
trap '[ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$tmp"' EXIT
# The window's remembered placement goes here, never into the user's own config folder.
export XDG_CONFIG_HOME="$tmp/config"
placement="$XDG_CONFIG_HOME/portfolio/window.json"
start_x
"case_$name"
echo "$name: $passed passed, $failed failed"
test $failed -eq 0 -a $passed -gt 0
