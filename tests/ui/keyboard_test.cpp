// The page with the keyboard alone, headless: Tab visits every control once and comes back round, each
// control shows a focus ring, Enter and Space press it, the focus outlives a control that disappears, and a
// card is raised while the focus is inside it.
#include <doctest/doctest.h>

#include <set>

#include "core/load.h"
#include "imgui.h"
#include "imgui_internal.h"  // ImGui's navigation state: which control has the keyboard focus
#include "ui/app.h"
#include "headless.h"
#include "ui/imgui_assert.h"

using namespace portfolio;

namespace {

constexpr float kWidth = 1440.0f, kHeight = 900.0f;

// The bundled profile, driven by keys.
struct KeyboardPage : test::Page {
    KeyboardPage() : Page(std::string(PORTFOLIO_DATA_DIR) + "/profile.json", test::PageOptions{ui::ThemeMode::Light, kWidth, kHeight}) {
        Frames(3);
    }
    static ImGuiID Focused() { return ImGui::GetCurrentContext()->NavId; }
    const ui::FocusState& Focus() const { return app.GetState().focus; }
    const auto& Targets() const { return app.GetState().targets; }
    // Presses Tab until the control recorded as `target` has the focus.
    bool TabTo(const std::string& target) {
        for (int i = 0; i < 300 && Focus().target != target; ++i) Press(ImGuiKey_Tab);
        return Focus().target == target;
    }
    // The focused control's rectangle, if it draws its ring through ui::FocusRing.
    const ui::FocusStop* FocusedStop() const {
        for (const ui::FocusStop& stop : Focus().stops)
            if (stop.id == Focused()) return &stop;
        return nullptr;
    }
};

bool Drawn(const std::array<float, 4>& rect) { return rect[2] > 0.0f && rect[3] > 0.0f; }
bool Contains(const std::array<float, 4>& outer, const std::array<float, 4>& inner) {
    return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[0] + inner[2] <= outer[0] + outer[2] &&
           inner[1] + inner[3] <= outer[1] + outer[3];
}

}  // namespace

TEST_CASE("Tab visits every control of the page once, each with its focus ring, and comes back to the first") {
    KeyboardPage page;
    page.Press(ImGuiKey_Tab);
    const ImGuiID first = KeyboardPage::Focused();
    REQUIRE(first != 0);
    std::set<ImGuiID> visited{first};
    std::set<std::string> named;
    int rings = 0;
    for (int i = 0; i < 400; ++i) {
        const ui::FocusStop* stop = page.FocusedStop();
        if (stop) {  // the ring is drawn in the focus colour around the control, and only around it
            CAPTURE(i);
            const auto& ring = page.Focus().ring;
            REQUIRE(Drawn(ring));
            // (the control's centre inside the ring: a link's ring spans the words after its Tab stop too)
            const ImVec2 centre((stop->min.x + stop->max.x) * 0.5f, (stop->min.y + stop->max.y) * 0.5f);
            CHECK((centre.x >= ring[0] && centre.x <= ring[0] + ring[2] && centre.y >= ring[1] && centre.y <= ring[1] + ring[3]));
            ++rings;
        }
        if (!page.Focus().target.empty()) named.insert(page.Focus().target);
        page.Press(ImGuiKey_Tab);
        const ImGuiID now = KeyboardPage::Focused();
        REQUIRE(now != 0);
        if (now == first) break;
        REQUIRE_MESSAGE(visited.insert(now).second, "Tab came back to a control it had visited (a cycle) or did not move");
    }
    CHECK(KeyboardPage::Focused() == first);  // round the whole page and back to the top
    CHECK(visited.size() > 60);   // every control, each link once (not once per word)
    CHECK(visited.size() < 120);
    CHECK(rings > 50);
    for (const char* target : {"theme", "search", "sort:newest", "sort:topic", "facet:topic:video", "facet:role:equal-contribution",
                               "cite:pab", "cite:fastfold", "project-publications:videosys", "contact:interest:memory",
                               "contact:copy", "contact:purpose:paper", "contact:message", "contact:compose"})
        CHECK_MESSAGE(named.count(target) == 1, target);

    // Shift+Tab goes back the same way.
    page.Press(ImGuiKey_Tab);
    const ImGuiID second = KeyboardPage::Focused();
    page.Press(ImGuiKey_Tab);
    page.Press(ImGuiKey_Tab, true);
    CHECK(KeyboardPage::Focused() == second);
    CHECK(ImAssertCount() == 0);
}

