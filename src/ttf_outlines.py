#!/usr/bin/env python3
"""Rewrites an OpenType font's cubic (CFF) outlines as TrueType (glyf) quadratics, for Dear ImGui's
stb_truetype: a CFF glyph is a charstring program it runs several times per glyph (once only to find the
glyph's box), a glyf glyph is a list of points with its box in the header. The web's first atlas build
spent most of its time interpreting charstrings. The approximation error is at most 1/1000 em (0.044 px
at the largest size drawn, 44 px): the glyphs rasterise the same.

Run with the Python that fontTools is installed for (the one pyftsubset runs on).
Usage: ttf_outlines.py IN.otf OUT.ttf
"""
import sys

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

MAX_ERROR_EM = 0.001


def glyf_table(font):
    """Every glyph of the font drawn through cu2qu into a new glyf table (TrueType winding: reversed)."""
    glyph_set = font.getGlyphSet()
    max_error = MAX_ERROR_EM * font["head"].unitsPerEm
    glyf = newTable("glyf")
    glyf.glyphOrder = font.getGlyphOrder()
    glyf.glyphs = {}
    for name in glyf.glyphOrder:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_error, reverse_direction=True))
        glyf[name] = pen.glyph()
    return glyf


def to_truetype(font):
    if "CFF " not in font:
        return font  # already TrueType outlines
    font["glyf"] = glyf_table(font)
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = font["maxp"]  # version 1.0 (TrueType) carries the instruction limits: none, the fonts are unhinted
    maxp.tableVersion = 0x00010000
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0  # no glyph names: nothing reads them
    font.sfntVersion = "\x00\x01\x00\x00"
    return font


def main(argv):
    if len(argv) != 3:
        sys.exit(__doc__)
    to_truetype(TTFont(argv[1])).save(argv[2])


if __name__ == "__main__":
    main(sys.argv)
