// Loading profiles: the bundled profile in full, a plain JSON Resume, and malformed input of every kind.
// Malformed profiles must give a clear message with a JSONPath and line:column, and never throw or abort.
#include <doctest/doctest.h>

#include <filesystem>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "core/load.h"
#include "common/malformed_cases.h"
#include "common/hostile_load.h"

using namespace portfolio;

namespace {

const std::string kData = PORTFOLIO_DATA_DIR;
const std::string kFixtures = PORTFOLIO_FIXTURES_DIR;

const Diagnostic* Find(const LoadResult& r, std::string_view path) {
    const auto it = std::find_if(r.diagnostics.begin(), r.diagnostics.end(), [&](const Diagnostic& d) { return d.path == path; });
    return it == r.diagnostics.end() ? nullptr : &*it;
}

std::string All(const LoadResult& r) {
    std::string out;
    for (const Diagnostic& d : r.diagnostics) out += d.ToString() + "\n";
    return out;
}

}  // namespace

TEST_CASE("the bundled profile loads completely and without diagnostics") {
    const LoadResult r = LoadProfileFromFile(kData + "/profile.json");
    INFO(All(r));
    REQUIRE(r.document_ok);
    CHECK(r.diagnostics.empty());
    const Profile& p = r.profile;

    SUBCASE("basics and contact facts") {
        CHECK(p.basics.name == "Xuanlei Zhao");
        CHECK(p.basics.email == "xuanlei@u.nus.edu");
        CHECK(p.basics.url == "https://oahzxl.github.io");
        CHECK(p.basics.timezone == "Asia/Singapore");
        CHECK(p.basics.utc_offset == "+08:00");
        REQUIRE(p.basics.affiliation);
        CHECK(p.basics.affiliation->name == "National University of Singapore");
        REQUIRE(p.basics.advisors.size() == 1);
        CHECK(p.basics.advisors[0].name == "Yang You");
        CHECK(p.basics.advisors[0].url == "https://www.comp.nus.edu.sg/~youy/");
        CHECK(p.basics.location.city == "Singapore");
        CHECK(p.basics.summary.find("[Colossal-AI](https://github.com/hpcaitech/ColossalAI)") != std::string::npos);
        std::vector<std::string> networks;
        for (const auto& sp : p.basics.profiles) networks.push_back(sp.network);
        CHECK(std::count(networks.begin(), networks.end(), "Google Scholar") == 1);
        CHECK(std::count(networks.begin(), networks.end(), "GitHub") == 1);
        CHECK(std::count(networks.begin(), networks.end(), "Twitter") == 1);
    }
    SUBCASE("topics and publications, with authors, marks, badges and links") {
        REQUIRE(p.topics.size() == 3);
        CHECK(p.topics[0].name == "System for Video Models");
        CHECK(p.topics[1].name == "System with Low Memory Cost");
        CHECK(p.topics[2].name == "System for Machine Learning & Science");
        REQUIRE(p.publications.size() == 5);  // PAB appears twice in the seed: one publication
        const Publication& pab = p.publications[0];
        CHECK(pab.name == "Real-Time Video Generation with Pyramid Attention Broadcast");
        CHECK(pab.publisher == "arXiv");
        CHECK(pab.venue_kind == VenueKind::Preprint);
        CHECK(pab.release_date == Date{2024, 8, 0});
        REQUIRE(pab.authors.size() == 4);
        CHECK(pab.authors[0].is_owner);
        CHECK(pab.authors[0].equal_contribution);
        CHECK(pab.authors[2].name == "Kai Wang");
        CHECK(pab.authors[2].equal_contribution);
        CHECK_FALSE(pab.authors[3].equal_contribution);
        CHECK(pab.OwnerIsFirstAuthor());
        CHECK(pab.OwnerHasEqualContribution());
        CHECK(pab.badges == std::vector<std::string>{"First Author"});
        REQUIRE(pab.links.size() == 3);
        CHECK(pab.links[0].type == "paper");
        CHECK(pab.links[0].url == "https://arxiv.org/abs/2408.12588");
        CHECK(pab.links[2].type == "blog");
        CHECK(pab.links[2].url == "https://oahzxl.github.io/PAB/");
        CHECK(pab.topics == std::vector<std::string>{"video"});

        const Publication& fastfold = p.publications[4];
        CHECK(fastfold.name == "FastFold: Optimizing AlphaFold Training and Inference on GPU Clusters");
        CHECK(fastfold.publisher == "PPoPP 2024");
        CHECK(fastfold.authors.size() == 9);
        CHECK_FALSE(fastfold.authors[0].is_owner);
        CHECK(fastfold.authors[1].is_owner);
        CHECK_FALSE(fastfold.OwnerIsFirstAuthor());
        CHECK(fastfold.links[0].url == "https://dl.acm.org/doi/10.1145/3627535.3638465");

        int iclr = 0, mlsys = 0;
        for (const Publication& pub : p.publications) {
            iclr += pub.publisher == "ICLR 2024";
            mlsys += pub.publisher == "MLSys 2024";
            CHECK_FALSE(pub.links.empty());
            CHECK(pub.release_date.year == 2024);
        }
        CHECK(iclr == 1);
        CHECK(mlsys == 1);
    }
    SUBCASE("projects, experience and education") {
        REQUIRE(p.projects.size() == 2);
        CHECK(p.projects[0].name == "VideoSys");
        CHECK(p.projects[0].roles == std::vector<std::string>{"Project lead"});
        CHECK(p.projects[1].name == "Colossal-AI");
        CHECK(p.projects[1].stars == "38k");
        CHECK(p.projects[1].highlights.size() >= 1);
        CHECK(p.projects[1].highlights[0].find("anked 5th") != std::string::npos);
        REQUIRE(p.work.size() == 1);
        CHECK(p.work[0].name == "Colossal-AI");
        CHECK(p.work[0].hosts.size() == 2);
        CHECK(p.work[0].features == std::vector<std::string>{"ZeRO", "TP", "PP", "compiler", "MoE"});
        CHECK(p.work[0].start_date == Date{2023, 6, 0});
        CHECK(p.work[0].end_date == Date{2023, 12, 0});
        REQUIRE(p.education.size() == 3);
        CHECK(p.education[0].study_type == "Ph.D.");
        CHECK_FALSE(p.education[0].end_date.IsSet());  // "now"
        CHECK(p.education[2].institution == "Huazhong University of Science and Technology");
        CHECK(p.education[2].supervisors.at(0).name == "Xinggang Wang");
    }
    SUBCASE("availability: the 2025 internship has an end date, the collaboration invitation is open") {
        REQUIRE(p.availability.size() == 2);
        CHECK(p.availability[0].kind == AvailabilityKind::Internship);
        CHECK(p.availability[0].end_date.year == 2025);
        CHECK(p.availability[1].kind == AvailabilityKind::Collaboration);
        CHECK_FALSE(p.availability[1].end_date.IsSet());
    }
}

