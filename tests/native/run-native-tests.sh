#!/usr/bin/env bash
# Native window tests under Xvfb: the desktop binary starts with the bundled profile, renders frames
# and exits cleanly; screenshots have the requested size and are not blank; broken input gives the
# documented messages; the command line refuses what it does not know with exit code 2.
# Usage: run-native-tests.sh PORTFOLIO_BINARY FIXTURES_DIR ARTIFACTS_DIR
set -u
bin="$1"; fixtures="$2"; out="$3"
mkdir -p "$out"
passed=0; failed=0
check() {  # check NAME CONDITION-COMMAND...
    local name="$1"; shift
    if "$@"; then passed=$((passed + 1)); echo "ok - $name"; else failed=$((failed + 1)); echo "FAILED - $name"; fi
}
run() { xvfb-run -a -s "-screen 0 1920x1200x24" "$bin" "$@"; }
# PNG facts: width, height, distinct colours in a sample (python3's zlib decodes the PNG; no extra packages).
png_facts() {
    python3 - "$1" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], 'rb').read()
assert data[:8] == b'\x89PNG\r\n\x1a\n'
w, h = struct.unpack('>II', data[16:24])
idat, pos = b'', 8
while pos < len(data):
    n = struct.unpack('>I', data[pos:pos+4])[0]; kind = data[pos+4:pos+8]
    if kind == b'IDAT': idat += data[pos+8:pos+8+n]
    pos += 12 + n
raw = zlib.decompress(idat); stride = w * 4 + 1
colours = set()
prev = bytearray(w * 4)
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
    if y % 7 == 0:
        for x in range(0, w * 4, 28): colours.add(bytes(line[x:x+3]))
    prev = line
print(w, h, len(colours))
PY
}

# 1. Starts with the bundled profile, renders 30 frames, exits 0.
run --frames 30 >"$out/frames.log" 2>&1; code=$?
check "bundled profile: 30 frames and a clean exit" test $code -eq 0
check "bundled profile: no ImGui assert and no diagnostics" bash -c "! grep -q -e 'ImGui assert' -e 'error:' '$out/frames.log'"

# 2. Screenshot at the requested size, not blank.
run --size 1280x860 --screenshot "$out/native-1280x860.png" >"$out/shot.log" 2>&1; code=$?
check "screenshot: exit 0" test $code -eq 0
read -r w h colours < <(png_facts "$out/native-1280x860.png" 2>/dev/null || echo "0 0 0")
check "screenshot: 1280x860 (got ${w}x${h})" test "$w" = 1280 -a "$h" = 860
check "screenshot: not blank ($colours colours sampled)" test "${colours:-0}" -ge 50
run --size 390x844 --theme dark --screenshot "$out/native-390x844-dark.png" >/dev/null 2>&1
read -r w h colours < <(png_facts "$out/native-390x844-dark.png" 2>/dev/null || echo "0 0 0")
check "phone-size dark screenshot: 390x844, not blank" test "$w" = 390 -a "$h" = 844 -a "${colours:-0}" -ge 30

# 3. A malformed profile: the page still renders, the problem is printed with path and line:column.
run --profile "$fixtures/malformed/invalid-date.json" --screenshot "$out/native-malformed.png" >"$out/malformed.log" 2>&1; code=$?
check "malformed profile: still renders (exit 0)" test $code -eq 0
check "malformed profile: message with path and position" \
    grep -q 'error: \$.publications\[0\].releaseDate (line 4, column 39): invalid date "1843-13"' "$out/malformed.log"

# 4. A missing profile: the page shows the problem panel; the message names the file.
run --profile "$fixtures/no-such-file.json" --frames 5 >"$out/missing.log" 2>&1; code=$?
check "missing profile: exit 0 with the problem panel" test $code -eq 0
check "missing profile: message names the file" grep -q 'cannot open profile file ".*no-such-file.json"' "$out/missing.log"

# 5. The command line.
"$bin" --bogus >"$out/bogus.log" 2>&1; code=$?
check "unknown flag: exit code 2" test $code -eq 2
check "unknown flag: says which and shows the usage" grep -q 'unknown option "--bogus"' "$out/bogus.log"
"$bin" --help >"$out/help.log" 2>&1; code=$?
check "--help: exit 0 and documents --profile" bash -c "test $code -eq 0 && grep -q -- '--profile FILE' '$out/help.log'"

echo "$passed passed, $failed failed"
test $failed -eq 0
