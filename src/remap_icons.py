#!/usr/bin/env python3
"""Moves the subset icon font's glyphs to the code points ui/icons.h gives them (each line's
"U+2400 = Fork Awesome U+F02D"): the glyphs and outlines stay, only the character map changes.

Run with the Python that fontTools is installed for (the one pyftsubset runs on).
Usage: remap_icons.py ICONS.h IN.ttf OUT.ttf
"""
import re
import sys

from fontTools.ttLib import TTFont

LINE = re.compile(r"U\+([0-9A-F]{4,5}) = Fork Awesome U\+([0-9A-F]{4,5})")


def mapping(header_path):
    """{Fork Awesome code point: new code point}, every new one distinct."""
    pairs = {}
    with open(header_path, encoding="utf-8") as header:
        for line in header:
            match = LINE.search(line)
            if match:
                new, old = int(match.group(1), 16), int(match.group(2), 16)
                if new in pairs.values():
                    sys.exit(f"remap_icons: U+{new:04X} is given to two icons")
                pairs[old] = new
    if not pairs:
        sys.exit(f"remap_icons: no 'U+XXXX = Fork Awesome U+FXXX' lines in {header_path}")
    return pairs


def main(header_path, in_path, out_path):
    pairs = mapping(header_path)
    font = TTFont(in_path)
    best = font.getBestCmap()
    missing = [f"U+{old:04X}" for old in pairs if old not in best]
    if missing:
        sys.exit(f"remap_icons: not in {in_path}: {', '.join(missing)}")
    moved = {new: best[old] for old, new in pairs.items()}
    for table in font["cmap"].tables:
        if table.isUnicode():
            table.cmap = dict(moved)
    font.save(out_path)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