TEST_CASE("a plain JSON Resume file loads") {
    const LoadResult r = LoadProfileFromFile(kFixtures + "/resume.json");
    INFO(All(r));
    REQUIRE(r.document_ok);
    CHECK(r.ErrorCount() == 0);
    CHECK_FALSE(r.profile.basics.name.empty());
    CHECK_FALSE(r.profile.work.empty());
    CHECK_FALSE(r.profile.education.empty());
    CHECK_FALSE(r.profile.publications.empty());
    CHECK(r.profile.topics.empty());
}

TEST_CASE("malformed profiles give a clear message with path and line:column, and keep what is valid") {
    for (const test::MalformedCase& c : test::kMalformedCases) {
        INFO("file: " << std::string(c.file));
        const LoadResult r = LoadProfileFromFile(kFixtures + "/malformed/" + c.file);
        INFO(All(r));
        REQUIRE_FALSE(r.diagnostics.empty());
        const Diagnostic* d = Find(r, c.path);
        REQUIRE(d != nullptr);
        CHECK(d->line == c.line);
        CHECK(d->column == c.column);
        CHECK(d->message.find(c.message) != std::string::npos);
        CHECK(r.document_ok == c.renders_rest);
    }
}

TEST_CASE("every hostile profile gives its expected outcome: shown, shown with the problem named at its path and line, or refused with one clear error") {
    for (const test::HostileCase& c : test::kHostileCases) {
        INFO("case: " << std::string(c.name));
        const LoadResult r = test::LoadHostile(c, kFixtures);
        INFO(All(r));
        switch (c.outcome) {
            case test::Outcome::Shown:
                CHECK(r.document_ok);
                CHECK(r.diagnostics.empty());
                break;
            case test::Outcome::ShownWithProblem:
                CHECK(r.document_ok);
                break;
            case test::Outcome::NotShown:
                CHECK_FALSE(r.document_ok);
                CHECK(r.diagnostics.size() == 1);
                CHECK(r.profile.basics.name.empty());
                break;
        }
        if (c.path) {
            const Diagnostic* d = Find(r, c.path);
            REQUIRE(d != nullptr);
            CHECK(d->message.find(c.message) != std::string::npos);
            CHECK(d->line >= 1);  // every problem has its place in the text
            CHECK(d->column >= 1);
            CHECK(d->file.rfind(r.file, 0) == 0);  // the profile, or its inline BibTeX ("h.json ($.bibliography.bibtex)")
        }
        if (c.name_shown) CHECK(r.profile.basics.name == c.name_shown);
    }
}

