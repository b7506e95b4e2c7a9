// Which font draws what Inter lacks, and which files a profile's text needs (core/font_faces.h).
#include <doctest/doctest.h>

#include "core/font_faces.h"

using namespace portfolio;

namespace {

std::string IdOf(char32_t c, bool japanese = false) {
    const FallbackFace* face = FaceFor(c, japanese);
    return face ? face->id : "";
}

}  // namespace

TEST_CASE("each script goes to its face; Latin stays with Inter") {
    CHECK(IdOf('a').empty());
    CHECK(IdOf(0x00E9) == "inter");         // é: a slice on the web unless the bundled profile has it
    CHECK(IdOf(0x0142) == "inter");         // ł: Inter, from a slice on the web (not in the first frame)
    CHECK(IdOf(0x03B1) == "inter");         // α
    CHECK(IdOf(0x0416) == "inter");         // Ж
    CHECK(IdOf(0x1EA1) == "inter");         // ạ (Vietnamese)
    CHECK(IdOf(0x4E2D) == "cjk-sc");        // 中
    CHECK(IdOf(0x4E2D, true) == "cjk-jp");  // 中 in a Japanese text: Japanese glyph forms
    CHECK(IdOf(0x3042) == "cjk-sc");        // あ without the Japanese preference still has a face
    CHECK(IdOf(0xD55C) == "cjk-sc");        // 한
    CHECK(IdOf(0x0627) == "arabic");
    CHECK(IdOf(0xFEFB) == "arabic");        // lam-alef ligature (shaped text)
    CHECK(IdOf(0x05D0) == "hebrew");
    CHECK(IdOf(0x1F600).empty());           // emoji: no face here
}

TEST_CASE("a text with kana prefers the Japanese forms of Han characters") {
    CHECK(PrefersJapanese("山田 です"));
    CHECK_FALSE(PrefersJapanese("张伟"));
    CHECK_FALSE(PrefersJapanese("中文\xE3\x83\xBB"));  // the katakana middle dot alone is not kana
}

TEST_CASE("slice names: face, weight letter and block of 256 code points") {
    const FallbackFace& sc = *FaceFor(0x4E2D, false);
    CHECK(SliceName(sc, FaceWeight::Regular, 0x4E2D) == "cjk-sc-r-4E00.otf");
    CHECK(SliceName(sc, FaceWeight::Bold, 0x5F20) == "cjk-sc-b-5F00.otf");
    CHECK(SliceName(sc, FaceWeight::Italic, 0x5F20) == "cjk-sc-r-5F00.otf");    // no italic CJK
    CHECK(SliceName(sc, FaceWeight::SemiBold, 0x5F20) == "cjk-sc-b-5F00.otf");  // semibold draws with bold
    const FallbackFace& inter = *FaceFor(0x03B1, false);
    CHECK(SliceName(inter, FaceWeight::SemiBold, 0x03B1) == "inter-s-0300.otf");
    CHECK(SliceName(inter, FaceWeight::Italic, 0x0416) == "inter-i-0400.otf");
}

TEST_CASE("the plan names each needed file once per weight, in order of first use") {
    // 张 U+5F20, 伟 U+4F1F, 张 again: two slices a weight.
    const FallbackPlan web = PlanFallback("张伟张 Zhang", true);
    REQUIRE(web.files[0].size() == 2);
    CHECK(web.files[0][0].key == "cjk-sc-r-5F00.otf");
    CHECK(web.files[0][1].key == "cjk-sc-r-4F00.otf");
    CHECK(web.files[3][0].key == "cjk-sc-b-5F00.otf");
    // The desktop reads the installed collection, with the face index of its Chinese or Japanese face.
    const FallbackPlan desktop = PlanFallback("张伟", false);
    REQUIRE(desktop.files[0].size() == 1);
    CHECK(desktop.files[0][0].key.find("NotoSansCJK-Regular.ttc") != std::string::npos);
    CHECK(desktop.files[0][0].font_no == 2);
    CHECK(desktop.files[3][0].key.find("NotoSansCJK-Bold.ttc") != std::string::npos);
    CHECK(PlanFallback("山田です", false).files[0][0].font_no == 0);
    // Greek: the desktop's Inter has it; the web fetches Inter slices of every weight.
    CHECK(PlanFallback("Ελένη", false).empty());
    const FallbackPlan greek = PlanFallback("Ελένη", true);
    CHECK(greek.files[1].size() == 1);
    CHECK(greek.files[1][0].key == "inter-i-0300.otf");
    CHECK(PlanFallback("Plain Latin, (ASCII) only!", true).empty());
    CHECK(PlanFallback("café", true).files[0][0].key == "inter-r-0000.otf");
    CHECK(PlanFallback("Łukasz Wróbel", true).files[0][0].key == "inter-r-0100.otf");
    CHECK(PlanFallback("Łukasz Wróbel", false).empty());
}

TEST_CASE("format characters never count as missing glyphs") {
    for (const char32_t c : {char32_t{'\n'}, char32_t{0x200D}, char32_t{0x200F}, char32_t{0xFE0F}, char32_t{0xFEFF}, char32_t{0x00AD}})
        CHECK(IsInvisibleFormat(c));
    CHECK_FALSE(IsInvisibleFormat('a'));
    CHECK_FALSE(IsInvisibleFormat(0x4E2D));
}
