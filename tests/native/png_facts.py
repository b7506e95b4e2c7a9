# PNG facts for the native window tests, with python3's zlib only (no extra packages).
#   png_facts.py facts FILE   prints width, height and the number of distinct colours in a sample
#   png_facts.py diff A B     prints the share of sampled pixels that differ clearly; B may be A's size
#                             divided by a whole factor (then it is enlarged, nearest pixel)
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