TEST_CASE("a refused link inside markup is reported at its field, in summaries and in each highlight") {
    const LoadResult r = LoadProfileFromText(R"json({"basics": {"name": "Ada"},
  "projects": [{"name": "Engine", "highlights": ["fine", "see [this](javascript:alert(1))"]}]})json");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].path == "$.projects[0].highlights[1]");
    CHECK(r.diagnostics[0].message.find("the link \"javascript:alert(1)\" in the text is shown as plain text") != std::string::npos);
    CHECK(r.diagnostics[0].line == 2);
    REQUIRE(r.profile.projects.size() == 1);
    CHECK(r.profile.projects[0].highlights.size() == 2);  // kept, drawn with the link as text
}

TEST_CASE("what is valid next to an error is kept") {
    SUBCASE("a publication without title is dropped, its neighbour stays") {
        const LoadResult r = LoadProfileFromFile(kFixtures + "/malformed/publication-missing-title.json");
        REQUIRE(r.profile.publications.size() == 1);
        CHECK(r.profile.publications[0].name == "Good paper");
    }
    SUBCASE("a refused link is dropped, the name stays") {
        const LoadResult r = LoadProfileFromFile(kFixtures + "/malformed/bad-url-javascript.json");
        CHECK(r.profile.basics.name == "Ada");
        CHECK(r.profile.basics.url.empty());
    }
    SUBCASE("valid authors stay, wrong ones are reported one by one") {
        const LoadResult r = LoadProfileFromFile(kFixtures + "/malformed/authors-wrong-types.json");
        REQUIRE(r.profile.publications.size() == 1);
        CHECK(r.profile.publications[0].authors.size() == 1);
        CHECK(Find(r, "$.publications[0].authors[2].name") != nullptr);
    }
    SUBCASE("an undeclared topic is added under its id, with a warning; a bad colour falls back") {
        const LoadResult r = LoadProfileFromFile(kFixtures + "/malformed/unknown-topic-and-colour.json");
        CHECK(r.profile.topics.size() == 2);
        CHECK(r.profile.topics[1].id == "looms");
        CHECK(r.profile.topics[0].color.empty());
        const Diagnostic* d = Find(r, "$.publications[0].topics[1]");
        REQUIRE(d);
        CHECK(d->severity == Severity::Warning);
    }
    SUBCASE("a huge string is cut on a character boundary and the rest loads") {
        const LoadResult r = LoadProfileFromFile(kFixtures + "/malformed/huge-string.json");
        CHECK(r.profile.basics.summary.size() == 65536);
        CHECK(r.ErrorCount() == 0);
    }
    SUBCASE("an unknown venue kind is a warning, and the link without url is skipped") {
        const LoadResult r = LoadProfileFromFile(kFixtures + "/malformed/enum-and-link-missing-url.json");
        REQUIRE(r.profile.publications.size() == 1);
        CHECK(r.profile.publications[0].venue_kind == VenueKind::Unknown);
        CHECK(r.profile.publications[0].links.empty());
        const Diagnostic* d = Find(r, "$.publications[0].venueKind");
        REQUIRE(d);
        CHECK(d->message.find("unknown value \"blog post\"") != std::string::npos);
    }
    SUBCASE("entries of the wrong shape are skipped and date order is checked") {
        const LoadResult r = LoadProfileFromFile(kFixtures + "/malformed/entries-wrong-shape.json");
        CHECK(r.profile.work.size() == 1);
        CHECK(r.profile.education.empty());
        CHECK(Find(r, "$.work[1].endDate") != nullptr);
        CHECK(Find(r, "$.education[0].institution") != nullptr);
    }
}

