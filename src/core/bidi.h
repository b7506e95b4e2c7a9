// Right-to-left text for a renderer that draws code points left to right (Dear ImGui): Arabic letters
// shaped into their joining forms (Unicode's presentation forms, which Noto Sans Arabic has) and a line
// put in visual order by a subset of the Unicode Bidirectional Algorithm (UAX #9).
//
// Handled: paragraph direction from the first strong character (rule P2), strong L/R/AL, European and
// Arabic-Indic numbers (W2, W7: numbers after Latin are Latin; numbers keep left-to-right order inside
// right-to-left text), neutrals between two runs of one direction take it, others the paragraph's
// (N1, N2), levels and reversal (I1, I2, L2), mirrored brackets (L4), Arabic joining with transparent
// marks and the lam-alef ligature. Not handled: explicit embeddings, overrides and isolates
// (U+202A..U+202E, U+2066..U+2069 are dropped), ligatures beyond lam-alef, marks' placement within a
// reversed run (a mark follows its letter in the output), Syriac/N'Ko/Thaana joining.
#pragma once

#include <string>
#include <string_view>

namespace portfolio {

// True when the text holds any right-to-left letter (Hebrew, Arabic): only such text needs the rest.
bool HasRightToLeft(std::string_view utf8);
// True when the first strong character is right-to-left (the paragraph reads from the right).
bool IsRightToLeftParagraph(std::string_view utf8);
// The direction of the first strong character; Neutral when there is none (digits, punctuation only).
enum class TextDirection { Neutral, LeftToRight, RightToLeft };
TextDirection FirstStrongDirection(std::string_view utf8);
// Arabic letters replaced by their isolated/initial/medial/final presentation forms; logical order kept.
std::string ShapeArabic(std::string_view utf8);
// One line, shaped and reordered for drawing left to right. `rtl_paragraph` is the base direction
// (IsRightToLeftParagraph of the whole paragraph the line belongs to). Text with no right-to-left
// letter comes back unchanged.
std::string VisualLine(std::string_view utf8, bool rtl_paragraph);
// The presentation forms ShapeArabic may produce for the letters in `utf8`, as UTF-8: added to the
// glyphs the font atlas rasterises.
std::string ShapedForms(std::string_view utf8);

}  // namespace portfolio
