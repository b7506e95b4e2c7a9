// The App's shape and its policies towards the host, headless: the section table everything reads,
// the query that runs once per filter before the views, the URL history policy, the embed protocol,
// the remembered theme and the window title (ui/app.h, ui/sections.h).
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "core/route.h"
#include "headless.h"
#include "ui/sections.h"

using namespace portfolio;

namespace {

const std::string kProfile = std::string(PORTFOLIO_DATA_DIR) + "/profile.json";

}  // namespace

TEST_CASE("the section table: unique ids the router accepts, embed names, and every shown section laid out in table order") {
    std::set<std::string> ids;
    for (const ui::SectionRow& row : ui::Sections()) {
        CAPTURE(row.id);
        CHECK(ids.insert(row.id).second);
        CHECK(IsSectionSlug(row.id));
        CHECK(ui::FindSection(row.id) == &row);
        REQUIRE((row.present && row.show && row.text));
        if (row.embed) CHECK(ui::IsEmbedName(row.embed));
    }
    CHECK(ui::IsEmbedName("all"));
    CHECK_FALSE(ui::IsEmbedName("sidebar"));
    CHECK(ui::FindSection("talks") == nullptr);

    // The bundled profile has no résumé-only sections (volunteer, awards, ...); the full JSON Resume has every one.
    {
        test::Page full(std::string(PORTFOLIO_TEST_DATA_DIR) + "/resume/every-section.json");
        full.Frames(3);
        std::map<std::string, float> y;
        const auto full_state = full.State();
        INFO(full_state["sections"].dump() << full_state["errors"].dump());
        for (const auto& s : full_state["sections"]) y[s["id"]] = s["y"];
        float last = -1.0f;
        for (const ui::SectionRow& row : ui::Sections()) {
            if (std::string(row.id) == "header") continue;  // the header has no heading to scroll to
            const std::string id = row.id;
            CAPTURE(id);
            REQUIRE(row.present(full.app.GetProfile()));
            REQUIRE(y.count(row.id) == 1);
            CHECK(y[row.id] > last);
            last = y[row.id];
        }
    }
    test::Page page(kProfile);
    page.Frames(3);
    const auto state = page.State();
    std::map<std::string, float> y;
    for (const auto& s : state["sections"]) y[s["id"]] = s["y"];
    float last = -1.0f;
    for (const ui::SectionRow& row : ui::Sections()) {
        if (std::string(row.id) == "header") continue;
        CAPTURE(row.id);
        if (!row.present(page.app.GetProfile())) {
            CHECK(y.count(row.id) == 0);  // a section with nothing to show is not on the page
            continue;
        }
        REQUIRE(y.count(row.id) == 1);
        CHECK(y[row.id] > last);
        last = y[row.id];
    }
    // The top bar links each nav label once, to the first of its sections.
    for (const char* link : {"nav:about", "nav:publications", "nav:projects", "nav:experience", "nav:contact"}) CHECK(state["targets"].contains(link));
    CHECK_FALSE(state["targets"].contains("nav:education"));
    // The atlas text is every row's text.
    std::string all;
    for (const ui::SectionRow& row : ui::Sections()) row.text(page.app.GetProfile(), all);
    CHECK(all == ui::CollectProfileText(page.app.GetProfile()));
    CHECK(all.find(page.app.GetProfile().publications.front().name) != std::string::npos);
}

TEST_CASE("an education-only profile links 'Experience' to its education") {
    test::Page page(LoadProfileFromText(R"({"basics": {"name": "Ada"}, "education": [{"institution": "ETH", "area": "CS", "startDate": "2020"}]})"));
    page.Frames(3);
    const auto state = page.State();
    CHECK(state["targets"].contains("nav:education"));
    CHECK_FALSE(state["targets"].contains("nav:experience"));
}

TEST_CASE("the query runs once per filter, before the views, and the state API reads that result") {
    test::Page page(kProfile);
    page.Frames(3);
    const std::size_t runs = page.app.QueryRuns();
    page.Frames(5);
    for (int i = 0; i < 3; ++i) page.State();
    CHECK(page.app.QueryRuns() == runs);  // no new filter: no new run, whatever is asked
    page.app.ApplyRoute("/publications?topic=video");
    CHECK(page.app.QueryRuns() == runs + 1);
    CHECK(page.Visible() == std::vector<std::string>{"pab", "dsp"});  // answered before any frame
    page.Frames(3);
    CHECK(page.app.QueryRuns() == runs + 1);
    CHECK(page.app.Query().visible.size() == 2);
}