TEST_CASE("unknown fields are ignored without complaint") {
    const LoadResult r = LoadProfileFromText(R"({"basics": {"name": "Ada", "nickname": "Countess"}, "awards": [{"title": "x"}], "x-custom": 1})");
    CHECK(r.document_ok);
    CHECK(r.diagnostics.empty());
}

TEST_CASE("loading never throws, whatever the bytes") {
    // Every prefix of a real profile, and byte flips, must come back as a result.
    const std::string text = R"({"basics":{"name":"Ada","url":"https://a.org"},"publications":[{"name":"N","authors":["Ada",{"name":"B","equalContribution":true}],"releaseDate":"1843-09"}]})";
    for (std::size_t n = 0; n <= text.size(); ++n) {
        CAPTURE(n);
        const LoadResult r = LoadProfileFromText(std::string_view(text).substr(0, n));
        CHECK((n == text.size()) == r.diagnostics.empty());
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        std::string flipped = text;
        flipped[i] = static_cast<char>(flipped[i] ^ 0x5A);
        CHECK_NOTHROW((void)LoadProfileFromText(flipped));
    }
}

TEST_CASE("a missing file is reported without a position") {
    const LoadResult r = LoadProfileFromFile(kFixtures + "/does-not-exist.json");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].line == 0);
    CHECK(r.diagnostics[0].message.find("cannot open profile file") != std::string::npos);
    CHECK(r.diagnostics[0].ToString().rfind("$: cannot open", 0) == 0);
}

TEST_CASE("every diagnostic names the file it is about") {
    SUBCASE("a file on disk: its path, for the profile's own problems and for its images") {
        const std::string path = kFixtures + "/malformed/bad-email.json";
        const LoadResult r = LoadProfileFromFile(path);
        CHECK(r.file == path);
        REQUIRE_FALSE(r.diagnostics.empty());
        for (const Diagnostic& d : r.diagnostics) CHECK(d.file == path);
    }
    SUBCASE("text: the name it was given") {
        const LoadResult r = LoadProfileFromText(R"({"basics": {"name": "Ada", "url": "ftp://x"}, "publications": 3})", "dropped.json");
        REQUIRE(r.diagnostics.size() == 2);
        for (const Diagnostic& d : r.diagnostics) CHECK(d.file == "dropped.json");
        CHECK(LoadProfileFromText("{").diagnostics.at(0).file == "profile.json");
    }
    SUBCASE("a file that cannot be opened") {
        const LoadResult r = LoadProfileFromFile("/nonexistent/profile.json");
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].file == "/nonexistent/profile.json");
    }
}

