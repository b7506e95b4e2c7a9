// Headless UI test: the whole page runs for several frames with no window and no GPU (as Dear ImGui's
// example_null does), with the bundled profile, a plain JSON Resume and every malformed fixture, at
// phone and desktop widths, in both themes. Any failed IM_ASSERT fails the test.
#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/load.h"
#include "imgui.h"
#include "ui/app.h"
#include "ui/imgui_assert.h"

using namespace portfolio;

namespace {

const std::string kData = PORTFOLIO_DATA_DIR;
const std::string kFixtures = PORTFOLIO_FIXTURES_DIR;

// One ImGui context with the real fonts, torn down at the end of the scope.
struct Headless {
    ImGuiContext* context;
    ui::App app;
    std::vector<std::string> opened;  // URLs the UI asked the host to open
    std::string clipboard;

    explicit Headless(LoadResult loaded, ui::ThemeMode theme = ui::ThemeMode::Light)
        : context(ImGui::CreateContext()),
          app(ui::AppSettings{PORTFOLIO_ASSET_DIR, 1.0f, theme}, ui::Host{[this](const std::string& url) { opened.push_back(url); }}) {
        ResetImAssertCount();
        app.SetProfile(std::move(loaded));
        std::string error;
        REQUIRE_MESSAGE(app.InitFonts(error), error);
        ImGuiIO& io = ImGui::GetIO();
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // what a renderer backend would upload
        io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
        io.ClipboardUserData = this;
        io.SetClipboardTextFn = [](void* self, const char* text) { static_cast<Headless*>(self)->clipboard = text; };
        io.GetClipboardTextFn = [](void* self) { return static_cast<Headless*>(self)->clipboard.c_str(); };
    }
    ~Headless() { ImGui::DestroyContext(context); }

    void Frames(int n, float width, float height) {
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(width, height);
        for (int i = 0; i < n; ++i) {
            io.DeltaTime = 1.0f / 60.0f;
            app.Frame();
        }
    }
    // Moves the mouse to p, presses and releases over two frames.
    void Click(ImVec2 p, float width, float height) {
        ImGuiIO& io = ImGui::GetIO();
        io.AddMousePosEvent(p.x, p.y);
        Frames(1, width, height);
        io.AddMouseButtonEvent(0, true);
        Frames(1, width, height);
        io.AddMouseButtonEvent(0, false);
        Frames(2, width, height);
    }
    nlohmann::json State() const { return nlohmann::json::parse(app.StateJson()); }
};

}  // namespace

TEST_CASE("the bundled profile renders at phone and desktop widths, in both themes, without an ImGui assert") {
    for (const auto theme : {ui::ThemeMode::Light, ui::ThemeMode::Dark}) {
        for (const ImVec2 size : {ImVec2(390, 844), ImVec2(1440, 900), ImVec2(2560, 1440), ImVec2(300, 600)}) {
            CAPTURE(size.x);
            Headless h(LoadProfileFromFile(kData + "/profile.json"), theme);
            h.Frames(6, size.x, size.y);
            CHECK_MESSAGE(ImAssertCount() == 0, std::string(LastImAssert()));
            const auto state = h.State();
            CHECK(state["frames"] == 6);
            CHECK(state["publications"].size() == 5);
            CHECK(state["errors"].empty());
            CHECK(state["theme"] == (theme == ui::ThemeMode::Light ? "light" : "dark"));
            // Every section is laid out, in page order, and the page is taller than the window.
            std::map<std::string, float> y;
            for (const auto& s : state["sections"]) y[s["id"]] = s["y"];
            for (const char* id : {"about", "publications", "projects", "experience", "education", "contact"}) CHECK(y.count(id) == 1);
            CHECK(y["about"] < y["publications"]);
            CHECK(y["publications"] < y["projects"]);
            CHECK(y["projects"] < y["experience"]);
            CHECK(y["education"] < y["contact"]);
            CHECK(state["contentHeight"].get<float>() > size.y);
        }
    }
}

TEST_CASE("a plain JSON Resume renders (no topics: publications grouped by year)") {
    Headless h(LoadProfileFromFile(kFixtures + "/resume.json"));
    h.Frames(5, 1280, 800);
    CHECK_MESSAGE(ImAssertCount() == 0, std::string(LastImAssert()));
    const auto state = h.State();
    bool has_year_group = false;
    for (const auto& s : state["sections"]) has_year_group |= s["id"].get<std::string>().rfind("year:", 0) == 0;
    CHECK(has_year_group);
}

TEST_CASE("every malformed profile renders what it can and lists its problems, without an ImGui assert") {
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(kFixtures + "/malformed")) {
        CAPTURE(entry.path().filename().string());
        Headless h(LoadProfileFromFile(entry.path().string()));
        for (const float width : {390.0f, 1440.0f}) h.Frames(4, width, 900);
        CHECK_MESSAGE(ImAssertCount() == 0, std::string(LastImAssert()));
        const auto state = h.State();
        REQUIRE_FALSE(state["errors"].empty());
        CHECK(state["errors"][0]["message"].get<std::string>().size() > 10);
        ++files;
    }
    CHECK(files >= 15);
}

TEST_CASE("a profile that cannot be opened still shows a page") {
    Headless h(LoadProfileFromFile(kFixtures + "/no-such-profile.json"));
    h.Frames(4, 800, 600);
    CHECK(ImAssertCount() == 0);
    CHECK(h.State()["errors"].size() == 1);
}

TEST_CASE("the theme switch in the top bar toggles light and dark") {
    Headless h(LoadProfileFromFile(kData + "/profile.json"));
    const float w = 1440, hgt = 900;
    h.Frames(3, w, hgt);
    // The switch sits at the right end of the content column (880 px wide, centred), 14 px from the top.
    const float column_right = (w - ImGui::GetStyle().ScrollbarSize + 880.0f) * 0.5f;
    h.Click(ImVec2(column_right - 17.0f, 14.0f + 3.0f + 17.0f), w, hgt);
    CHECK(h.State()["theme"] == "dark");
    h.Click(ImVec2(column_right - 17.0f, 14.0f + 3.0f + 17.0f), w, hgt);
    CHECK(h.State()["theme"] == "light");
    CHECK(ImAssertCount() == 0);
}

TEST_CASE("a click on the owner's e-mail icon asks the host to open a mailto link, and nothing else") {
    Headless h(LoadProfileFromFile(kData + "/profile.json"));
    const float w = 1440, hgt = 900;
    h.Frames(3, w, hgt);
    // Sweep the header's icon row until the mail button reports itself as the hovered link target.
    const float x0 = (w - ImGui::GetStyle().ScrollbarSize - 880.0f) * 0.5f + 112.0f + 32.0f;
    bool clicked = false;
    for (float y = 200.0f; y < 360.0f && !clicked; y += 6.0f) {
        ImGui::GetIO().AddMousePosEvent(x0 + 19.0f, y);
        h.Frames(1, w, hgt);
        if (ImGui::IsAnyItemHovered()) {
            h.Click(ImVec2(x0 + 19.0f, y), w, hgt);
            clicked = true;
        }
    }
    REQUIRE(clicked);
    REQUIRE(h.opened.size() == 1);
    CHECK(h.opened[0] == "mailto:xuanlei@u.nus.edu");
}
