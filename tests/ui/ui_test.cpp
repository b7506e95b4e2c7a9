// Headless UI test (the shared fixture is headless.h): the whole page runs for several frames with no
// window and no GPU, with the bundled profile, a plain JSON Resume and every malformed fixture, at
// phone and desktop widths, in both themes. Any failed IM_ASSERT fails the test.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <nlohmann/json.hpp>

#include "core/html_export.h"
#include "core/load.h"
#include "imgui.h"
#include "ui/app.h"
#include "ui/fonts.h"
#include "ui/sections.h"
#include "headless.h"
#include "ui/icons.h"
#include "common/malformed_cases.h"
#include "common/hostile_load.h"
#include "ui/imgui_assert.h"
#include "ui/sections.h"

using namespace portfolio;

namespace {

const std::string kData = PORTFOLIO_DATA_DIR;
const std::string kFixtures = PORTFOLIO_FIXTURES_DIR;

}  // namespace

TEST_CASE("the bundled profile renders at phone and desktop widths, in both themes, without an ImGui assert") {
    for (const auto theme : {ui::ThemeMode::Light, ui::ThemeMode::Dark}) {
        for (const ImVec2 size : {ImVec2(390, 844), ImVec2(1440, 900), ImVec2(2560, 1440), ImVec2(300, 600)}) {
            CAPTURE(size.x);
            test::Page h(LoadProfileFromFile(kData + "/profile.json"), test::PageOptions{theme});
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

// The first frame is the one a visitor waits for: at the top of the page it lays out only what is on
// screen, and the next one lays out the rest. One that opens at a route's section lays out everything.
TEST_CASE("the first frame lays out only the sections on screen, the second all of them; a route's first frame all") {
    const auto ids = [](const nlohmann::json& state) {
        std::map<std::string, float> y;
        for (const auto& s : state["sections"]) y[s["id"]] = s["y"];
        return y;
    };
    test::Page top(LoadProfileFromFile(kData + "/profile.json"));
    top.Frames(1);
    auto first = ids(top.State());
    CHECK(first.count("about") == 1);
    CHECK(first.count("contact") == 0);
    CHECK(first.count("education") == 0);
    for (const auto& entry : first) CHECK_MESSAGE(entry.second < top.Height(), entry.first);  // all of them start on screen
    CHECK(top.app.Animating());  // the rest follows without input
    const float partial_height = top.State()["contentHeight"].get<float>();
    top.Frames(1);
    auto second = ids(top.State());
    for (const char* id : {"about", "publications", "projects", "experience", "education", "contact"}) CHECK(second.count(id) == 1);
    for (const auto& entry : first) CHECK_MESSAGE(second[entry.first] == entry.second, entry.first);  // what was on screen did not move
    CHECK(top.State()["contentHeight"].get<float>() > partial_height);

    test::Page routed(LoadProfileFromFile(kData + "/profile.json"));
    routed.app.OpenAt("", "/contact");
    routed.Frames(1);
    const auto state = routed.State();
    CHECK(ids(state).count("contact") == 1);
    CHECK(ids(state).count("education") == 1);
    CHECK(ImAssertCount() == 0);
}

TEST_CASE("a plain JSON Resume renders, its publications listed newest first") {
    // The file lists them out of date order, so the order shown is the sort's, not the file's.
    const std::string resume = R"({"basics": {"name": "Ines Lind"}, "publications": [
        {"name": "Middle", "publisher": "EuroSys 2022", "releaseDate": "2022-04"},
        {"name": "Oldest", "publisher": "SOSP 2019", "releaseDate": "2019"},
        {"name": "Newest", "publisher": "OSDI 2024", "releaseDate": "2024-07-10"},
        {"name": "Same year, later", "publisher": "ATC 2022", "releaseDate": "2022-11"}]})";
    test::Page h(LoadProfileFromText(resume, "resume.json"));
    h.Frames(5, 1280, 800);
    CHECK_MESSAGE(ImAssertCount() == 0, std::string(LastImAssert()));
    const auto state = h.State();
    REQUIRE(state["errors"].empty());
    std::map<std::string, std::string> title_of;
    for (const auto& pub : state["publications"]) title_of[pub["id"]] = pub["title"];
    std::vector<std::string> shown;
    for (const auto& id : state["visiblePublications"]) shown.push_back(title_of[id.get<std::string>()]);
    CHECK(shown == std::vector<std::string>{"Newest", "Same year, later", "Middle", "Oldest"});
    // And the bundled-style fixture renders too.
    test::Page fixture(LoadProfileFromFile(kFixtures + "/resume.json"));
    fixture.Frames(5, 1280, 800);
    CHECK(fixture.State()["visiblePublications"].size() == 2);
}