TEST_CASE("every limit: a profile at the limit loads cleanly, one just past it gets a clear message") {
    const LoadLimits defaults;
    SUBCASE("document size: 16 MB") {
        CHECK(defaults.max_bytes == 16u << 20);
        std::string at = R"({"basics": {"name": "Ada"}})";
        at.append(defaults.max_bytes - at.size(), ' ');
        CHECK(LoadProfileFromText(at).diagnostics.empty());
        const LoadResult past = LoadProfileFromText(at + " ");
        REQUIRE(past.diagnostics.size() == 1);
        CHECK(past.diagnostics[0].message == "profile is 16777217 bytes; the limit is 16777216 bytes");
        CHECK_FALSE(past.document_ok);
    }
    SUBCASE("nesting depth: 64 levels") {
        CHECK(defaults.max_depth == 64);
        const auto nested = [](int depth) {  // the root object and basics count as two levels
            return R"({"basics": {"name": "Ada"}, "meta": )" + std::string(static_cast<std::size_t>(depth - 1), '[') +
                   std::string(static_cast<std::size_t>(depth - 1), ']') + "}";
        };
        CHECK(LoadProfileFromText(nested(64)).document_ok);
        const LoadResult past = LoadProfileFromText(nested(65));
        REQUIRE(past.diagnostics.size() == 1);
        CHECK(past.diagnostics[0].message.find("nesting deeper than 64 levels") != std::string::npos);
        CHECK(past.diagnostics[0].line == 1);
        CHECK(past.diagnostics[0].column == 36 + 64);  // at the bracket that opens level 65
    }
    SUBCASE("string length: 64 KB") {
        CHECK(defaults.max_string_bytes == 64u << 10);
        const auto with_bio = [](std::size_t n) { return R"({"basics": {"name": "Ada", "summary": ")" + std::string(n, 'x') + "\"}}"; };
        const LoadResult at = LoadProfileFromText(with_bio(defaults.max_string_bytes));
        CHECK(at.diagnostics.empty());
        CHECK(at.profile.basics.summary.size() == defaults.max_string_bytes);
        const LoadResult past = LoadProfileFromText(with_bio(defaults.max_string_bytes + 1));
        REQUIRE(past.diagnostics.size() == 1);
        CHECK(past.diagnostics[0].path == "$.basics.summary");
        CHECK(past.diagnostics[0].message == "text is 65537 bytes long; cut to 65536 bytes (limit 65536)");
        CHECK(past.profile.basics.summary.size() == defaults.max_string_bytes);
    }
    SUBCASE("entries in a list: 50,000") {
        CHECK(defaults.max_items == 50000);
        const auto with_tags = [](std::size_t n) {
            std::string tags;
            for (std::size_t i = 0; i < n; ++i) tags += i ? ",\"t\"" : "\"t\"";
            return R"({"basics": {"name": "Ada"}, "publications": [{"name": "P", "tags": [)" + tags + "]}]}";
        };
        const LoadResult at = LoadProfileFromText(with_tags(defaults.max_items));
        CHECK(at.diagnostics.empty());
        REQUIRE(at.profile.publications.size() == 1);
        CHECK(at.profile.publications[0].tags.size() == defaults.max_items);
        const LoadResult past = LoadProfileFromText(with_tags(defaults.max_items + 1));
        REQUIRE(past.diagnostics.size() == 1);
        CHECK(past.diagnostics[0].path == "$.publications[0].tags");
        CHECK(past.diagnostics[0].message == "list has 50001 entries; only the first 50000 are read");
        CHECK(past.profile.publications[0].tags.size() == defaults.max_items);
    }
}

TEST_CASE("a bibliography file named by the profile adds its entries after the JSON publications") {
    const LoadResult r = LoadProfileFromFile(std::string(PORTFOLIO_TEST_DATA_DIR) + "/bib/profile-with-bib.json");
    INFO(All(r));
    REQUIRE(r.profile.publications.size() == 4);
    const auto& pubs = r.profile.publications;
    CHECK(pubs[0].name == "A publication written in the JSON");
    CHECK(pubs[1].id == "you2019large");
    CHECK(pubs[3].id == "you2020fast-2");  // the .bib key collides with the JSON id: renamed, and said
    REQUIRE(Find(r, "$.publications[3].id"));
    CHECK(pubs[0].authors[0].is_owner);  // "Y. You" is the owner, Yang You
    CHECK(pubs[1].authors[0].is_owner);  // "You, Yang" in the .bib
    CHECK_FALSE(pubs[1].authors[1].is_owner);
    CHECK(pubs[2].authors[3].is_owner);
    // The .bib is a companion file: the desktop watches it with the profile.
    REQUIRE(r.companion_files.size() == 1);
    CHECK(std::filesystem::path(r.companion_files[0]).filename() == "scholar.bib");
}

TEST_CASE("a .bib on disk replaces the publications of the profile on screen; an unreadable one is refused") {
    const LoadResult base = LoadProfileFromText(R"({"basics": {"name": "Yang You"}, "publications": [{"name": "Old"}]})");
    const std::string path = std::string(PORTFOLIO_TEST_DATA_DIR) + "/bib/scholar.bib";
    const LoadResult shown = ApplyBibtexFromFile(base.profile, path);
    CHECK(shown.document_ok);
    CHECK(shown.profile.basics.name == "Yang You");
    REQUIRE_FALSE(shown.profile.publications.empty());
    CHECK(shown.profile.publications[0].name != "Old");
    const LoadResult missing = ApplyBibtexFromFile(base.profile, path + ".gone");
    CHECK_FALSE(missing.document_ok);
    REQUIRE(missing.diagnostics.size() == 1);
    CHECK(missing.diagnostics[0].message == "cannot open bibliography file \"" + path + ".gone\"");
    CHECK(missing.profile.publications.at(0).name == "Old");
}

