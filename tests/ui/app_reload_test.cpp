// Live reload inside the UI, headless: a profile replaced while the visitor is reading keeps them on
// the same section, and the app says when the new profile needs characters the font atlas lacks.
#include <doctest/doctest.h>

#include "core/load.h"
#include "imgui.h"
#include "ui/app.h"
#include "headless.h"
#include "ui/imgui_assert.h"

using namespace portfolio;

namespace {

const std::string kProfile = std::string(PORTFOLIO_DATA_DIR) + "/profile.json";

// The app in its own ImGui context with the real fonts, drawn at 1280x800.
struct Reloading : test::Page {
    explicit Reloading(LoadResult loaded) : Page(std::move(loaded), test::PageOptions{ui::ThemeMode::Light, 1280.0f, 800.0f, {}}) {}
    void BuildFonts() {
        ImGui::GetIO().Fonts->Clear();
        test::InitFonts(app);
    }
    // The section the visitor reads: the lowest one starting above the top of the view or just below it.
    std::string SectionAtTop() const {
        std::string id;
        float best = -1.0f;
        for (const auto& [section, y] : app.GetState().section_y)
            if (y <= app.ScrollY() + 48.0f && y > best) best = y, id = section;
        return id;
    }
};

}  // namespace

TEST_CASE("a reloaded profile keeps the visitor on the section they were reading") {
    Reloading r(LoadProfileFromFile(kProfile));
    r.Frames(3);
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(640, 400);
    while (r.app.ScrollY() < 0.55f * r.app.ContentHeight()) {  // the wheel takes the visitor well down the page
        io.AddMouseWheelEvent(0.0f, -5.0f);
        r.Frames(1);
        REQUIRE(r.app.FrameCount() < 400);
    }
    r.Frames(3);
    const float scroll_before = r.app.ScrollY();
    const std::string section = r.SectionAtTop();
    REQUIRE(!section.empty());
    REQUIRE(section != "about");
    const float into_section = scroll_before - r.app.GetState().section_y.at(section);

    // The owner adds paragraphs to the bio, far above what the visitor reads.
    LoadResult edited = LoadProfileFromFile(kProfile);
    for (int i = 0; i < 8; ++i) edited.profile.basics.summary += "\n\nAnother paragraph of the bio, long enough to wrap onto a second line of the column.";
    CHECK_FALSE(r.app.NeedsFontRebuild(edited.profile));
    const float section_y_before = r.app.GetState().section_y.at(section);
    r.app.ReplaceProfile(std::move(edited));
    r.Frames(3);

    const float section_y_after = r.app.GetState().section_y.at(section);
    CHECK(section_y_after > section_y_before + 100.0f);  // the edit moved the section down the page ...
    CHECK(r.app.ScrollY() - section_y_after == doctest::Approx(into_section).epsilon(0.01));  // ... and the view with it
    CHECK(r.SectionAtTop() == section);
    CHECK_MESSAGE(ImAssertCount() == 0, std::string(LastImAssert()));
}

TEST_CASE("a reloaded profile with new characters asks for the font atlas to be rebuilt") {
    Reloading r(LoadProfileFromFile(kProfile));
    r.Frames(2);
    CHECK_FALSE(r.app.NeedsFontRebuild(r.app.GetProfile()));

    // ASCII is in every text role, but the display size holds only the name's characters: the same name
    // needs nothing, another one (even in ASCII) its letters.
    LoadResult same_name = LoadProfileFromText(R"({"basics": {"name": "Xuanlei Zhao", "label": "Analyst"}})");
    CHECK_FALSE(r.app.NeedsFontRebuild(same_name.profile));
    LoadResult ascii = LoadProfileFromText(R"({"basics": {"name": "Ada Lovelace", "label": "Analyst"}})");
    CHECK(ImGui::GetIO().Fonts->Fonts[0]->FindGlyphNoFallback('A') != nullptr);  // the body has it
    CHECK(r.app.NeedsFontRebuild(ascii.profile));
    r.app.ReplaceProfile(std::move(ascii));
    r.BuildFonts();
    CHECK_FALSE(r.app.NeedsFontRebuild(r.app.GetProfile()));
    CHECK(r.app.GetFonts().display->FindGlyphNoFallback('A') != nullptr);

    // Ł and ź are in the font files (Latin Extended) but not in the atlas until a profile uses them.
    LoadResult polish = LoadProfileFromText(R"({"basics": {"name": "Jan Łukasiewicz", "label": "Logician, Łódź"}})");
    CHECK(ImGui::GetIO().Fonts->Fonts[0]->FindGlyphNoFallback(0x0141) == nullptr);
    CHECK(r.app.NeedsFontRebuild(polish.profile));
    r.app.ReplaceProfile(std::move(polish));
    r.BuildFonts();  // what the desktop does between frames (plus the GL texture upload)
    CHECK_FALSE(r.app.NeedsFontRebuild(r.app.GetProfile()));
    CHECK(ImGui::GetIO().Fonts->Fonts[0]->FindGlyphNoFallback(0x0141) != nullptr);
    r.Frames(3);
    CHECK_MESSAGE(ImAssertCount() == 0, std::string(LastImAssert()));
}