TEST_CASE("every malformed profile renders what it can and shows the problem its owner must fix, without an ImGui assert") {
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(kFixtures + "/malformed")) {
        const std::string name = entry.path().filename().string();
        CAPTURE(name);
        const test::MalformedCase* expected = test::FindMalformedCase(name);
        REQUIRE_MESSAGE(expected != nullptr, "tests/common/malformed_cases.h has no expected outcome for this file");
        test::Page h(LoadProfileFromFile(entry.path().string()));
        for (const float width : {390.0f, 1440.0f}) h.Frames(4, width, 900);
        CHECK_MESSAGE(ImAssertCount() == 0, std::string(LastImAssert()));
        const auto state = h.State();
        // The expected diagnostic is listed, with its place and the file it is in.
        bool found = false;
        for (const auto& e : state["errors"])
            found |= e["path"] == expected->path && e["line"] == expected->line && e["column"] == expected->column &&
                     e["message"].get<std::string>().find(expected->message) != std::string::npos && e["file"] == entry.path().string();
        CHECK_MESSAGE(found, state["errors"].dump());
        // The panel is on the page, above everything else, and what could be read is still shown.
        REQUIRE(state["targets"].contains("diagnostics"));
        CHECK(state["targets"]["diagnostics"][3].get<float>() > 40.0f);
        // Below the panel the page goes on (the header at least, with what could be read).
        const auto& panel = state["targets"]["diagnostics"];
        CHECK(state["contentHeight"].get<float>() > panel[1].get<float>() + panel[3].get<float>() + 100.0f);
        ++files;
    }
    CHECK(files == static_cast<int>(std::size(test::kMalformedCases)));
}

TEST_CASE("every hostile profile gives its expected outcome on the page: no crash, no assert, the problem in the panel") {
    for (const auto& entry : std::filesystem::directory_iterator(kFixtures + "/hostile"))
        CHECK_MESSAGE(test::FindHostileCase(entry.path().filename().string()) != nullptr,
                      "tests/common/hostile_cases.h has no expected outcome for " << entry.path().filename().string());
    for (const test::HostileCase& c : test::kHostileCases) {
        CAPTURE(c.name);
        ResetImAssertCount();
        test::Page h(test::LoadHostile(c, kFixtures));
        for (const float width : {390.0f, 1440.0f}) h.Frames(4, width, 900);
        REQUIRE_MESSAGE(ImAssertCount() == 0, std::string(LastImAssert()));
        const auto state = h.State();
        if (c.path) {
            bool found = false;
            for (const auto& e : state["errors"])
                found |= e["path"] == c.path && e["message"].get<std::string>().find(c.message) != std::string::npos;
            CHECK_MESSAGE(found, state["errors"].dump());
            REQUIRE(state["targets"].contains("diagnostics"));  // the owner sees it on the page
        } else {
            CHECK(state["errors"].empty());
            CHECK_FALSE(state["targets"].contains("diagnostics"));
        }
        if (c.name_shown) CHECK(state["name"] == c.name_shown);
        CHECK(state["contentHeight"].get<float>() > 200.0f);  // a page, not a blank canvas
    }
}

TEST_CASE("a profile that cannot be opened still shows a page") {
    test::Page h(LoadProfileFromFile(kFixtures + "/no-such-profile.json"));
    h.Frames(4, 800, 600);
    CHECK(ImAssertCount() == 0);
    CHECK(h.State()["errors"].size() == 1);
}

