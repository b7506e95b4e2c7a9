// Right-to-left text (core/bidi.h): Arabic joining forms and the visual order of a line.
#include <doctest/doctest.h>

#include "core/bidi.h"
#include "core/text.h"

using namespace portfolio;

namespace {

// UTF-8 from code points, so the expected visual order reads unambiguously.
std::string U(std::initializer_list<char32_t> cps) {
    std::string out;
    for (const char32_t c : cps) AppendUtf8(out, c);
    return out;
}

}  // namespace

TEST_CASE("text without right-to-left letters is left as it is") {
    CHECK(VisualLine("Hello, world (2024)", false) == "Hello, world (2024)");
    CHECK(VisualLine("山田 太郎", false) == "山田 太郎");
    CHECK_FALSE(HasRightToLeft("Ελένη Οικονόμου — Иван"));
    CHECK(HasRightToLeft(U({0x05D0})));
    CHECK(HasRightToLeft(U({0xFEFB})));
}

TEST_CASE("the paragraph direction is the first strong character's") {
    CHECK(IsRightToLeftParagraph("2024 " + U({0x05D3, 0x05D5, 0x05D3})));
    CHECK_FALSE(IsRightToLeftParagraph("IEEE " + U({0x05D3, 0x05D5, 0x05D3})));
    CHECK(FirstStrongDirection("12, 34.") == TextDirection::Neutral);
    CHECK(FirstStrongDirection("(" + U({0x0645})) == TextDirection::RightToLeft);
}

TEST_CASE("Hebrew in a right-to-left line reads from the right; Latin words and numbers inside keep their order") {
    const std::string shalom = U({0x05E9, 0x05DC, 0x05D5, 0x05DD});   // שלום
    const std::string reversed = U({0x05DD, 0x05D5, 0x05DC, 0x05E9});
    CHECK(VisualLine(shalom, true) == reversed);
    CHECK(VisualLine(shalom + " world", true) == "world " + reversed);
    CHECK(VisualLine(shalom + " IEEE 2023", true) == "IEEE 2023 " + reversed);  // digits after Latin are Latin (W7)
    CHECK(VisualLine(shalom + " 12", true) == "12 " + reversed);
    CHECK(VisualLine(shalom + " 3.14", true) == "3.14 " + reversed);
    // Brackets are mirrored in right-to-left runs, so they still open towards their content.
    CHECK(VisualLine("(" + shalom + ")", true) == "(" + reversed + ")");
}

TEST_CASE("a right-to-left word inside a left-to-right line is reversed in place, the rest untouched") {
    const std::string shalom = U({0x05E9, 0x05DC, 0x05D5, 0x05DD});
    const std::string reversed = U({0x05DD, 0x05D5, 0x05DC, 0x05E9});
    CHECK(VisualLine("Hello " + shalom + "!", false) == "Hello " + reversed + "!");
    CHECK(VisualLine("a " + shalom + " b", false) == "a " + reversed + " b");
    // Two right-to-left words in a row: their order is reversed too (one right-to-left run).
    const std::string olam = U({0x05E2, 0x05D5, 0x05DC, 0x05DD});  // עולם
    const std::string olam_reversed = U({0x05DD, 0x05DC, 0x05D5, 0x05E2});
    CHECK(VisualLine("x " + shalom + " " + olam + " y", false) == "x " + olam_reversed + " " + reversed + " y");
}

TEST_CASE("Arabic letters take their joining forms, with the lam-alef ligature") {
    // سلام: seen initial, lam+alef final ligature, meem isolated (alef does not join forwards).
    const std::string salam = U({0x0633, 0x0644, 0x0627, 0x0645});
    CHECK(ShapeArabic(salam) == U({0xFEB3, 0xFEFC, 0xFEE1}));
    // محمد: meem initial, hah medial, meem medial, dal final.
    CHECK(ShapeArabic(U({0x0645, 0x062D, 0x0645, 0x062F})) == U({0xFEE3, 0xFEA4, 0xFEE4, 0xFEAA}));
    // A vowel mark between two letters does not break their joining.
    CHECK(ShapeArabic(U({0x0628, 0x064E, 0x0628})) == U({0xFE91, 0x064E, 0xFE90}));
    // A lone letter is isolated; hamza never joins.
    CHECK(ShapeArabic(U({0x0628})) == U({0xFE8F}));
    CHECK(ShapeArabic(U({0x0628, 0x0621, 0x0628})) == U({0xFE8F, 0xFE80, 0xFE8F}));
    // Shaped and put in visual order: the line reads from the right.
    CHECK(VisualLine(salam, true) == U({0xFEE1, 0xFEFC, 0xFEB3}));
    // Arabic-Indic digits stay left to right.
    CHECK(VisualLine(U({0x0628, ' ', 0x0661, 0x0662}), true) == U({0x0661, 0x0662, ' ', 0xFE8F}));
}

TEST_CASE("the forms the atlas needs for a text's Arabic letters") {
    const std::string forms = ShapedForms(U({0x0644, 0x0627}));
    for (const char32_t c : {0xFEDD, 0xFEDE, 0xFEDF, 0xFEE0, 0xFE8D, 0xFE8E, 0xFEFB, 0xFEFC}) {
        std::string one;
        AppendUtf8(one, c);
        CHECK(forms.find(one) != std::string::npos);
    }
    CHECK(ShapedForms("latin only").empty());
}

TEST_CASE("explicit direction marks are dropped, and invalid bytes do not stop the line") {
    const std::string shalom = U({0x05E9, 0x05DC, 0x05D5, 0x05DD});
    CHECK(VisualLine(U({0x202B}) + shalom + U({0x202C}), true) == U({0x05DD, 0x05D5, 0x05DC, 0x05E9}));
    const std::string broken = shalom + "\xFF";
    CHECK(VisualLine(broken, true) == U({0xFFFD, 0x05DD, 0x05D5, 0x05DC, 0x05E9}));
}