TEST_CASE("a bibliography's problems name the .bib file and its line:column, after the profile's own") {
    const std::string profile = "{\"basics\": {\"name\": \"Ada\"},\n \"publications\": [{\"name\": \"\"}],\n \"bibliography\": \"refs.bib\"}";
    std::string asked;
    const TextFileReader reader = [&](const std::string& name) -> std::optional<std::string> {
        asked = name;
        return std::string("@misc{ok, title = {Fine}}\n@misc{bad,\n  title {X}\n}\n");
    };
    const LoadResult r = LoadProfileFromText(profile, "p.json", {}, reader);
    CHECK(asked == "refs.bib");
    REQUIRE(r.profile.publications.size() == 1);
    CHECK(r.profile.publications[0].name == "Fine");
    REQUIRE(r.diagnostics.size() >= 2);
    CHECK(r.diagnostics.front().file == "p.json");
    const Diagnostic& bib = r.diagnostics.back();
    CHECK(bib.file == "refs.bib");
    CHECK(bib.path == "@misc{bad}");
    CHECK(bib.line == 3);
    CHECK(bib.column == 9);
}

TEST_CASE("an inline bibliography is read from the profile's text") {
    const LoadResult r = LoadProfileFromText(
        R"({"basics": {"name": "Ada Lovelace"}, "bibliography": {"bibtex": "@article{n, title={Notes}, author={Lovelace, Ada}, journal={Memoirs}, year=1843, month=sep}\n@misc{x,\n title=\"open\n}"}})",
        "ada.json");
    REQUIRE(r.profile.publications.size() == 1);
    const Publication& notes = r.profile.publications[0];
    CHECK(notes.name == "Notes");
    CHECK(notes.release_date == Date{1843, 9, 0});
    CHECK(notes.authors[0].is_owner);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].file == "ada.json ($.bibliography.bibtex)");
    CHECK(r.diagnostics[0].line == 3);
}

TEST_CASE("a bibliography that cannot be used is an error at $.bibliography") {
    SUBCASE("a file name without a way to read files (a profile given as text)") {
        const LoadResult r = LoadProfileFromText("{\"basics\": {\"name\": \"A\"},\n \"bibliography\": \"refs.bib\"}");
        const Diagnostic* d = Find(r, "$.bibliography");
        REQUIRE(d);
        CHECK(d->line == 2);
        CHECK(d->message.find("cannot read the bibliography file \"refs.bib\"") != std::string::npos);
    }
    SUBCASE("a file that is not there") {
        const LoadResult r = LoadProfileFromText(R"({"basics": {"name": "A"}, "bibliography": "gone.bib"})", "p.json", {},
                                                 [](const std::string&) { return std::optional<std::string>(); });
        REQUIRE(Find(r, "$.bibliography"));
        CHECK(Find(r, "$.bibliography")->message.find("next to the profile") != std::string::npos);
    }
    SUBCASE("an absolute path") {
        bool read = false;
        const LoadResult r = LoadProfileFromText(R"({"basics": {"name": "A"}, "bibliography": "/etc/refs.bib"})", "p.json", {},
                                                 [&](const std::string&) { read = true; return std::optional<std::string>(""); });
        CHECK_FALSE(read);
        REQUIRE(Find(r, "$.bibliography"));
        CHECK(Find(r, "$.bibliography")->message.find("absolute path") != std::string::npos);
    }
    SUBCASE("a value of another type") {
        const LoadResult r = LoadProfileFromText(R"({"basics": {"name": "A"}, "bibliography": 3})");
        REQUIRE(Find(r, "$.bibliography"));
        const LoadResult o = LoadProfileFromText(R"({"basics": {"name": "A"}, "bibliography": {"bibtex": 3}})");
        REQUIRE(Find(o, "$.bibliography.bibtex"));
    }
}