TEST_CASE("the theme switch in the top bar toggles light and dark") {
    test::Page h(LoadProfileFromFile(kData + "/profile.json"));
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
    test::Page h(LoadProfileFromFile(kData + "/profile.json"));
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

namespace {
ImVec2 Center(const nlohmann::json& state, const std::string& target) {  // where it was drawn, without scrolling
    const auto& r = state["targets"].at(target);
    return ImVec2(r[0].get<float>() + r[2].get<float>() * 0.5f, r[1].get<float>() + r[3].get<float>() * 0.5f);
}
std::vector<std::string> Visible(const nlohmann::json& state) { return state["visiblePublications"].get<std::vector<std::string>>(); }
}  // namespace

TEST_CASE("the publication timeline: search with '/', facet chips, clear all, and the route text") {
    test::Page h(LoadProfileFromFile(kData + "/profile.json"));
    const float w = 1440, hgt = 900;
    h.Frames(3, w, hgt);
    CHECK(Visible(h.State()) == std::vector<std::string>{"pab", "autochunk", "hetegen", "dsp", "fastfold"});  // newest first

    // "/" focuses the search box; typing filters as you type; matching is accent- and case-insensitive.
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiKey_Slash, true);
    io.AddInputCharacter('/');
    h.Frames(1, w, hgt);
    io.AddKeyEvent(ImGuiKey_Slash, false);
    h.Frames(2, w, hgt);
    REQUIRE(h.State()["searchFocused"] == true);
    io.AddInputCharactersUTF8("PYRAMID bröadcast");
    h.Frames(3, w, hgt);
    auto state = h.State();
    CHECK(state["query"] == "PYRAMID bröadcast");
    CHECK(Visible(state) == std::vector<std::string>{"pab"});
    CHECK(state["route"] == "/publications?q=PYRAMID%20br%C3%B6adcast");
    // Esc clears the box.
    io.AddKeyEvent(ImGuiKey_Escape, true);
    h.Frames(1, w, hgt);
    io.AddKeyEvent(ImGuiKey_Escape, false);
    h.Frames(2, w, hgt);
    CHECK(h.State()["query"] == "");

    // A topic chip filters; a second chip of the same facet widens (OR); a year narrows (AND).
    h.Click(Center(h.State(), "facet:topic:memory"), w, hgt);
    state = h.State();
    CHECK(Visible(state) == std::vector<std::string>{"autochunk", "hetegen"});
    CHECK(state["route"] == "/publications?topic=memory");
    h.Click(Center(state, "facet:topic:science"), w, hgt);
    CHECK(Visible(h.State()).size() == 3);
    h.Click(Center(h.State(), "facet:role:equal-contribution"), w, hgt);
    CHECK(Visible(h.State()) == std::vector<std::string>{"hetegen"});
    // Sort and clear all.
    h.Click(Center(h.State(), "clear-all"), w, hgt);
    CHECK(Visible(h.State()).size() == 5);
    h.Click(Center(h.State(), "sort:oldest"), w, hgt);
    CHECK(Visible(h.State()).front() == "dsp");
    CHECK(h.State()["route"] == "/publications?sort=oldest");
    CHECK(ImAssertCount() == 0);
}

TEST_CASE("a route restores filters, and Cite copies BibTeX with a confirmation") {
    test::Page h(LoadProfileFromFile(kData + "/profile.json"));
    const float w = 1440, hgt = 900;
    h.app.ApplyRoute("#/publications?year=2024&role=first-author&sort=title&colour=blue");
    h.Frames(3, w, hgt);
    auto state = h.State();
    CHECK(Visible(state) == std::vector<std::string>{"autochunk", "dsp", "hetegen", "pab"});
    CHECK(state["route"] == "/publications?year=2024&role=first-author&sort=title");

    h.app.ApplyRoute("/publications?q=fastfold");
    h.Frames(3, w, hgt);
    state = h.State();
    REQUIRE(Visible(state) == std::vector<std::string>{"fastfold"});
    h.Click(Center(state, "cite:fastfold"), w, hgt);
    CHECK(h.clipboard.rfind("@inproceedings{cheng2024fastfold,", 0) == 0);
    CHECK(h.app.Animating());  // the confirmation is showing
}

