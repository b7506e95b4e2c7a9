// Publication queries: every facet, combinations, live counts, search normalisation, sorting, ranges.
#include <doctest/doctest.h>

#include <algorithm>

#include "core/load.h"
#include "core/query.h"
#include "core/search.h"

using namespace portfolio;

namespace {

const Profile& Bundled() {
    static const Profile profile = LoadProfileFromFile(std::string(PORTFOLIO_DATA_DIR) + "/profile.json").profile;
    return profile;
}

std::vector<std::string> Ids(const Profile& p, const QueryResult& r) {
    std::vector<std::string> ids;
    for (std::size_t i : r.visible) ids.push_back(p.publications[i].id);
    return ids;
}

std::size_t CountOf(const QueryResult& r, Facet f, const std::string& value) {
    for (const FacetValue& v : r.facets[static_cast<std::size_t>(f)])
        if (v.value == value) return v.count;
    return 9999;
}

// A small profile written for these tests: accents, tags, projects, several years and venues.
Profile Synthetic() {
    return LoadProfileFromText(R"({
      "basics": {"name": "Ada Müller"},
      "topics": [{"id": "sys", "name": "Systems"}, {"id": "ml", "name": "Learning"}],
      "projects": [{"id": "engine", "name": "Engine"}],
      "publications": [
        {"id": "a", "name": "Zeta scheduling on GPUs", "publisher": "MLSys 2023", "venueKind": "conference", "releaseDate": "2023-06",
         "authors": ["Ada Müller", "Bo Chen"], "topics": ["sys"], "tags": ["gpu"], "projects": ["engine"]},
        {"id": "b", "name": "Alpha memory tricks", "publisher": "arXiv", "venueKind": "preprint", "releaseDate": "2024-02",
         "authors": [{"name": "Bo Chen", "equalContribution": true}, {"name": "Ada Müller", "equalContribution": true}], "topics": ["sys", "ml"], "tags": ["memory"]},
        {"id": "c", "name": "Beta learning of Çelik graphs", "publisher": "ICLR 2024", "venueKind": "conference", "releaseDate": "2024-05",
         "authors": ["Cem Çelik", "Ada Müller"], "topics": ["ml"], "summary": "We study **sparse** attention.", "tags": ["gpu", "graphs"]},
        {"id": "d", "name": "Undated note", "authors": ["Ada Muller"]}
      ]})").profile;
}

}  // namespace

TEST_CASE("search folds case and accents, and every word must match") {
    CHECK(FoldForSearch("Müller ÇELİK Straße Øre Ångström") == "muller celik strasse ore angstrom");
    CHECK(FoldForSearch("ΑΒΓ Дом") == "αβγ дом");
    CHECK(QueryWords("  Pyramid   ATTENTION ") == std::vector<std::string>{"pyramid", "attention"});

    const Profile p = Synthetic();
    const PublicationIndex index(p);
    PublicationFilter f;
    f.query = "muller";  // matches "Müller" and "Muller"
    CHECK(RunQuery(index, f).visible.size() == 4);
    f.query = "celik graphs";
    CHECK(Ids(p, RunQuery(index, f)) == std::vector<std::string>{"c"});
    f.query = "CELIK nothing";
    CHECK(RunQuery(index, f).visible.empty());
    f.query = "sparse";  // the abstract is searched, without its markup
    CHECK(Ids(p, RunQuery(index, f)) == std::vector<std::string>{"c"});
    f.query = "iclr";  // venue
    CHECK(Ids(p, RunQuery(index, f)) == std::vector<std::string>{"c"});
    f.query = "memory";  // title and tag
    CHECK(Ids(p, RunQuery(index, f)) == std::vector<std::string>{"b"});
}

TEST_CASE("match ranges point at the original text, accents included") {
    const std::string text = "Cem Çelik and Ada Müller";
    const auto ranges = FindMatches(text, QueryWords("celik muller"));
    REQUIRE(ranges.size() == 2);
    CHECK(text.substr(ranges[0].first, ranges[0].second - ranges[0].first) == "Çelik");
    CHECK(text.substr(ranges[1].first, ranges[1].second - ranges[1].first) == "Müller");
    const std::string street = "Straße";
    const auto ss = FindMatches(street, QueryWords("strasse"));
    REQUIRE(ss.size() == 1);
    CHECK(street.substr(ss[0].first, ss[0].second - ss[0].first) == "Straße");
}

TEST_CASE("each facet filters on its own") {
    const Profile p = Synthetic();
    const PublicationIndex index(p);
    auto only = [&](Facet facet, std::string value) {
        PublicationFilter f;
        f.Values(facet).insert(std::move(value));
        f.sort = SortOrder::Title;
        return Ids(p, RunQuery(index, f));
    };
    CHECK(only(Facet::Topic, "ml") == std::vector<std::string>{"b", "c"});
    CHECK(only(Facet::Year, "2024") == std::vector<std::string>{"b", "c"});
    CHECK(only(Facet::Venue, "ICLR") == std::vector<std::string>{"c"});
    CHECK(only(Facet::Venue, "MLSys") == std::vector<std::string>{"a"});
    CHECK(only(Facet::Kind, "preprint") == std::vector<std::string>{"b"});
    CHECK(only(Facet::Role, "first-author") == std::vector<std::string>{"b", "d", "a"});  // b: equal first; d: "Muller"
    CHECK(only(Facet::Role, "equal-contribution") == std::vector<std::string>{"b"});
    CHECK(only(Facet::Project, "engine") == std::vector<std::string>{"a"});
    CHECK(only(Facet::Tag, "gpu") == std::vector<std::string>{"c", "a"});
}