TEST_CASE("a .bib opened alone replaces the publications of the profile on screen") {
    const LoadResult shown = LoadProfileFromText(
        R"({"basics": {"name": "Yang You"}, "aliases": ["YOU Yang"], "publications": [{"name": "Old one"}, {"name": "Old two"}]})");
    REQUIRE(shown.profile.publications.size() == 2);
    const LoadResult r = ApplyBibtexFile(shown.profile, "@misc{a, title={New}, author={Yang, You and Ann Lee}}\n@misc{b}\n", "new.bib");
    CHECK(r.document_ok);
    CHECK(r.file == "new.bib");
    CHECK(r.profile.basics.name == "Yang You");
    REQUIRE(r.profile.publications.size() == 1);
    CHECK(r.profile.publications[0].name == "New");
    CHECK(r.profile.publications[0].authors[0].name == "You Yang");
    CHECK(r.profile.publications[0].authors[0].is_owner);  // family name first: still the owner
    CHECK_FALSE(r.profile.publications[0].authors[1].is_owner);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].file == "new.bib");
    CHECK(r.diagnostics[0].line == 2);
}

TEST_CASE("a hostile inline bibliography keeps its good entries and names its problems in the BibTeX") {
    const LoadResult r = LoadProfileFromText(test::HostileBibliography(), "h.json");
    INFO(All(r));
    CHECK(r.document_ok);
    std::vector<std::string> titles;
    for (const Publication& p : r.profile.publications) titles.push_back(p.name);
    CHECK(titles == std::vector<std::string>{"Click", "Many", "Still Here"});
    CHECK(r.profile.publications[0].url.empty());
    CHECK(r.profile.publications[1].authors.size() == 4000);
    CHECK(r.profile.publications[2].authors[0].is_owner);
    REQUIRE(r.diagnostics.size() == 3);  // too deep, never closed, javascript: refused
    for (const Diagnostic& d : r.diagnostics) {
        CHECK(d.file == "h.json ($.bibliography.bibtex)");
        CHECK(d.line >= 1);
    }
    CHECK(r.diagnostics[0].message.find("nested more than 64 deep") != std::string::npos);
    CHECK(r.diagnostics[1].path == "@misc{open}");
    CHECK(r.diagnostics[2].line == 3);
}

TEST_CASE("load: ids are unique: a repeated id is renamed and said, titles with no letters get item, item-2") {
    const LoadResult r = LoadProfileFromText(R"({"basics": {"name": "Ada"}, "publications": [
        {"name": "!!!"}, {"name": "???"}, {"name": "A paper", "id": "p"}, {"name": "Another", "id": "p"}, {"name": "p"}]})");
    REQUIRE(r.profile.publications.size() == 5);
    CHECK(r.profile.publications[0].id == "item");
    CHECK(r.profile.publications[1].id == "item-2");
    CHECK(r.profile.publications[2].id == "p");
    CHECK(r.profile.publications[3].id == "p-2");
    CHECK(r.profile.publications[4].id == "p-3");  // its title's slug, taken twice already
    const Diagnostic* d = Find(r, "$.publications[3].id");
    REQUIRE(d != nullptr);
    CHECK(d->message == "duplicate publication id \"p\"; renamed");
    CHECK(Find(r, "$.publications[4].id") == nullptr);  // no id written: nothing to say
}

TEST_CASE("load: control characters are removed from texts wherever they are; line breaks and tabs are kept") {
    const std::string plain = "abcdefghijklmnopqrstuvwxyz";
    for (const char* control : {"\\u0000", "\\u0007", "\\u001f", "\\u007f", "\\r"}) {
        for (std::size_t at = 0; at <= plain.size(); at += 3) {
            const std::string name = plain.substr(0, at) + control + plain.substr(at);
            const LoadResult r = LoadProfileFromText(R"({"basics": {"name": "Ada", "label": ")" + name + R"("}})");
            CAPTURE(name);
            CHECK(r.profile.basics.label == plain);
            const Diagnostic* d = Find(r, "$.basics.label");
            REQUIRE(d != nullptr);
            CHECK(d->message == "control characters (such as NUL or BEL) removed from the text; line breaks and tabs are kept");
        }
    }
    const LoadResult kept = LoadProfileFromText(R"({"basics": {"name": "Ada", "label": "one\ttwo\nthree and a long tail \u00e9t\u00e9"}})");
    CHECK(kept.profile.basics.label == "one\ttwo\nthree and a long tail \xC3\xA9t\xC3\xA9");
    CHECK(Find(kept, "$.basics.label") == nullptr);
}