TEST_CASE("dragging across the time axis selects a period that filters the list") {
    test::Page h(LoadProfileFromFile(kData + "/profile.json"));
    const float w = 1440, hgt = 900;
    h.app.ApplyRoute("/publications");
    h.Frames(4, w, hgt);
    // The axis spans the publication months padded to two years: Mar 2024 .. Aug 2024 sit in the middle.
    const auto before = h.State();
    const auto& r = before["targets"].at("timeline");
    const float x = r[0].get<float>(), y = r[1].get<float>() + 20.0f, width = r[2].get<float>();
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent(x + width * 0.52f, y);
    h.Frames(1, w, hgt);
    io.AddMouseButtonEvent(0, true);
    h.Frames(1, w, hgt);
    for (int i = 1; i <= 10; ++i) {
        io.AddMousePosEvent(x + width * (0.52f + 0.03f * static_cast<float>(i)), y);
        h.Frames(1, w, hgt);
    }
    io.AddMouseButtonEvent(0, false);
    h.Frames(3, w, hgt);
    const auto state = h.State();
    CHECK(state["route"].get<std::string>().find("from=") != std::string::npos);
    CHECK(Visible(state).size() < 5);
    CHECK_FALSE(Visible(state).empty());
    CHECK(ImAssertCount() == 0);
}

TEST_CASE("a project card's 'show publications' filters the timeline to that project") {
    test::Page h(LoadProfileFromFile(kData + "/profile.json"));
    const float w = 1440, hgt = 900;
    h.app.ApplyRoute("/projects");
    h.Frames(4, w, hgt);
    h.Click(Center(h.State(), "project-publications:videosys"), w, hgt);
    const auto state = h.State();
    CHECK(state["route"] == "/publications?project=videosys");
    CHECK(Visible(state) == std::vector<std::string>{"pab", "dsp"});
    CHECK(ImAssertCount() == 0);
}

TEST_CASE("the HTML twin has the page's sections in the page's order (one section table, two renderings)") {
    std::vector<std::string> page, twin;
    for (const ui::SectionRow& row : ui::Sections()) page.push_back(row.id);
    for (const html::SectionWriter& w : html::SectionWriters()) twin.push_back(w.id);
    CHECK(page == twin);
}

TEST_CASE("embedded, only the chosen section is drawn, down to 300 px wide") {
    for (const std::string section : {"publications", "projects", "contact", "profile"}) {
        CAPTURE(section);
        test::Page h(LoadProfileFromFile(kData + "/profile.json"));
        REQUIRE(h.app.SetEmbed(section, true));
        for (const float width : {300.0f, 720.0f}) h.Frames(4, width, 600);
        CHECK_MESSAGE(ImAssertCount() == 0, std::string(LastImAssert()));
        const auto state = h.State();
        CHECK(state["embed"] == section);
        std::set<std::string> ids;
        for (const auto& s : state["sections"]) ids.insert(s["id"].get<std::string>().substr(0, s["id"].get<std::string>().find(':')));
        CHECK(ids.count("experience") == 0);
        CHECK(ids.count("education") == 0);
        if (section == "publications") CHECK(ids.count("publications") == 1);
        if (section == "projects") CHECK(ids == std::set<std::string>{"projects"});
        if (section == "contact") CHECK(ids == std::set<std::string>{"contact"});
        CHECK(state["contentHeight"].get<float>() > 100.0f);
    }
}