TEST_CASE("the URL hash: a click adds a history entry, typing adds one for its first key and then replaces it") {
    test::Page page(kProfile);
    page.Frames(3);
    CHECK(page.routes.empty());  // opening shows nothing new
    page.Click("facet:topic:video");
    REQUIRE(page.routes.size() == 1);
    CHECK(page.routes[0].route == "/publications?topic=video");
    CHECK(page.routes[0].push);
    page.Click("search");
    page.Type("a");
    page.Type("t");
    page.Type("t");
    REQUIRE(page.routes.size() == 4);
    CHECK(page.routes[1].push);
    CHECK_FALSE(page.routes[2].push);
    CHECK_FALSE(page.routes[3].push);
    CHECK(page.routes[3].route == "/publications?topic=video&q=att");
    // Navigating back shows the old state without writing it again.
    page.app.OnHashChange("/publications?topic=video");
    page.Frames(3);
    CHECK(page.routes.size() == 4);
    CHECK(page.app.RouteText() == "/publications?topic=video");
}

TEST_CASE("embedded: the parent is told the height and filter, commands apply, the hash is left alone") {
    test::Page page(kProfile, test::PageOptions{ui::ThemeMode::Light, 720.0f, 600.0f, {}});
    page.app.OpenAt("?embed=publications&topic=video&transparent=1", "/projects");
    CHECK(page.app.Embedded() == "publications");
    CHECK(page.app.Transparent());
    page.Frames(3);
    REQUIRE_FALSE(page.to_parent.empty());
    const auto first = nlohmann::json::parse(page.to_parent.back());
    CHECK(first["type"] == "portfolio:resize");
    CHECK(first["section"] == "publications");
    CHECK(first["state"] == "/publications?topic=video");
    CHECK(first["height"].get<int>() > 200);
    const std::size_t sent = page.to_parent.size();
    page.Frames(3);
    CHECK(page.to_parent.size() == sent);  // nothing changed: nothing sent
    page.app.OnParentMessage(R"({"type":"portfolio:command","version":1,"command":"setFilter","value":"/publications?topic=science"})");
    page.app.OnParentMessage(R"({"type":"portfolio:command","version":1,"command":"setTheme","value":"dark"})");
    page.app.OnParentMessage(R"({"type":"portfolio:command","version":2,"command":"setTheme","value":"light"})");  // unknown version: ignored
    page.app.OnHashChange("/publications?topic=memory");  // the parent owns the history
    page.Frames(3);
    const auto last = nlohmann::json::parse(page.to_parent.back());
    CHECK(last["state"] == "/publications?topic=science");
    CHECK(last["height"].get<int>() < first["height"].get<int>());
    CHECK(page.State()["theme"] == "dark");
    CHECK(page.remembered.empty());  // the host's theme is not the visitor's choice
    CHECK(page.routes.empty());
    CHECK(page.State()["targets"].count("nav:about") == 0);
}

TEST_CASE("an unknown embed name shows the full page; the visitor's theme switch is remembered; the title names the owner") {
    {
        test::Page page(kProfile);
        page.app.OpenAt("?embed=sidebar", "/publications?topic=memory");
        CHECK(page.app.Embedded().empty());
        CHECK(page.app.RouteText() == "/publications?topic=memory");
        page.Frames(3);
        CHECK(page.to_parent.empty());
        REQUIRE_FALSE(page.titles.empty());
        CHECK(page.titles.back() == "Xuanlei Zhao \xE2\x80\x94 Portfolio");
    }
    test::Page top(kProfile);  // at the top of the page, where the switch is
    top.Frames(3);
    top.Click("theme", false);
    CHECK(top.State()["theme"] == "dark");
    REQUIRE(top.remembered.size() == 1);
    CHECK(top.remembered[0] == "dark");
    top.app.SetThemeChoice(ui::ThemeChoice::Light);  // startup or the parent's command: shown, not remembered
    top.Frames(2);
    CHECK(top.remembered.size() == 1);
}

TEST_CASE("the backdrop follows the theme and holds still for reduced motion") {
    test::Page page(kProfile);
    page.Frames(2);
    const ui::Backdrop light = page.app.Effects().backdrop;
    CHECK(light.page == page.app.GetTheme().palette.page);
    CHECK(light.time > 0.0f);
    page.app.SetThemeChoice(ui::ThemeChoice::Dark);
    page.app.SetReducedMotion(true);
    page.Frames(2);
    const ui::Backdrop dark = page.app.Effects().backdrop;
    CHECK(dark.page == page.app.GetTheme().palette.page);
    CHECK(dark.page != light.page);
    CHECK(dark.strength > light.strength);
    page.Frames(5);
    CHECK(page.app.Effects().backdrop.time == dark.time);
}

TEST_CASE("diagnostics name their file, in the state API and the panel") {
    const LoadResult loaded = LoadProfileFromText(R"({"basics": {"name": 7}})", "people/ada.json");
    REQUIRE_FALSE(loaded.diagnostics.empty());
    CHECK(loaded.diagnostics[0].file == "people/ada.json");
    test::Page page(LoadProfileFromText(R"({"basics": {"name": 7}})", "people/ada.json"));
    page.Frames(3);
    const auto state = page.State();
    CHECK(state["errors"][0]["file"] == "people/ada.json");
    CHECK(state["targets"].contains("diagnostics"));
}