TEST_CASE("the focus ring shows only while the keyboard moves the focus") {
    KeyboardPage page;
    REQUIRE(page.TabTo("facet:topic:video"));
    CHECK(Drawn(page.Focus().ring));
    const auto& chip = page.Targets().at("facet:topic:memory");
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(chip[0] + chip[2] * 0.5f, chip[1] + chip[3] * 0.5f);
    page.Frames(1);
    io.AddMouseButtonEvent(0, true);
    page.Frames(1);
    io.AddMouseButtonEvent(0, false);
    page.Frames(2);
    CHECK(page.app.RouteText() == "/publications?topic=memory");
    CHECK_FALSE(Drawn(page.Focus().ring));  // a click hides it
    page.Press(ImGuiKey_Tab);
    CHECK(Drawn(page.Focus().ring));  // the next Tab shows it again
    CHECK(ImAssertCount() == 0);
}

TEST_CASE("Enter and Space press the focused control") {
    KeyboardPage page;
    SUBCASE("a facet chip") {
        REQUIRE(page.TabTo("facet:topic:video"));
        page.Press(ImGuiKey_Enter);
        CHECK(page.app.RouteText() == "/publications?topic=video");
        page.Press(ImGuiKey_Space);
        CHECK(page.app.RouteText() == "/");
    }
    SUBCASE("a sort segment and the theme switch") {
        REQUIRE(page.TabTo("sort:oldest"));
        page.Press(ImGuiKey_Space);
        CHECK(page.app.RouteText() == "/publications?sort=oldest");
        REQUIRE(page.TabTo("theme"));
        page.Press(ImGuiKey_Enter);
        CHECK(page.app.GetTheme().mode == ui::ThemeMode::Dark);
    }
    SUBCASE("a link button opens its link") {
        REQUIRE(page.TabTo("cite:pab"));
        page.Press(ImGuiKey_Tab, true);  // the button before Cite: the paper's last link
        page.Press(ImGuiKey_Tab, true);
        page.Press(ImGuiKey_Enter);
        REQUIRE(page.opened.size() == 1);
        CHECK(page.opened[0].rfind("https://", 0) == 0);
    }
    CHECK(ImAssertCount() == 0);
}

TEST_CASE("the focus moves on when its control disappears, and Tab goes on from there") {
    KeyboardPage page;
    // The focus is on a control drawn this frame, and Tab moves it from one control to the next.
    const auto tab_moves_on = [&] {
        std::set<ImGuiID> seen;
        for (int i = 0; i < 4; ++i) {
            CHECK(KeyboardPage::Focused() != 0);
            CHECK(ImGui::GetCurrentContext()->NavIdIsAlive);
            CHECK(seen.insert(KeyboardPage::Focused()).second);
            page.Press(ImGuiKey_Tab);
        }
    };
    SUBCASE("Clear all filters, pressed with Enter") {
        page.app.ApplyRoute("/publications?topic=memory");
        page.Frames(2);
        REQUIRE(page.TabTo("clear-all"));
        const auto clear_all = page.Targets().at("clear-all");
        page.Press(ImGuiKey_Enter);
        CHECK(page.app.RouteText() == "/");
        CHECK(page.Targets().count("clear-all") == 0);
        // The ring is on the control before it on its line ("More filters").
        REQUIRE(Drawn(page.Focus().ring));
        CHECK(page.Focus().ring[0] < clear_all[0]);
        CHECK(std::abs(page.Focus().ring[1] - clear_all[1]) < 4.0f);
        tab_moves_on();
    }
    SUBCASE("the search's clear button") {
        page.Type("/");  // focuses the search box
        page.Type("fold");
        REQUIRE(page.app.RouteText() == "/publications?q=fold");
        page.Press(ImGuiKey_Tab);  // from the box to its clear button
        page.Press(ImGuiKey_Enter);
        CHECK(page.app.RouteText() == "/");
        CHECK(page.Focus().target == "search");
        page.Press(ImGuiKey_Tab);
        CHECK(page.Focus().target == "sort:newest");
    }
    SUBCASE("Esc hides the focus; Tab shows it where it was") {
        REQUIRE(page.TabTo("facet:topic:video"));
        page.Press(ImGuiKey_Escape);
        CHECK_FALSE(Drawn(page.Focus().ring));
        page.Press(ImGuiKey_Tab);
        CHECK(page.Focus().target == "facet:topic:video");
        page.Press(ImGuiKey_Tab);
        CHECK(page.Focus().target == "facet:topic:memory");
    }
    SUBCASE("the help overlay, closed with its button or with Esc") {
        REQUIRE(page.TabTo("sort:title"));
        for (const ImGuiKey close : {ImGuiKey_Enter, ImGuiKey_Escape}) {
            page.Type("?");
            REQUIRE(page.app.GetState().help_open);
            REQUIRE(page.Focus().target == "help:close");  // the help takes the focus
            page.Press(close);
            REQUIRE_FALSE(page.app.GetState().help_open);
            page.Press(ImGuiKey_Tab);
            CHECK(page.Focus().target.rfind("sort:", 0) == 0);  // back in the page where it was
        }
        tab_moves_on();
    }
    SUBCASE("a paper chosen in the composer's list") {
        REQUIRE(page.TabTo("contact:purpose:paper"));
        page.Press(ImGuiKey_Enter);
        page.Press(ImGuiKey_Tab);
        REQUIRE(page.Focus().target == "contact:paperPicker");
        page.Press(ImGuiKey_Enter);  // opens the list, focus on its first paper
        page.Press(ImGuiKey_Enter);  // chooses it, closes the list
        CHECK(page.app.GetState().contact.paper_id == page.app.GetProfile().publications.front().id);
        CHECK(page.Focus().target == "contact:paperPicker");
        page.Press(ImGuiKey_Tab);
        CHECK(page.Focus().target == "contact:message");
    }
    CHECK(ImAssertCount() == 0);
}

