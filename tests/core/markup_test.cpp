// Inline markup: bold, italic, links, escapes, and what happens with broken markup.
#include <doctest/doctest.h>

#include "core/markup.h"

using namespace portfolio;

TEST_CASE("plain text is one span") {
    const auto spans = ParseMarkup("Hello world");
    REQUIRE(spans.size() == 1);
    CHECK(spans[0] == Span{"Hello world", false, false, ""});
}

TEST_CASE("bold, italic and links become styled spans") {
    const auto spans = ParseMarkup("I am **looking** for *interns* at [NUS](https://nus.edu.sg).");
    REQUIRE(spans.size() == 7);
    CHECK(spans[1] == Span{"looking", true, false, ""});
    CHECK(spans[3] == Span{"interns", false, true, ""});
    CHECK(spans[5] == Span{"NUS", false, false, "https://nus.edu.sg"});
    CHECK(spans[6].text == ".");
}

TEST_CASE("emphasis nests, including bold inside italic and inside links") {
    const auto spans = ParseMarkup("*a **b** c* [**x**](https://x.org)");
    REQUIRE(spans.size() >= 5);
    CHECK(spans[0] == Span{"a ", false, true, ""});
    CHECK(spans[1] == Span{"b", true, true, ""});
    CHECK(spans[2] == Span{" c", false, true, ""});
    CHECK(spans.back() == Span{"x", true, false, "https://x.org"});
}

TEST_CASE("unclosed or spaced markers stay literal") {
    CHECK(PlainText("2 * 3 = 6") == "2 * 3 = 6");
    CHECK(PlainText("**not closed") == "**not closed");
    CHECK(PlainText("[text](no close") == "[text](no close");
    CHECK(PlainText("[just brackets]") == "[just brackets]");
    CHECK(ParseMarkup("**not closed").size() == 1);
}

TEST_CASE("links with odd characters: parentheses in URLs, unsafe schemes become text") {
    auto spans = ParseMarkup("[wiki](https://en.wikipedia.org/wiki/Foo_(bar))");
    REQUIRE(spans.size() == 1);
    CHECK(spans[0].url == "https://en.wikipedia.org/wiki/Foo_(bar)");
    spans = ParseMarkup("[click](javascript:alert(1))");
    REQUIRE(spans.size() == 1);
    CHECK(spans[0].text == "click");
    CHECK(spans[0].url.empty());
}

TEST_CASE("backslash escapes markers") {
    CHECK(PlainText("\\*not italic\\*") == "*not italic*");
    CHECK(ParseMarkup("\\*not italic\\*").front().italic == false);
}

TEST_CASE("pathological input stays bounded") {
    std::string deep;
    for (int i = 0; i < 200; ++i) deep += "[*";
    CHECK_FALSE(PlainText(deep).empty());
}

TEST_CASE("the parser names the links it refuses, as written, with the reason; safe and escaped ones are not listed") {
    const auto refused = RefusedLinks("[a](https://ok.org) [b](javascript:alert(document.cookie)) \\[c](data:x) **[d](data:text/html,hi)**");
    REQUIRE(refused.size() == 2);
    CHECK(refused[0].url == "javascript:alert(document.cookie)");
    CHECK(refused[0].checked.verdict == UrlVerdict::SchemeNotAllowed);
    CHECK(refused[1].url == "data:text/html,hi");  // inside bold too
    CHECK(RefusedLinks("no links, 2 * 3, [not](a link").empty());
}

namespace {

// The links of a markup text, as (text, url) pairs.
std::vector<std::pair<std::string, std::string>> LinksOf(std::string_view markup) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const Span& s : ParseMarkup(markup))
        if (!s.url.empty()) out.emplace_back(s.text, s.url);
    return out;
}
using Links = std::vector<std::pair<std::string, std::string>>;

}  // namespace

TEST_CASE("a plain web address in text becomes a link, without the punctuation that ends the sentence") {
    CHECK(LinksOf("see https://x.org/a.") == Links{{"https://x.org/a", "https://x.org/a"}});
    CHECK(LinksOf("see http://x.org/a, then") == Links{{"http://x.org/a", "http://x.org/a"}});
    CHECK(LinksOf("at www.x.org!") == Links{{"www.x.org", "https://www.x.org"}});
    CHECK(LinksOf("HTTPS://X.org/A?b=1#c;") == Links{{"HTTPS://X.org/A?b=1#c", "https://X.org/A?b=1#c"}});  // shown as written, the scheme canonical
    CHECK(LinksOf("(see https://x.org/a)") == Links{{"https://x.org/a", "https://x.org/a"}});
    CHECK(LinksOf("https://en.wikipedia.org/wiki/Foo_(bar).") ==
          Links{{"https://en.wikipedia.org/wiki/Foo_(bar)", "https://en.wikipedia.org/wiki/Foo_(bar)"}});
    CHECK(LinksOf("\"https://x.org/q\"") == Links{{"https://x.org/q", "https://x.org/q"}});
    CHECK(LinksOf("**https://x.org/b**") == Links{{"https://x.org/b", "https://x.org/b"}});
    CHECK(LinksOf("two: https://a.org and www.b.org/c.") ==
          Links{{"https://a.org", "https://a.org"}, {"www.b.org/c", "https://www.b.org/c"}});
    // The text around it is kept as it was.
    CHECK(PlainText("see https://x.org/a.") == "see https://x.org/a.");
    const auto spans = ParseMarkup("see https://x.org/a.");
    REQUIRE(spans.size() == 3);
    CHECK(spans[0].text == "see ");
    CHECK(spans[2].text == ".");
    CHECK(spans[2].url.empty());
}

TEST_CASE("only web addresses become links: other schemes, halves of words and bare hosts stay text") {
    for (const char* text : {"javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "mailto:a@b.org", "https://", "http:// x",
                             "www.", "awww.x.org", "user@www.x.org", "a/www.x.org", "https://.x.org", "example.com", "github.com/me",
                             "\\https://x.org"})
        CHECK_MESSAGE(LinksOf(text).empty(), text);
    // Inside [text](url) the owner's link decides: a refused one leaves an address in its text unlinked.
    CHECK(LinksOf("[https://x.org](javascript:alert(1))").empty());
    CHECK(LinksOf("[www.x.org](https://y.org)") == Links{{"www.x.org", "https://y.org"}});
    CHECK(RefusedLinks("see https://x.org and www.y.org.").empty());
}
