// The parsed-markup cache answers for the text a string holds now, not for what it held when first seen.
#include <doctest/doctest.h>

#include "ui/view.h"

using namespace portfolio;

TEST_CASE("the markup cache parses a string again when its text changed at the same address") {
    ui::MarkupCache cache;
    std::string text = "**bold** start";
    const std::vector<Span>& first = cache.Get(text);
    REQUIRE(first.size() == 2);
    CHECK(first[0].bold);
    CHECK(&cache.Get(text) == &first);  // unchanged: the same parse
    text = "*italic* [link](https://example.org)";  // same object, new text (as a reused temporary would be)
    const std::vector<Span>& second = cache.Get(text);
    REQUIRE(second.size() == 3);
    CHECK(second[0].italic);
    CHECK(second[2].url == "https://example.org");
}