TEST_CASE("facets combine: AND across facets, OR within one; counts reflect the other filters") {
    const Profile p = Synthetic();
    const PublicationIndex index(p);
    PublicationFilter f;
    f.Values(Facet::Topic) = {"sys", "ml"};  // OR
    CHECK(RunQuery(index, f).visible.size() == 3);
    f.Values(Facet::Year) = {"2024"};        // AND
    const QueryResult r = RunQuery(index, f);
    CHECK(r.visible.size() == 2);
    // Topic counts ignore the topic filter itself but respect the year: sys has b, ml has b and c.
    CHECK(CountOf(r, Facet::Topic, "sys") == 1);
    CHECK(CountOf(r, Facet::Topic, "ml") == 2);
    // Year counts ignore the year filter but respect the topics: 2023 has a, 2024 has b and c.
    CHECK(CountOf(r, Facet::Year, "2023") == 1);
    CHECK(CountOf(r, Facet::Year, "2024") == 2);
    // Other facets count within the full selection.
    CHECK(CountOf(r, Facet::Venue, "ICLR") == 1);
    CHECK(CountOf(r, Facet::Venue, "MLSys") == 0);
    for (const FacetValue& v : r.facets[static_cast<std::size_t>(Facet::Year)]) CHECK(v.active == (v.value == "2024"));
    f.ClearFilters();
    CHECK_FALSE(f.Active());
    CHECK(RunQuery(index, f).visible.size() == 4);
}

TEST_CASE("sorting: newest first by default, oldest, title, topic; undated last") {
    const Profile p = Synthetic();
    const PublicationIndex index(p);
    PublicationFilter f;
    CHECK(Ids(p, RunQuery(index, f)) == std::vector<std::string>{"c", "b", "a", "d"});
    f.sort = SortOrder::Oldest;
    CHECK(Ids(p, RunQuery(index, f)) == std::vector<std::string>{"a", "b", "c", "d"});
    f.sort = SortOrder::Title;
    CHECK(Ids(p, RunQuery(index, f)) == std::vector<std::string>{"b", "c", "d", "a"});
    f.sort = SortOrder::Topic;
    CHECK(Ids(p, RunQuery(index, f)) == std::vector<std::string>{"b", "a", "c", "d"});
}

TEST_CASE("a date range keeps what falls inside, inclusive, and leaves undated publications out") {
    const Profile p = Synthetic();
    const PublicationIndex index(p);
    PublicationFilter f;
    f.from_month = MonthKey(Date{2024, 1, 0});
    CHECK(Ids(p, RunQuery(index, f)) == std::vector<std::string>{"c", "b"});
    f.to_month = MonthKey(Date{2024, 2, 0});
    const QueryResult r = RunQuery(index, f);
    CHECK(Ids(p, r) == std::vector<std::string>{"b"});
    CHECK(r.matches == std::vector<bool>{false, true, false, false});
    CHECK(index.MinMonth() == MonthKey(Date{2023, 6, 0}));
    CHECK(index.MaxMonth() == MonthKey(Date{2024, 5, 0}));
}

TEST_CASE("the bundled profile: topics, venues and the owner's roles") {
    const PublicationIndex index(Bundled());
    PublicationFilter f;
    f.Values(Facet::Topic) = {"video"};
    CHECK(RunQuery(index, f).visible.size() == 2);
    f.Values(Facet::Topic).clear();
    f.Values(Facet::Role) = {"first-author"};
    CHECK(RunQuery(index, f).visible.size() == 4);  // all but FastFold
    CHECK(VenueName("ICLR 2024") == "ICLR");
    CHECK(VenueName("NeurIPS'23") == "NeurIPS");
    CHECK(VenueName("arXiv") == "arXiv");
    CHECK(VenueName("Web3 Conf") == "Web3 Conf");
}

TEST_CASE("projects and publications know each other") {
    const Profile& p = Bundled();
    const auto videosys = p.PublicationsOfProject("videosys");
    REQUIRE(videosys.size() == 2);
    CHECK(p.publications[videosys[0]].id == "pab");
    CHECK(p.publications[videosys[1]].id == "dsp");
    CHECK(p.PublicationsOfProject("colossalai").size() == 1);
    CHECK(p.PublicationsOfProject("nothing").empty());
    // The project facet lists the same publications.
    const PublicationIndex index(p);
    PublicationFilter f;
    f.Values(Facet::Project) = {"videosys"};
    CHECK(Ids(p, RunQuery(index, f)) == std::vector<std::string>{"pab", "dsp"});
}