TEST_CASE("a card is raised while the keyboard focus is on a control inside it") {
    KeyboardPage page;
    for (const char* target : {"project-publications:videosys", "project-publications:colossalai", "cite:pab"}) {
        CAPTURE(target);
        REQUIRE(page.TabTo(target));
        const auto& card = page.Focus().card;
        REQUIRE(Drawn(card));
        CHECK(Contains(card, page.Targets().at(target)));
    }
    // Only that card: the videosys card is not raised while the focus is in the colossalai card.
    REQUIRE(page.TabTo("project-publications:colossalai"));
    CHECK_FALSE(Contains(page.Focus().card, page.Targets().at("project-publications:videosys")));
    // Outside any card, no card is raised.
    REQUIRE(page.TabTo("search"));
    CHECK_FALSE(Drawn(page.Focus().card));
    CHECK(ImAssertCount() == 0);
}

TEST_CASE("the time axis takes the keyboard focus: arrows pan it, + and - zoom, Home shows the whole range") {
    KeyboardPage page;
    REQUIRE(page.TabTo("timeline"));
    REQUIRE(Drawn(page.Focus().ring));
    CHECK(page.Targets().count("timeline:reset-zoom") == 0);  // the whole range, to begin with
    const ImGuiID axis = KeyboardPage::Focused();

    page.Press(ImGuiKey_RightArrow);
    CHECK(KeyboardPage::Focused() == axis);  // the arrow panned the axis; it did not move the focus
    page.Frames(30);                         // the view eases towards its target
    CHECK(page.Targets().count("timeline:reset-zoom") == 1);
    page.Press(ImGuiKey_Home);
    page.Frames(2);
    CHECK(page.Targets().count("timeline:reset-zoom") == 0);

    page.Press(ImGuiKey_Equal);  // zoom in
    page.Frames(2);
    CHECK(page.Targets().count("timeline:reset-zoom") == 1);
    CHECK(KeyboardPage::Focused() == axis);
    page.Press(ImGuiKey_Home);
    page.Frames(2);
    CHECK(page.Targets().count("timeline:reset-zoom") == 0);

    page.Press(ImGuiKey_Tab);  // and Tab leaves it for the next control
    CHECK(KeyboardPage::Focused() != axis);
    CHECK(ImAssertCount() == 0);
}

TEST_CASE("a typed character the font atlas lacks is added to it once, and one the fonts lack asks no more") {
    KeyboardPage page;
    const ImWchar l_stroke = 0x0142;  // "ł": in the font files (Latin Extended-A), not in the bundled profile
    REQUIRE(ImGui::GetIO().Fonts->Fonts[0]->FindGlyphNoFallback(l_stroke) == nullptr);
    CHECK_FALSE(page.app.WantsFontRebuild());
    page.Type("/");  // to the search box
    page.Type("\xC5\x82\xC3\xB3");  // "łó": both in the font files, neither in the atlas yet
    CHECK(page.app.WantsFontRebuild());
    ImGui::GetIO().Fonts->Clear();  // what the composition root does between frames
    test::InitFonts(page.app);
    CHECK_FALSE(page.app.WantsFontRebuild());
    page.Frames(2);
    CHECK(ImGui::GetIO().Fonts->Fonts[0]->FindGlyphNoFallback(l_stroke) != nullptr);
    CHECK(std::string(page.app.GetState().publications.search) == "\xC5\x82\xC3\xB3");

    page.Type("\xE4\xB8\xAD");  // U+4E2D: no font file has it
    CHECK(page.app.WantsFontRebuild());
    ImGui::GetIO().Fonts->Clear();
    test::InitFonts(page.app);
    page.Type("\xE4\xB8\xAD");  // typed again: still missing, and no second rebuild asked
    CHECK_FALSE(page.app.WantsFontRebuild());
    CHECK(ImAssertCount() == 0);
}
