// The semantic mirror (ui/a11y.h) over the headless page: what it reports to the host, in what order, when,
// and the host's press and focus requests by ImGui ID.
#include <doctest/doctest.h>

#include <sstream>

#include "core/load.h"
#include "headless.h"
#include "ui/imgui_assert.h"

using namespace portfolio;

namespace {

const std::string kData = PORTFOLIO_DATA_DIR;

struct Reported {
    unsigned id = 0;
    int role = 0, level = 0;
    unsigned state = 0;
    std::string label, url;
};

// a11y::FormatNodes' text back as nodes (the first line, the focused item, is skipped).
std::vector<Reported> Parse(const std::string& text) {
    std::vector<Reported> out;
    std::istringstream lines(text);
    std::string line;
    std::getline(lines, line);
    while (std::getline(lines, line)) {
        std::vector<std::string> f;
        std::istringstream fields(line);
        for (std::string field; std::getline(fields, field, '\t');) f.push_back(field);
        if (f.size() < 9) continue;
        out.push_back(Reported{static_cast<unsigned>(std::stoul(f[0])), std::stoi(f[1]), std::stoi(f[2]), static_cast<unsigned>(std::stoul(f[3])),
                               f[8], f.size() > 9 ? f[9] : ""});
    }
    return out;
}

std::size_t IndexOf(const std::vector<Reported>& nodes, const std::string& label) {
    for (std::size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].label == label) return i;
    return nodes.size();
}

struct MirroredPage {
    std::vector<std::string> reports;
    test::Page page;
    MirroredPage() : page(kData + "/profile.json", test::PageOptions{ui::ThemeMode::Light, 1440.0f, 900.0f, [this](ui::Host& host) {
                              host.show_semantics = [this](const std::string& nodes) { reports.push_back(nodes); };
                          }}) {}
    std::vector<Reported> Last() const { return reports.empty() ? std::vector<Reported>{} : Parse(reports.back()); }
    unsigned Id(const std::string& label) const {
        const auto nodes = Last();
        const std::size_t i = IndexOf(nodes, label);
        REQUIRE_MESSAGE(i < nodes.size(), "no node labelled " << label);
        return nodes[i].id;
    }
};

}  // namespace

TEST_CASE("the mirror names the page's headings, links and toggles in reading order, and reports only changes") {
    MirroredPage m;
    m.page.Frames(4);
    const auto nodes = m.Last();
    const std::size_t name = IndexOf(nodes, "Xuanlei Zhao"), publications = IndexOf(nodes, "Publications"),
                      chip = IndexOf(nodes, "System for Video Models (2)"), email = IndexOf(nodes, "E-mail xuanlei@u.nus.edu");
    REQUIRE(name < nodes.size());
    CHECK(nodes[name].role == static_cast<int>(ui::a11y::Role::Heading));
    CHECK(nodes[name].level == 1);
    REQUIRE(email < nodes.size());
    CHECK(nodes[email].role == static_cast<int>(ui::a11y::Role::Link));
    CHECK(nodes[email].url == "mailto:xuanlei@u.nus.edu");
    REQUIRE(chip < nodes.size());
    CHECK(nodes[chip].role == static_cast<int>(ui::a11y::Role::Toggle));
    CHECK(nodes[chip].state == 0);
    CHECK(name < email);
    CHECK(email < chip);
    // "Publications" is both the navigation's button (first) and the section's heading (after the name).
    CHECK(publications < name);
    const std::size_t search = IndexOf(nodes, "Search publications");  // ImGui's own field, named by the view
    REQUIRE(search < nodes.size());
    CHECK(nodes[search].role == static_cast<int>(ui::a11y::Role::TextField));
    for (const Reported& n : nodes) CHECK_MESSAGE(n.label.find("##") == std::string::npos, n.label);
    // Nothing changed: nothing more is reported.
    const std::size_t reported = m.reports.size();
    m.page.Frames(3);
    CHECK(m.reports.size() == reported);
    CHECK(ImAssertCount() == 0);
}

TEST_CASE("the host's press acts as the control's own click, even out of view; its focus request moves the keyboard focus") {
    MirroredPage m;
    m.page.Frames(4);
    m.page.app.OnSemanticAction(0, m.Id("System for Video Models (2)"));
    m.page.Frames(3);
    CHECK(m.page.Visible() == std::vector<std::string>{"pab", "dsp"});
    const auto nodes = m.Last();
    const std::size_t chip = IndexOf(nodes, "System for Video Models (2)");
    REQUIRE(chip < nodes.size());
    CHECK((nodes[chip].state & ui::a11y::kChecked) != 0);

    // Far below the first screen: scrolled to, then pressed.
    m.page.app.OnSemanticAction(0, m.Id("Download contact card"));
    m.page.Frames(8);
    CHECK(m.page.saved.size() == 1);
    CHECK(m.page.State()["scrollY"].get<float>() > 900.0f);

    // The message field (a multi-line ImGui field, not reported while out of view) is there once on screen.
    m.page.Find("contact:message");  // scrolled into view by the wheel
    m.page.Frames(2);
    const auto contact = m.Last();
    REQUIRE(IndexOf(contact, "Your message") < contact.size());
    CHECK(contact[IndexOf(contact, "Your message")].role == static_cast<int>(ui::a11y::Role::TextField));

    m.page.app.OnSemanticAction(1, m.Id("Sort: Title"));
    m.page.Frames(3);
    CHECK(m.page.State()["focus"] == "sort:title");
    CHECK(ImAssertCount() == 0);
}
