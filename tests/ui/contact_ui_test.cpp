// The contact panel, headless, with a host whose services are recorded: copying the address, the
// honest availability wording, the owner's clock from the host's zone service (or the profile's offset),
// the contact card handed to the host, the composer's pills, paper picker and text box, and the interest
// chips that ask the publication list for a topic.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/load.h"
#include "imgui.h"
#include "ui/app.h"
#include "headless.h"
#include "ui/icons.h"
#include "ui/imgui_assert.h"

using namespace portfolio;

namespace {

const std::string kProfile = std::string(PORTFOLIO_DATA_DIR) + "/profile.json";
constexpr float kWidth = 1440.0f, kHeight = 900.0f;

// The bundled profile; the host knows two time zones (or none) and where the visitor is.
struct ContactPage : test::Page {
    static void Zones(ui::Host& host) {
        host.zone_offset_minutes = [](const std::string& zone, std::int64_t) -> std::optional<int> {
            if (zone == "Asia/Singapore") return 480;
            if (zone == "Europe/Berlin") return 60;
            return std::nullopt;
        };
        host.local_time_zone = [] { return std::string("Europe/Berlin"); };
    }
    explicit ContactPage(bool with_zones = true)
        : Page(kProfile, test::PageOptions{ui::ThemeMode::Light, kWidth, kHeight, with_zones ? Zones : std::function<void(ui::Host&)>()}) {
        Frames(3);
    }
};

}  // namespace

TEST_CASE("the contact panel copies the address, words availability honestly and tells the owner's time") {
    ContactPage page;
    auto contact = page.State()["contact"];
    CHECK(contact["email"] == "xuanlei@u.nus.edu");

    // The bundled internship search ended on 31 Aug 2025: closed, in the past tense; the chats stay open.
    REQUIRE(contact["availability"].size() == 2);
    CHECK(contact["availability"][0]["status"] == "closed");
    CHECK(contact["availability"][0]["headline"] == "Was looking for summer research internship 2025");
    CHECK(contact["availability"][0]["badge"] == "Closed \xC2\xB7 ended 31 Aug 2025");
    CHECK(contact["availability"][1]["status"] == "open");

    CHECK(contact["clockSource"] == "zone");
    CHECK(contact["localTime"].get<std::string>().find(" in Singapore") != std::string::npos);
    CHECK(contact["visitorTimeZone"] == "Europe/Berlin");

    REQUIRE(contact.contains("copyButton"));
    page.Click("contact:copy");
    CHECK(page.clipboard == "xuanlei@u.nus.edu");
    CHECK(page.opened.empty());

    page.Click("contact:write");
    REQUIRE(page.opened.size() == 1);
    CHECK(page.opened[0] == "mailto:xuanlei@u.nus.edu");
    // The buttons' labels are semibold, their icons the regular's (the semibold carries none): drawn.
    const ui::Fonts& fonts = page.app.GetFonts();
    CHECK(fonts.body_bold->FindGlyphNoFallback(test::CodeOf(ICON_ENVELOPE)) == nullptr);
    CHECK_FALSE(test::GlyphXs(fonts.body, test::CodeOf(ICON_ENVELOPE)).empty());  // "Write an e-mail"
    CHECK_FALSE(test::GlyphXs(fonts.body, test::CodeOf(ICON_CHECK)).empty());     // "Copy address", just copied
    CHECK(ImAssertCount() == 0);
}

TEST_CASE("the contact card goes to the host as a vCard, with a confirmation of where") {
    ContactPage page;
    page.Click("contact:card");
    REQUIRE(page.saved.size() == 1);
    CHECK(page.saved[0].name == "xuanlei-zhao.vcf");
    CHECK(page.saved[0].folder == std::string(PORTFOLIO_DATA_DIR));  // next to the profile shown
    CHECK(page.saved[0].mime.rfind("text/vcard", 0) == 0);
    CHECK(page.saved[0].bytes.rfind("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Xuanlei Zhao\r\n", 0) == 0);
    CHECK(page.State()["contact"]["cardSaved"] == "Saved to /home/visitor/xuanlei-zhao.vcf");
}

