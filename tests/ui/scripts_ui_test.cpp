// Profiles written in other scripts render with every character drawn: Chinese, Japanese, Korean, Russian,
// Greek, Arabic and Hebrew, from the fixtures in fixtures/scripts. The atlas reports the characters it has
// no glyph for (state "fonts.missing"); each would be the missing-glyph box on screen.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/load.h"
#include "headless.h"
#include "ui/imgui_assert.h"

using namespace portfolio;

TEST_CASE("a profile in each script renders with no character missing from the font atlas") {
    for (const std::string script : {"zh", "ja", "ko", "ru", "el", "ar", "he"}) {
        CAPTURE(script);
        LoadResult loaded = LoadProfileFromFile(std::string(PORTFOLIO_FIXTURES_DIR) + "/scripts/" + script + ".json");
        std::string problems;
        for (const Diagnostic& d : loaded.diagnostics) problems += d.ToString() + "\n";
        REQUIRE_MESSAGE(loaded.diagnostics.empty(), problems);
        test::Page page(std::move(loaded));
        page.Frames(4, 1280, 800);
        CHECK_MESSAGE(ImAssertCount() == 0, std::string(LastImAssert()));
        const auto state = page.State();
        CHECK_MESSAGE(state["fonts"]["missing"] == 0, state["fonts"]["missingCodePoints"].dump());
        const bool needs_fallback = script != "ru" && script != "el";  // Inter has these
        CHECK((state["fonts"]["fallbackLoaded"].get<int>() > 0) == needs_fallback);
        CHECK(state["fonts"]["fallbackFailed"] == 0);
    }
}

TEST_CASE("without the fallback fonts, the atlas reports exactly the characters it cannot draw") {
    // Characters no installed face has (a private-use code point, an unassigned one): each counted once.
    test::Page page(LoadProfileFromText(R"({"basics": {"name": "Ada \uE123\uE123 \u0378"}})", "odd.json"));
    page.Frames(3, 1280, 800);
    const auto state = page.State();
    CHECK(state["fonts"]["missing"] == 2);
    CHECK(state["fonts"]["missingCodePoints"] == nlohmann::json::array({"U+E123", "U+0378"}));
}


TEST_CASE("in a right-to-left paragraph, left-to-right words in a row keep their order, and the run its place") {
    // Arabic, then two Latin words (each with a letter found nowhere else on the page), then Arabic again.
    LoadResult loaded = LoadProfileFromText(
        R"({"basics": {"name": "محمد علي", "summary": "أبحث Qzx Jkv أنظمة"}})");
    REQUIRE(loaded.diagnostics.empty());
    test::Page page(std::move(loaded));
    page.Frames(4, 1280, 800);
    const ImFont* body = page.app.GetFonts().body;
    const std::vector<float> q = test::GlyphXs(body, 'Q'), j = test::GlyphXs(body, 'J');
    REQUIRE(q.size() == 1);
    REQUIRE(j.size() == 1);
    CHECK(q[0] < j[0]);  // "Qzx Jkv" reads left to right
    CHECK(ImAssertCount() == 0);
}