namespace {
// The bundled profile with `from` replaced by `to` (each must be there once).
std::string ProfileWith(std::vector<std::pair<std::string, std::string>> swaps) {
    std::ifstream in(kData + "/profile.json", std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (const auto& swap : swaps) {  // (no structured binding: clang-14 cannot capture one in doctest's lambda)
        const size_t at = text.find(swap.first);
        REQUIRE_MESSAGE(at != std::string::npos, swap.first);
        text.replace(at, swap.first.size(), swap.second);
    }
    return text;
}
}  // namespace

TEST_CASE("refused links (javascript:, data:) leave gaps that lay out cleanly: every control clicked, no assert, nothing unsafe opened") {
    const std::string text = ProfileWith({{"\"url\": \"https://oahzxl.github.io\"", "\"url\": \" JavaScript:alert(1)//\""},
                                          {"](https://www.comp.nus.edu.sg/~youy/)", "](javascript:alert(document.cookie))"},
                                          {"\"url\": \"https://twitter.com/oahzxl\"", "\"url\": \"data:text/html,alert(1)\""}});
    test::Page page(LoadProfileFromText(text), {.width = 1280, .height = 800});
    ResetImAssertCount();
    page.Frames(3);
    // The keyboard first (the header's profile links and the bio's links are among the first controls,
    // where the unsafe links were), as the browser test does.
    page.Click(ImVec2(8, 300));
    for (int i = 0; i < 24; ++i) {
        page.Press(ImGuiKey_Tab);
        page.Press(ImGuiKey_Enter);
        REQUIRE_MESSAGE(ImAssertCount() == 0, "after " << i + 1 << " Tab+Enter: " << std::string(LastImAssert()) << " (focus " << page.State()["focus"] << ")");
    }
    page.Press(ImGuiKey_Escape);
    std::vector<std::string> names;
    const nlohmann::json first = page.State();
    for (const auto& [name, rect] : first["targets"].items()) {
        if (name.rfind("contact:card", 0) != 0) names.push_back(name);
    }
    REQUIRE(names.size() > 20);
    for (const std::string& name : names) {
        CAPTURE(name);
        if (!page.State()["targets"].contains(name)) continue;  // a click before closed what held it
        page.Click(name);
        page.Press(ImGuiKey_Escape);
        REQUIRE_MESSAGE(ImAssertCount() == 0, std::string(LastImAssert()));
    }
    for (const std::string& url : page.opened) {
        CAPTURE(url);
        CHECK((url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0 || url.rfind("mailto:", 0) == 0));
    }
}

TEST_CASE("every JSON Resume section draws each of its entries, at phone and desktop widths, in both themes") {
    const std::string resumes = std::string(PORTFOLIO_TEST_DATA_DIR) + "/resume/";
    for (const char* file : {"every-section.json", "richard-hendriks.json", "messy.json", "nine-jobs-legacy.json", "basics-only.json"}) {
        for (const auto theme : {ui::ThemeMode::Light, ui::ThemeMode::Dark}) {
            for (const float width : {390.0f, 1440.0f}) {
                CAPTURE(file);
                CAPTURE(width);
                test::Page h(LoadProfileFromFile(resumes + file), test::PageOptions{theme});
                h.Frames(4, width, 900);
                CHECK_MESSAGE(ImAssertCount() == 0, std::string(LastImAssert()));
                const auto state = h.State();
                const Profile& p = h.app.GetProfile();
                for (const auto& e : state["errors"]) CHECK(e["severity"] != "error");
                // Each entry of each section was laid out where the state says, with a height.
                const std::pair<const char*, std::size_t> sections[] = {
                    {"experience", p.work.size()},     {"volunteer", p.volunteer.size()}, {"awards", p.awards.size()},
                    {"certificates", p.certificates.size()}, {"skills", p.skills.size()}, {"languages", p.languages.size()},
                    {"references", p.references.size()}};
                for (const auto& entry : sections) {
                    const auto& section = entry.first;  // not a structured binding: clang-14 cannot capture one
                    const auto count = entry.second;
                    CAPTURE(section);
                    CHECK(state["resume"][section == std::string("experience") ? "work" : section].size() == count);
                    for (std::size_t i = 0; i < count; ++i) {
                        const std::string target = std::string(section) + ":" + std::to_string(i);
                        CAPTURE(target);
                        REQUIRE(state["targets"].contains(target));
                        CHECK(state["targets"][target][3].get<float>() > 10.0f);
                        CHECK(state["targets"][target][2].get<float>() <= width);
                    }
                    CHECK_FALSE(state["targets"].contains(std::string(section) + ":" + std::to_string(count)));
                }
            }
        }
    }
    // The full résumé: its sections in table order, the new ones between Experience and Contact.
    test::Page h(LoadProfileFromFile(resumes + "every-section.json"));
    h.Frames(3, 1440, 900);
    const auto state = h.State();
    CHECK(state["errors"].empty());
    std::map<std::string, float> y;
    for (const auto& s : state["sections"]) y[s["id"]] = s["y"];
    CHECK(y.at("experience") < y.at("volunteer"));
    CHECK(y.at("volunteer") < y.at("education"));
    CHECK(y.at("education") < y.at("awards"));
    CHECK(y.at("awards") < y.at("certificates"));
    CHECK(y.at("certificates") < y.at("skills"));
    CHECK(y.at("skills") < y.at("languages"));
    CHECK(y.at("languages") < y.at("references"));
    CHECK(y.at("references") < y.at("contact"));
    CHECK(state["targets"].contains("nav:skills"));  // the top bar's "Skills" goes to the skills
    CHECK(state["resume"]["awards"][0] == "RSE Society Early Career Award");
    // The font atlas text covers the new sections.
    const std::string text = ui::CollectProfileText(h.app.GetProfile());
    for (const char* s : {"Code Club UK", "Society of Research Software Engineering", "Amazon Web Services", "Julia", "Yoruba", "Helen Ashcombe"})
        CHECK(text.find(s) != std::string::npos);
}

TEST_CASE("a note is listed as a note, and a profile with only notes shows them without calling them problems") {
    test::Page h(LoadProfileFromText(R"({"basics": {"name": "Ada"}, "work": [{"company": "Engine Co", "startDate": "March 1842"}]})", "resume.json"));
    h.Frames(3, 1440, 900);
    CHECK_MESSAGE(ImAssertCount() == 0, std::string(LastImAssert()));
    const auto state = h.State();
    REQUIRE(state["errors"].size() == 2);
    for (const auto& e : state["errors"]) CHECK(e["severity"] == "note");
    CHECK(state["targets"].contains("diagnostics"));
    CHECK(state["resume"]["work"][0] == "Engine Co");
}

TEST_CASE("the atlas's glyph ranges are ImGui's, built without asking for every bit") {
    auto ranges_of = [](const std::vector<std::pair<ImWchar, ImWchar>>& spans, bool ours) {
        ImFontGlyphRangesBuilder builder;
        for (const auto& span : spans)
            for (unsigned c = span.first; c <= span.second; ++c) builder.AddChar(static_cast<ImWchar>(c));
        ImVector<ImWchar> out;
        if (ours) ui::BuildRanges(builder, out);
        else builder.BuildRanges(&out);
        return std::vector<ImWchar>(out.begin(), out.end());
    };
    const std::vector<std::vector<std::pair<ImWchar, ImWchar>>> cases = {
        {},
        {{0x20, 0x7E}},
        {{0x0, 0x0}, {0x1F, 0x20}, {0x3F, 0x40}, {0x41, 0x41}},                  // word edges
        {{0x20, 0x7E}, {0xA0, 0xA0}, {0x2013, 0x2014}, {0x4E00, 0x4E80}},       // a long range across words
        {{0xFFC0, 0xFFFF}},                                                      // up to the last code point
        {{0x0, 0xFFFF}},
    };
    for (const auto& spans : cases) {
        CAPTURE(spans.size());
        CHECK(ranges_of(spans, true) == ranges_of(spans, false));
    }
    CHECK(ranges_of({{0x41, 0x43}, {0x45, 0x45}}, true) == std::vector<ImWchar>{0x41, 0x43, 0x45, 0x45, 0});
}

TEST_CASE("a profile's own characters in the icons' block leave the icons as they are") {
    // U+2400 and U+2409 are Control Pictures (␀ ␉): the block ui/icons.h moves the icons to.
    test::Page page(LoadProfileFromText(R"({"basics": {"name": "Ada \u2400", "summary": "Tabs \u2409 and nulls \u2400."}})", "resume.json"));
    test::RunFrames(page.app, 3, 1280, 800);
    const ui::Fonts& fonts = page.app.GetFonts();
    for (const ImFont* font : {fonts.body, fonts.small, fonts.title}) {
        for (const char* icon : {ICON_BOOK, ICON_CUBES, ICON_SEARCH}) {
            const ImFontGlyph* glyph = font->FindGlyphNoFallback(test::CodeOf(icon));
            REQUIRE(glyph != nullptr);
            CHECK(glyph->AdvanceX >= font->FontSize * 1.05f - 0.5f);  // the icon's own (GlyphMinAdvanceX), not Inter's
        }
    }
    // Inter was not asked for the block.
    for (int i = 0; fonts.text_ranges[i] != 0; i += 2) {
        CAPTURE(fonts.text_ranges[i]);
        CHECK((fonts.text_ranges[i + 1] < ui::kIconFirst || fonts.text_ranges[i] > ui::kIconLast));
    }
    CHECK(ImAssertCount() == 0);
}
