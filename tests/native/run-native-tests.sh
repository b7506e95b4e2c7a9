#!/usr/bin/env bash
# Native window tests under Xvfb: the desktop binary starts with the bundled profile, renders frames
# and exits cleanly; screenshots have the requested size and are not blank; broken input gives the
# documented messages; the command line refuses what it does not know with exit code 2; the window
# follows the screen's content scale; its size and position are remembered; the profile reloads live;
# profiles dropped on the window (XDND) are opened; an installed copy runs from anywhere.
# Usage: run-native-tests.sh PORTFOLIO_BINARY FIXTURES_DIR ARTIFACTS_DIR BUILD_DIR (for cmake --install)
set -u
# Every run below shares one X server: the script runs itself again under xvfb-run.
if [ -z "${PORTFOLIO_UNDER_XVFB:-}" ]; then
    PORTFOLIO_UNDER_XVFB=1 exec xvfb-run -a -s "-screen 0 1920x1200x24" bash "$0" "$@"
fi
bin="$1"; fixtures="$2"; out="$3"; build="${4:-}"
data="$(cd "$fixtures/../../data" && pwd)"
mkdir -p "$out"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# The window's remembered placement goes here, never into the user's own config folder.
export XDG_CONFIG_HOME="$tmp/config"
placement="$XDG_CONFIG_HOME/portfolio/window.json"
passed=0; failed=0
check() {  # check NAME CONDITION-COMMAND...
    local name="$1"; shift
    if "$@"; then passed=$((passed + 1)); echo "ok - $name"; else failed=$((failed + 1)); echo "FAILED - $name"; fi
}
run() { "$bin" "$@"; }
# PNG facts: "facts FILE" prints width, height and distinct colours in a sample; "diff A B" prints the
# share of sampled pixels that differ clearly (python3's zlib decodes the PNG; no extra packages).
png() {
    python3 - "$@" <<'PY'
import struct, sys, zlib
def rows(path):
    data = open(path, 'rb').read()
    assert data[:8] == b'\x89PNG\r\n\x1a\n'
    w, h = struct.unpack('>II', data[16:24])
    idat, pos = b'', 8
    while pos < len(data):
        n = struct.unpack('>I', data[pos:pos+4])[0]; kind = data[pos+4:pos+8]
        if kind == b'IDAT': idat += data[pos+8:pos+8+n]
        pos += 12 + n
    raw = zlib.decompress(idat); stride = w * 4 + 1
    prev = bytearray(w * 4); out = []
    for y in range(h):
        f = raw[y * stride]; line = bytearray(raw[y * stride + 1:(y + 1) * stride])
        for i in range(len(line)):
            a = line[i - 4] if i >= 4 else 0; b = prev[i]; c = prev[i - 4] if i >= 4 else 0
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        out.append(line); prev = line
    return w, h, out
def sample(rows_, w):
    return [bytes(r[x:x+3]) for y, r in enumerate(rows_) if y % 7 == 0 for x in range(0, w * 4, 28)]
if sys.argv[1] == 'facts':
    w, h, r = rows(sys.argv[2])
    print(w, h, len(set(sample(r, w))))
else:  # diff A B: B may be A's size divided by a whole factor (then it is enlarged, nearest pixel)
    (wa, ha, ra), (wb, hb, rb) = rows(sys.argv[2]), rows(sys.argv[3])
    k = wa // wb
    assert wb * k == wa and hb * k == ha
    if k > 1: rb = [bytearray(b''.join(bytes(r[(x // k) * 4:(x // k) * 4 + 4]) for x in range(wa))) for r in rb for _ in range(k)]
    sa, sb = sample(ra, wa), sample(rb, wa)
    print('%.3f' % (sum(1 for p, q in zip(sa, sb) if max(abs(x - y) for x, y in zip(p, q)) > 32) / len(sa)))
PY
}
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
# with_dpi DPI COMMAND...: runs COMMAND while the X server announces Xft.dpi (as xrdb would set it;
# done with libX11 through ctypes, holding the connection so the server keeps the setting).
with_dpi() {
    python3 - "$@" <<'PY'
import ctypes, ctypes.util, subprocess, sys
x = ctypes.CDLL(ctypes.util.find_library('X11') or 'libX11.so.6')
x.XOpenDisplay.restype = ctypes.c_void_p; x.XOpenDisplay.argtypes = [ctypes.c_char_p]
x.XDefaultRootWindow.restype = ctypes.c_ulong; x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
x.XChangeProperty.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
                              ctypes.c_char_p, ctypes.c_int]
x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
display = x.XOpenDisplay(None)
if not display: sys.exit('with_dpi: no X display')
resources = ('Xft.dpi:\t%s\n' % sys.argv[1]).encode()
XA_RESOURCE_MANAGER, XA_STRING, PropModeReplace = 23, 31, 0
x.XChangeProperty(display, x.XDefaultRootWindow(display), XA_RESOURCE_MANAGER, XA_STRING, 8, PropModeReplace, resources, len(resources))
x.XSync(display, 0)
sys.exit(subprocess.call(sys.argv[2:]))
PY
}

# xdnd drop FILE...: drops FILEs on the program's window as a file manager does, through the XDND
# protocol (enter, position, drop, the text/uri-list selection, finished), with libX11 through ctypes.
# xdnd title: prints the window's title (_NET_WM_NAME). The window is the one that announces XdndAware.
xdnd() {
    python3 - "$@" <<'PY'
import ctypes, ctypes.util, sys, time, urllib.parse
x = ctypes.CDLL(ctypes.util.find_library('X11') or 'libX11.so.6')
Window = Atom = ctypes.c_ulong
class ClientMessage(ctypes.Structure):
    _fields_ = [('type', ctypes.c_int), ('serial', ctypes.c_ulong), ('send_event', ctypes.c_int), ('display', ctypes.c_void_p),
                ('window', Window), ('message_type', Atom), ('format', ctypes.c_int), ('l', ctypes.c_long * 5)]
class SelectionRequest(ctypes.Structure):
    _fields_ = [('type', ctypes.c_int), ('serial', ctypes.c_ulong), ('send_event', ctypes.c_int), ('display', ctypes.c_void_p),
                ('owner', Window), ('requestor', Window), ('selection', Atom), ('target', Atom), ('property', Atom), ('time', ctypes.c_ulong)]
class Selection(ctypes.Structure):
    _fields_ = [('type', ctypes.c_int), ('serial', ctypes.c_ulong), ('send_event', ctypes.c_int), ('display', ctypes.c_void_p),
                ('requestor', Window), ('selection', Atom), ('target', Atom), ('property', Atom), ('time', ctypes.c_ulong)]
class Event(ctypes.Union):
    _fields_ = [('type', ctypes.c_int), ('client', ClientMessage), ('request', SelectionRequest), ('selection', Selection), ('pad', ctypes.c_long * 24)]
ClientMessageType, SelectionRequestType, SelectionNotifyType = 33, 30, 31
x.XOpenDisplay.restype = ctypes.c_void_p; x.XOpenDisplay.argtypes = [ctypes.c_char_p]
x.XDefaultRootWindow.restype = Window; x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
x.XInternAtom.restype = Atom; x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
x.XQueryTree.argtypes = [ctypes.c_void_p, Window, ctypes.POINTER(Window), ctypes.POINTER(Window), ctypes.POINTER(ctypes.POINTER(Window)), ctypes.POINTER(ctypes.c_uint)]
x.XGetWindowProperty.argtypes = [ctypes.c_void_p, Window, Atom, ctypes.c_long, ctypes.c_long, ctypes.c_int, Atom, ctypes.POINTER(Atom),
                                 ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_void_p)]
x.XCreateSimpleWindow.restype = Window
x.XCreateSimpleWindow.argtypes = [ctypes.c_void_p, Window, ctypes.c_int, ctypes.c_int, ctypes.c_uint, ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_ulong]
x.XSetSelectionOwner.argtypes = [ctypes.c_void_p, Atom, Window, ctypes.c_ulong]
x.XSendEvent.argtypes = [ctypes.c_void_p, Window, ctypes.c_int, ctypes.c_long, ctypes.POINTER(Event)]
x.XChangeProperty.argtypes = [ctypes.c_void_p, Window, Atom, Atom, ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
x.XPending.argtypes = [ctypes.c_void_p]; x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(Event)]
x.XFlush.argtypes = [ctypes.c_void_p]; x.XFree.argtypes = [ctypes.c_void_p]
display = x.XOpenDisplay(None)
if not display: sys.exit('xdnd: no X display')
root = x.XDefaultRootWindow(display)
atom = lambda name: x.XInternAtom(display, name.encode(), 0)
def prop(window, name, kind=0):  # the property's bytes, or None
    actual, fmt, n, after, data = Atom(), ctypes.c_int(), ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
    if x.XGetWindowProperty(display, window, atom(name), 0, 1 << 16, 0, kind, ctypes.byref(actual), ctypes.byref(fmt), ctypes.byref(n),
                            ctypes.byref(after), ctypes.byref(data)) != 0 or not actual.value: return None
    size = n.value * {8: 1, 16: ctypes.sizeof(ctypes.c_short), 32: ctypes.sizeof(ctypes.c_long)}[fmt.value]
    value = ctypes.string_at(data, size); x.XFree(data); return value
def target():  # the top-level window that accepts drops, waiting a few seconds for it to appear
    deadline = time.time() + 10
    while time.time() < deadline:
        r, p, children, n = Window(), Window(), ctypes.POINTER(Window)(), ctypes.c_uint()
        x.XQueryTree(display, root, ctypes.byref(r), ctypes.byref(p), ctypes.byref(children), ctypes.byref(n))
        found = [children[i] for i in range(n.value) if prop(children[i], 'XdndAware') is not None]
        if n.value: x.XFree(children)
        if found: return found[-1]
        time.sleep(0.1)
    sys.exit('xdnd: no window accepts drops (XdndAware)')
window = target()
if sys.argv[1] == 'title':
    print((prop(window, '_NET_WM_NAME') or b'').decode('utf-8', 'replace')); sys.exit(0)
files = sys.argv[2:]
uris = ''.join('file://' + urllib.parse.quote(f) + '\r\n' for f in files).encode()
source = x.XCreateSimpleWindow(display, root, 0, 0, 1, 1, 0, 0, 0)
XdndSelection, uri_list = atom('XdndSelection'), atom('text/uri-list')
x.XSetSelectionOwner(display, XdndSelection, source, 0)
def send(kind, *l):
    e = Event(); e.client.type = ClientMessageType; e.client.window = window; e.client.message_type = atom(kind); e.client.format = 32
    for i, v in enumerate(l): e.client.l[i] = v
    x.XSendEvent(display, window, 0, 0, ctypes.byref(e)); x.XFlush(display)
def wait(what, seconds=10):  # handles the selection request on the way; returns the awaited client message
    deadline = time.time() + seconds
    while time.time() < deadline:
        if not x.XPending(display): time.sleep(0.01); continue
        e = Event(); x.XNextEvent(display, ctypes.byref(e))
        if e.type == SelectionRequestType and e.request.selection == XdndSelection:  # the program asks for the files
            q = e.request
            x.XChangeProperty(display, q.requestor, q.property, q.target, 8, 0, uris, len(uris))
            n = Event(); n.selection.type = SelectionNotifyType; n.selection.requestor = q.requestor; n.selection.selection = q.selection
            n.selection.target = q.target; n.selection.property = q.property; n.selection.time = q.time
            x.XSendEvent(display, q.requestor, 0, 0, ctypes.byref(n)); x.XFlush(display)
        elif e.type == ClientMessageType and e.client.message_type == atom(what):
            return e.client
    sys.exit('xdnd: no %s from the window within %d s' % (what, seconds))
send('XdndEnter', source, 5 << 24, uri_list, 0, 0)            # XDND version 5, up to three types inline
send('XdndPosition', source, 0, (40 << 16) | 40, 0, atom('XdndActionCopy'))
status = wait('XdndStatus')
if not status.l[1] & 1: sys.exit('xdnd: the window refuses the drop')
send('XdndDrop', source, 0, 0)
finished = wait('XdndFinished')
print('xdnd: dropped %d file(s), %s' % (len(files), 'accepted' if finished.l[1] else 'not accepted'))
PY
}

# 1. Starts with the bundled profile, renders 30 frames, exits 0.
run --frames 30 >"$out/frames.log" 2>&1; code=$?
check "bundled profile: 30 frames and a clean exit" test $code -eq 0
check "bundled profile: no ImGui assert and no diagnostics" bash -c "! grep -q -e 'ImGui assert' -e 'error:' '$out/frames.log'"

# 2. Screenshot at the requested size, not blank.
run --size 1280x860 --screenshot "$out/native-1280x860.png" >"$out/shot.log" 2>&1; code=$?
check "screenshot: exit 0" test $code -eq 0
read -r w h colours < <(png facts "$out/native-1280x860.png" 2>/dev/null || echo "0 0 0")
check "screenshot: 1280x860 (got ${w}x${h})" test "$w" = 1280 -a "$h" = 860
check "screenshot: not blank ($colours colours sampled)" test "${colours:-0}" -ge 50
run --size 390x844 --theme dark --screenshot "$out/native-390x844-dark.png" >/dev/null 2>&1
read -r w h colours < <(png facts "$out/native-390x844-dark.png" 2>/dev/null || echo "0 0 0")
check "phone-size dark screenshot: 390x844, not blank" test "$w" = 390 -a "$h" = 844 -a "${colours:-0}" -ge 30

# 3. HiDPI: on a screen announcing 192 dpi (content scale 2) a 640x430 window has 1280x860 pixels,
# and the page is laid out for 640x430 logical pixels (not the 1280-wide page of test 2).
with_dpi 192 "$bin" --size 640x430 --screenshot "$out/native-640x430-at-2x.png" >"$out/hidpi.log" 2>&1; code=$?
read -r w h colours < <(png facts "$out/native-640x430-at-2x.png" 2>/dev/null || echo "0 0 0")
check "HiDPI: exit 0, 640x430 at scale 2 is 1280x860 pixels (got ${w}x${h}), not blank" \
    test $code -eq 0 -a "$w" = 1280 -a "$h" = 860 -a "${colours:-0}" -ge 50
run --size 640x430 --screenshot "$out/native-640x430.png" >/dev/null 2>&1
as_small=$(png diff "$out/native-640x430-at-2x.png" "$out/native-640x430.png" 2>/dev/null || echo 1)
as_desktop=$(png diff "$out/native-640x430-at-2x.png" "$out/native-1280x860.png" 2>/dev/null || echo 0)
check "HiDPI: the page is the 640x430 one drawn twice as large ($as_small of pixels differ), not the 1280x860 one ($as_desktop)" \
    python3 -c "import sys; sys.exit(0 if $as_small < 0.5 * $as_desktop else 1)"

# 4. A malformed profile: the page still renders, the problem is printed with path and line:column.
run --profile "$fixtures/malformed/invalid-date.json" --screenshot "$out/native-malformed.png" >"$out/malformed.log" 2>&1; code=$?
check "malformed profile: still renders (exit 0)" test $code -eq 0
check "malformed profile: message with path and position" \
    grep -q 'error: \$.publications\[0\].releaseDate (line 4, column 39): invalid date "1843-13"' "$out/malformed.log"

# 5. A missing profile on the command line: a clear message naming the file, exit code 2, no window.
"$bin" --profile "$fixtures/no-such-file.json" --frames 5 >"$out/missing.log" 2>&1; code=$?
check "missing profile: exit code 2" test $code -eq 2
check "missing profile: message names the file" grep -q 'cannot open profile file ".*no-such-file.json"' "$out/missing.log"

# 6. The command line.
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

# 7. The window's size and position are remembered in $XDG_CONFIG_HOME/portfolio/window.json.
rm -rf "$XDG_CONFIG_HOME"
run --frames 5 >"$out/placement-1.log" 2>&1; code=$?
check "placement: written on exit (exit $code)" grep -q '"width":1280,' "$placement"
printf '{"width":900,"height":700,"x":30,"y":40,"maximized":false}\n' >"$placement"
run --frames 5 >"$out/placement-2.log" 2>&1
check "placement: the saved size and position are reopened and saved again" \
    grep -q '"height":700,"maximized":false,"width":900,"x":30,"y":40' "$placement"
run --size 800x600 --frames 5 >/dev/null 2>&1
run --screenshot "$out/placement-screenshot.png" >/dev/null 2>&1
read -r w h colours < <(png facts "$out/placement-screenshot.png" 2>/dev/null || echo "0 0 0")
check "placement: --size and --screenshot neither use nor change it (screenshot ${w}x${h})" \
    bash -c "test $w = 1280 -a $h = 860 && grep -q '\"width\":900,' '$placement'"
printf '{"width": 9' >"$placement"
run --frames 5 >"$out/placement-corrupt.log" 2>&1; code=$?
check "placement: a corrupt file is ignored and replaced (exit $code)" \
    bash -c "test $code -eq 0 && grep -q '\"height\":860,' '$placement'"
XDG_CONFIG_HOME=/dev/null/config run --frames 5 >"$out/placement-unwritable.log" 2>&1; code=$?
check "placement: an unwritable config folder is reported, the exit is still 0" \
    bash -c "test $code -eq 0 && grep -q 'cannot save the window' '$out/placement-unwritable.log'"

# 8. Live reload: an edit of the profile file appears within a second; an edit that is not valid JSON
# keeps the last good profile (and says so); SIGTERM closes the window cleanly, saving its placement.
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

# 9. Drag and drop (issue #8), through XDND as a file manager does it: a dropped profile replaces the
# one on screen and is watched from then on; one that is not valid JSON keeps the last good profile and
# its problem is printed with line:column; of several files the first .json one is opened; a drop with
# no .json file opens nothing and says why.
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

# 10. cmake --install to a temporary prefix: the installed binary runs from another folder and finds
# its fonts and bundled profile next to itself; the .desktop file and icon are installed.
prefix="$tmp/prefix"
cmake --install "$build" --prefix "$prefix" >"$out/install.log" 2>&1; code=$?
check "install: cmake --install succeeds (build folder '$build')" test $code -eq 0
for f in bin/portfolio share/portfolio/profile.json share/portfolio/profile.schema.json share/portfolio/fonts/Inter-Regular.otf \
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

echo "$passed passed, $failed failed"
test $failed -eq 0
