#!/usr/bin/env python3
"""Cuts the fallback fonts into slices for the web (core/font_faces.h): one file per face, weight and
block of 256 code points, named <face>-<weight letter>-<block hex>.otf, so a page fetches only the
blocks its profile's characters fall in. The faces, their ranges and files are read from the C++ table
in src/core/font_faces.cpp, the one source of truth.

Each slice is cut by HarfBuzz's hb-subset (libharfbuzz-bin): ~15 ms a slice, against half a second for
fontTools on the 19 MB CJK collection. Layout tables are dropped: Dear ImGui draws code points, and
Arabic arrives already shaped into presentation forms (core/bidi.h).

Usage: font_slices.py --table font_faces.cpp --inter-dir DIR --face ID --weight r|i|s|b --out DIR [--stamp FILE]
"""
import argparse
import os
import re
import subprocess
import sys

INTER_FILES = {"r": "Inter-Regular.otf", "i": "Inter-Italic.otf", "s": "Inter-SemiBold.otf", "b": "Inter-Bold.otf"}


def read_table(path):
    """The faces of kFaces: id -> (ranges, regular file, bold file, font number)."""
    text = open(path, encoding="utf-8").read()
    ranges = {}
    for name, body in re.findall(r"constexpr CodeRange (k\w+)\[\] = \{(.*?)\n\};", text, re.S):
        ranges[name] = [(int(a, 16), int(b, 16)) for a, b in re.findall(r"\{0x([0-9A-Fa-f]+), 0x([0-9A-Fa-f]+)\}", body)]
    macros = dict(re.findall(r'#define (\w+) "([^"]*)"', text))
    faces = {}
    for fid, rname, regular, bold, font_no in re.findall(
            r'\{"([\w-]+)", (?:true|false), (k\w+), (nullptr|\w+ "[^"]*"), (nullptr|\w+ "[^"]*"), (\d+), [\d.]+f\}', text):
        def path_of(expr):
            if expr == "nullptr":
                return None
            macro, file = re.match(r'(\w+) "([^"]*)"', expr).groups()
            return macros[macro] + file
        faces[fid] = (ranges[rname], path_of(regular), path_of(bold), int(font_no))
    return faces


def blocks(ranges):
    """Block start -> the code points of the ranges that fall in it."""
    out = {}
    for first, last in ranges:
        for cp in range(first, last + 1):
            out.setdefault(cp & ~0xFF, []).append(cp)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--table", required=True)
    ap.add_argument("--inter-dir", required=True)
    ap.add_argument("--face", required=True)
    ap.add_argument("--weight", required=True, choices=list(INTER_FILES))
    ap.add_argument("--out", required=True)
    ap.add_argument("--stamp")
    args = ap.parse_args()
    faces = read_table(args.table)
    if args.face not in faces:
        sys.exit(f"font_slices.py: no face {args.face!r} in {args.table}")
    ranges, regular, bold, font_no = faces[args.face]
    if args.face == "inter":
        src, font_no = os.path.join(args.inter_dir, INTER_FILES[args.weight]), 0
    else:
        src = bold if args.weight in ("s", "b") else regular
    os.makedirs(args.out, exist_ok=True)
    written = 0
    for start, cps in sorted(blocks(ranges).items()):
        # Every block of the table gets its file, even one the font has nothing in, so no fetch fails.
        out = os.path.join(args.out, f"{args.face}-{args.weight}-{start:04X}.otf")
        unicodes = ",".join(f"{cp:X}" for cp in cps)
        subprocess.run(["hb-subset", f"--font-file={src}", f"--face-index={font_no}", f"--unicodes={unicodes}",
                        "--no-hinting", "--desubroutinize", "--layout-features-=*", "--name-IDs-=*",
                        "--drop-tables+=GSUB,GPOS,GDEF,BASE,JSTF,MATH,VORG,vhea,vmtx,DSIG,kern",
                        f"--output-file={out}"], check=True)
        written += 1
    if args.stamp:
        with open(args.stamp, "w") as f:
            f.write(f"{written} slices of {src}\n")


if __name__ == "__main__":
    main()