TEST_CASE("the composer: a purpose, a paper from the list, a few typed lines, and the mail program opens the link") {
    ContactPage page;
    CHECK(page.State()["contact"]["subject"] == "Research collaboration");

    page.Click("contact:purpose:paper");
    auto contact = page.State()["contact"];
    CHECK(contact["purpose"] == "paper");
    CHECK(contact["subject"] == "Question about your paper");

    page.Click("contact:paperPicker");
    const auto& pubs = page.app.GetProfile().publications;
    REQUIRE(pubs.size() >= 2);
    page.Click("contact:paper:" + pubs[1].id);
    contact = page.State()["contact"];
    CHECK(contact["paper"] == pubs[1].id);
    CHECK(contact["subject"] == "Question about \xE2\x80\x9C" + pubs[1].name + "\xE2\x80\x9D");

    page.Click("contact:message");
    ImGuiIO& io = ImGui::GetIO();
    io.AddInputCharactersUTF8("Tom & Jerry? a=b #1");
    page.Frames(2);
    io.AddKeyEvent(ImGuiKey_Enter, true);
    page.Frames(1);
    io.AddKeyEvent(ImGuiKey_Enter, false);
    io.AddInputCharactersUTF8("Bcc: evil@example.com");
    page.Frames(2);
    contact = page.State()["contact"];
    CHECK(contact["message"] == "Tom & Jerry? a=b #1\nBcc: evil@example.com");
    const std::string mailto = contact["mailto"];
    CHECK(mailto.rfind("mailto:xuanlei@u.nus.edu?subject=Question%20about%20", 0) == 0);
    CHECK(mailto.find("Tom%20%26%20Jerry%3F%20a%3Db%20%231%0D%0ABcc%3A%20evil%40example.com") != std::string::npos);
    CHECK(std::count(mailto.begin(), mailto.end(), '?') == 1);
    CHECK(std::count(mailto.begin(), mailto.end(), '&') == 1);
    CHECK(std::count(mailto.begin(), mailto.end(), '@') == 1);

    page.Click("contact:compose");
    REQUIRE(page.opened.size() == 1);
    CHECK(page.opened[0] == mailto);
    CHECK(ImAssertCount() == 0);
}

TEST_CASE("an interest chip asks the publication list for its topic and scrolls there") {
    ContactPage page;
    page.Click("contact:interest:video");
    page.Frames(2);
    const auto state = page.State();
    CHECK(state["contact"]["requestedTopicFilter"] == "video");
    // The publication list took the request: only papers on the topic are listed, and the page is there.
    std::map<std::string, std::vector<std::string>> topics;
    for (const auto& pub : state["publications"]) topics[pub["id"]] = pub["topics"].get<std::vector<std::string>>();
    REQUIRE_FALSE(state["visiblePublications"].empty());
    CHECK(state["visiblePublications"].size() < state["publications"].size());
    for (const auto& id : state["visiblePublications"]) {
        const auto& t = topics[id.get<std::string>()];
        CHECK(std::find(t.begin(), t.end(), "video") != t.end());
    }
    float section_y = -1.0f;
    for (const auto& s : state["sections"])
        if (s["id"] == "publications") section_y = s["y"];
    REQUIRE(section_y >= 0.0f);
    CHECK(std::abs(state["scrollY"].get<float>() - (section_y - 24.0f)) < 40.0f);
}

TEST_CASE("without a zone service the owner's clock comes from the profile's UTC offset") {
    ContactPage page(false);
    const auto contact = page.State()["contact"];
    CHECK(contact["clockSource"] == "offset");
    CHECK(contact["localTime"].get<std::string>().find(" in Singapore") != std::string::npos);
    CHECK(contact["visitorTimeZone"] == "");
}

TEST_CASE("the contact panel lays out at phone width and in the dark theme without an ImGui assert") {
    ContactPage page;
    page.app.SetTheme(ui::ThemeMode::Dark);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(360, 780);
    for (int i = 0; i < 4; ++i) page.app.Frame();
    CHECK(ImAssertCount() == 0);
    const auto targets = page.State()["targets"];
    // Stacked: the composer's button sits below the text box, inside the phone's width.
    REQUIRE(targets.contains("contact:compose"));
    REQUIRE(targets.contains("contact:message"));
    CHECK(targets["contact:compose"][1].get<float>() > targets["contact:message"][1].get<float>());
    CHECK(targets["contact:compose"][0].get<float>() + targets["contact:compose"][2].get<float>() <= 360.0f);
}
