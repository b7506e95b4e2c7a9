// Embedding: URL parameters (unknown and malformed ignored) and the message protocol both ways.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/embed.h"

using namespace portfolio;

TEST_CASE("embed parameters select the section, theme, transparency and filter") {
    const EmbedParams p = ParseEmbedQuery("?embed=publications&theme=dark&transparent=1&topic=video&q=attention&sort=oldest");
    CHECK(p.section == "publications");
    CHECK(p.theme == "dark");
    CHECK(p.transparent);
    CHECK(p.route.filter.Values(Facet::Topic) == std::set<std::string>{"video"});
    CHECK(p.route.filter.query == "attention");
    CHECK(p.route.filter.sort == SortOrder::Oldest);
    CHECK(ParseEmbedQuery("embed=CONTACT").section == "contact");
    CHECK(ParseEmbedQuery("embed=all").section == "all");
    CHECK(ParseEmbedQuery("embed=%20profile").section == "profile");
}

TEST_CASE("malformed embed parameters are ignored; the section name is left to the page to know") {
    const EmbedParams p = ParseEmbedQuery("?embed=side%20bar&theme=purple&transparent=maybe&colour=red&%ZZ=1&topic");
    CHECK(p.section.empty());  // not a section name at all
    CHECK(ParseEmbedQuery("embed=sidebar").section == "sidebar");  // a name: ui/sections.h decides whether it exists
    CHECK(ParseEmbedQuery("embed=<script>").section.empty());
    CHECK(p.theme.empty());
    CHECK_FALSE(p.transparent);
    CHECK_FALSE(p.route.filter.Active());
    CHECK(ParseEmbedQuery("").section.empty());
}

TEST_CASE("the resize message carries type, version, height, section and state") {
    const auto msg = nlohmann::json::parse(EncodeResizeMessage(812, "publications", "/publications?topic=video"));
    CHECK(msg["type"] == "portfolio:resize");
    CHECK(msg["version"] == 1);
    CHECK(msg["height"] == 812);
    CHECK(msg["section"] == "publications");
    CHECK(msg["state"] == "/publications?topic=video");
    CHECK(nlohmann::json::parse(EncodeResizeMessage(-5, "all", ""))["height"] == 0);
}

TEST_CASE("host commands are accepted only in the documented shape") {
    auto theme = DecodeCommandMessage(R"({"type":"portfolio:command","version":1,"command":"setTheme","value":"dark"})");
    REQUIRE(theme);
    CHECK(theme->kind == EmbedCommand::Kind::SetTheme);
    CHECK(theme->value == "dark");
    auto filter = DecodeCommandMessage(R"({"type":"portfolio:command","version":1,"command":"setFilter","value":"/publications?year=2024"})");
    REQUIRE(filter);
    CHECK(filter->kind == EmbedCommand::Kind::SetFilter);
    for (const char* bad : {"", "not json", "[]", R"({"type":"portfolio:command","version":2,"command":"setTheme","value":"dark"})",
                            R"({"type":"other","version":1,"command":"setTheme","value":"dark"})",
                            R"({"type":"portfolio:command","version":1,"command":"setTheme","value":"neon"})",
                            R"x({"type":"portfolio:command","version":1,"command":"eval","value":"alert(1)"})x",
                            R"({"type":"portfolio:command","version":"1","command":"setTheme","value":"dark"})",
                            R"({"type":"portfolio:command","version":1,"command":"setFilter","value":42})"}) {
        CAPTURE(bad);
        CHECK_FALSE(DecodeCommandMessage(bad));
    }
}
