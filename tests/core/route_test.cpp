// The view and filter state's text form: round trips, canonical output, malformed input ignored.
#include <doctest/doctest.h>

#include "core/route.h"

using namespace portfolio;

TEST_CASE("a full state round-trips through its text form") {
    Route r;
    r.section = "publications";
    r.filter.Values(Facet::Topic) = {"video", "memory"};
    r.filter.Values(Facet::Year) = {"2024"};
    r.filter.Values(Facet::Tag) = {"long sequence", "a,b&c=d"};
    r.filter.query = "pyramid attention & co?";
    r.filter.from_month = MonthKey(Date{2024, 1, 0});
    r.filter.to_month = MonthKey(Date{2024, 8, 0});
    r.filter.sort = SortOrder::Oldest;
    r.selected = "pab";
    const std::string text = FormatRoute(r);
    CHECK(text == "/publications?topic=memory,video&year=2024&tag=a%2Cb%26c%3Dd,long%20sequence"
                  "&q=pyramid%20attention%20%26%20co%3F&from=2024-01&to=2024-08&sort=oldest&pub=pab");
    CHECK(ParseRoute(text) == r);
    CHECK(ParseRoute("#" + text) == r);
}

TEST_CASE("the default state is '/', and any filter lives in the publications view") {
    CHECK(FormatRoute(Route{}) == "/");
    Route r;
    r.filter.query = "x";
    CHECK(FormatRoute(r) == "/publications?q=x");
    CHECK(ParseRoute("#/contact").section == "contact");
    CHECK(ParseRoute("/").section.empty());
    CHECK(ParseRoute("/home").section.empty());  // "home" is the top, like "/"
}

TEST_CASE("unknown or malformed values are ignored, never fatal") {
    const Route r = ParseRoute("#/No%20Where!?topic=video&colour=red&year=&from=2024-13&to=yesterday&sort=sideways&q=%ZZ&&=x&topic");
    CHECK(r.section.empty());  // not a section name; whether a name like "/nowhere" exists is the page's to say
    CHECK(ParseRoute("#/nowhere").section == "nowhere");
    CHECK(r.filter.Values(Facet::Topic) == std::set<std::string>{"video"});
    CHECK(r.filter.Values(Facet::Year).empty());
    CHECK(r.filter.from_month == 0);
    CHECK(r.filter.to_month == 0);
    CHECK(r.filter.sort == SortOrder::Newest);
    CHECK(r.filter.query == "%ZZ");
    // Invalid UTF-8 from percent escapes is made visible rather than passed on.
    CHECK(ParseRoute("?q=%FF").filter.query == "\\xFF");
    // A reversed range is put in order.
    const Route reversed = ParseRoute("?from=2024-08&to=2024-01");
    CHECK(reversed.filter.from_month < reversed.filter.to_month);
    // Huge input stays bounded.
    std::string many = "?tag=";
    for (int i = 0; i < 500; ++i) many += "t" + std::to_string(i) + ",";
    CHECK(ParseRoute(many).filter.Values(Facet::Tag).size() == 64);
}

TEST_CASE("percent encoding keeps unreserved characters and encodes the rest") {
    CHECK(PercentEncodeComponent("a-b_c.d~e") == "a-b_c.d~e");
    CHECK(PercentEncodeComponent("ü &") == "%C3%BC%20%26");
    CHECK(PercentDecode("%C3%BC%20%26+x") == "ü & x");
}

TEST_CASE("a search cut at its 200-byte limit is trimmed again, so its canonical text is stable (found by fuzz_route)") {
    const std::string query = "?q=" + std::string(197, 'a') + "%09%09%09%09bbb";  // the cut falls in the tabs
    const Route route = ParseRoute(query);
    CHECK(route.filter.query == std::string(197, 'a'));
    const std::string canonical = FormatRoute(route);
    CHECK(FormatRoute(ParseRoute(canonical)) == canonical);
}
