// JSON Resume files as people have them: the official sample, a basics-only one, one with every section,
// a messy one, and older (0.0.x) field names, each read with no error and the values a reader expects.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "core/dates.h"
#include "core/load.h"

using namespace portfolio;

namespace {

const std::string kResumes = std::string(PORTFOLIO_TEST_DATA_DIR) + "/resume/";

std::string All(const LoadResult& r) {
    std::string out;
    for (const Diagnostic& d : r.diagnostics) out += std::string(SeverityName(d.severity)) + " " + d.ToString() + "\n";
    return out;
}

std::size_t Count(const LoadResult& r, Severity severity) {
    return static_cast<std::size_t>(std::count_if(r.diagnostics.begin(), r.diagnostics.end(), [&](const Diagnostic& d) { return d.severity == severity; }));
}

const Diagnostic* At(const LoadResult& r, std::string_view path) {
    const auto it = std::find_if(r.diagnostics.begin(), r.diagnostics.end(), [&](const Diagnostic& d) { return d.path == path; });
    return it == r.diagnostics.end() ? nullptr : &*it;
}

LoadResult Text(const std::string& json) { return LoadProfileFromText(json, "resume.json"); }

}  // namespace

TEST_CASE("the official JSON Resume sample (Richard Hendriks) loads every section with no error") {
    const LoadResult r = LoadProfileFromFile(kResumes + "richard-hendriks.json");
    INFO(All(r));
    REQUIRE(r.document_ok);
    CHECK(r.ErrorCount() == 0);
    // Its one scheme-less link (projects[0].url) is read as https, with a warning; nothing else is said.
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].path == "$.projects[0].url");
    CHECK(r.diagnostics[0].severity == Severity::Warning);
    const Profile& p = r.profile;
    CHECK(p.basics.name == "Richard Hendriks");
    CHECK(p.basics.location.city == "San Francisco");
    CHECK(p.basics.location.region == "California");
    CHECK(p.basics.location.postal_code == "CA 94115");
    REQUIRE(p.basics.profiles.size() == 2);
    CHECK(p.basics.profiles[0].url == "https://twitter.com/neutralthoughts");  // given only a username
    CHECK(p.basics.phone == "(912) 555-4321");
    REQUIRE(p.work.size() == 1);
    CHECK(p.work[0].description == "Awesome compression company");
    CHECK(p.work[0].location == "Palo Alto, CA");
    CHECK(p.work[0].highlights.size() == 3);
    CHECK(p.work[0].end_date == Date{2014, 12, 1});
    REQUIRE(p.volunteer.size() == 1);
    CHECK(p.volunteer[0].organization == "CoderDojo");
    CHECK(p.volunteer[0].position == "Teacher");
    CHECK(p.volunteer[0].url == "http://coderdojo.example.com/");
    CHECK(p.volunteer[0].start_date == Date{2012, 1, 1});
    CHECK(p.volunteer[0].highlights == std::vector<std::string>{"Awarded 'Teacher of the Month'"});
    REQUIRE(p.awards.size() == 1);
    CHECK(p.awards[0].title == "Digital Compression Pioneer Award");
    CHECK(p.awards[0].awarder == "Techcrunch");
    CHECK(p.awards[0].date == Date{2014, 11, 1});
    CHECK(p.awards[0].summary == "There is no spoon.");
    REQUIRE(p.certificates.size() == 1);
    CHECK(p.certificates[0].issuer == "CNCF");
    CHECK(p.certificates[0].url == "https://example.com");
    REQUIRE(p.skills.size() == 2);
    CHECK(p.skills[1].name == "Compression");
    CHECK(p.skills[1].level == "Master");
    CHECK(p.skills[1].keywords == std::vector<std::string>{"Mpeg", "MP4", "GIF"});
    REQUIRE(p.languages.size() == 1);
    CHECK(p.languages[0].language == "English");
    CHECK(p.languages[0].fluency == "Native Speaker");
    REQUIRE(p.references.size() == 1);
    CHECK(p.references[0].name == "Erlich Bachman");
    REQUIRE(p.interests.size() == 1);
    CHECK(p.interests[0].keywords == std::vector<std::string>{"Ferrets", "Unicorns"});
    REQUIRE(p.projects.size() == 1);
    CHECK(p.projects[0].url == "https://missdirection.example.com");
    CHECK(p.projects[0].entity == "Smoogle");
    CHECK(p.projects[0].type == "application");
    CHECK(p.projects[0].roles == std::vector<std::string>{"Team lead", "Designer"});
    CHECK(p.publications.size() == 1);
    CHECK(p.education[0].score == "4.0");
}

TEST_CASE("a resume with only basics loads with no diagnostics and empty sections") {
    const LoadResult r = LoadProfileFromFile(kResumes + "basics-only.json");
    INFO(All(r));
    CHECK(r.diagnostics.empty());
    CHECK(r.profile.basics.name == "Tomasz Wierzbicki");
    CHECK(r.profile.basics.location.city == "Gdańsk");
    CHECK(r.profile.work.empty());
    CHECK(r.profile.volunteer.empty());
    CHECK(r.profile.skills.empty());
}

TEST_CASE("a resume with every section loads each entry with no diagnostics") {
    const LoadResult r = LoadProfileFromFile(kResumes + "every-section.json");
    INFO(All(r));
    CHECK(r.diagnostics.empty());
    const Profile& p = r.profile;
    CHECK(p.work.size() == 2);
    CHECK(p.volunteer.size() == 2);
    CHECK_FALSE(p.volunteer[1].end_date.IsSet());  // still volunteering
    CHECK(p.education.size() == 2);
    CHECK(p.awards.size() == 2);
    CHECK(p.awards[1].date == Date{2017, 6, 0});
    CHECK(p.certificates.size() == 2);
    CHECK(p.certificates[1].url.empty());
    CHECK(p.publications.size() == 2);
    CHECK(p.skills.size() == 3);
    CHECK(p.skills[2].level.empty());
    CHECK(p.languages.size() == 3);
    CHECK(p.references.size() == 2);
    CHECK(p.interests.size() == 2);
    CHECK(p.projects.size() == 1);
}

TEST_CASE("a messy resume (older names, loose dates, links without a scheme) loads with no error") {
    const LoadResult r = LoadProfileFromFile(kResumes + "messy.json");
    INFO(All(r));
    CHECK(r.ErrorCount() == 0);
    CHECK(Count(r, Severity::Note) > 0);
    const Profile& p = r.profile;
    CHECK(p.basics.name == "Jo Bakker");  // trimmed
    CHECK(p.basics.url == "https://www.bakker.example.nl");
    REQUIRE(p.basics.profiles.size() == 2);
    CHECK(p.basics.profiles[0].url == "https://github.com/jbakker");
    CHECK(p.basics.profiles[1].url == "https://twitter.com/jo_bakker");
    REQUIRE(p.work.size() == 3);
    CHECK(p.work[0].name == "Self-employed");
    CHECK(p.work[0].url == "https://bakker.example.nl");
    CHECK(p.work[0].start_date == Date{2015, 0, 0});
    CHECK_FALSE(p.work[0].end_date.IsSet());  // "Present"
    CHECK(p.work[1].start_date == Date{2012, 3, 0});
    CHECK(p.work[1].end_date == Date{2015, 3, 0});
    CHECK(p.work[2].start_date == Date{2008, 9, 0});
    CHECK(p.work[2].end_date == Date{2011, 8, 0});
    REQUIRE(p.volunteer.size() == 1);
    CHECK(p.volunteer[0].url == "https://repaircafe.example.org");
    CHECK_FALSE(p.volunteer[0].end_date.IsSet());  // empty endDate
    CHECK(p.education[0].score == "7.8");
    CHECK(p.education[0].end_date == Date{2012, 6, 0});
    CHECK(p.awards[0].date == Date{2019, 11, 0});
    CHECK(p.skills[0].keywords == std::vector<std::string>{"HTML", "CSS", "TypeScript", "Vue"});
    REQUIRE(p.languages.size() == 2);
    CHECK(p.languages[0].language == "Dutch");
    CHECK(p.languages[0].fluency == "Native");
    CHECK(p.interests[0].keywords == std::vector<std::string>{"road", "gravel"});
}

TEST_CASE("nine jobs written with JSON Resume's older names all load, with notes and no error") {
    const LoadResult r = LoadProfileFromFile(kResumes + "nine-jobs-legacy.json");
    INFO(All(r));
    CHECK(r.ErrorCount() == 0);
    REQUIRE(r.profile.work.size() == 9);
    for (const Work& w : r.profile.work) {
        CAPTURE(w.name);
        CHECK_FALSE(w.name.empty());
        CHECK(w.url.rfind("https://", 0) == 0);
        CHECK(w.start_date.month != 0);
    }
    CHECK(r.profile.work[0].name == "Acme Corp");
    CHECK_FALSE(r.profile.work[0].end_date.IsSet());
    CHECK(r.profile.work[8].name == "Cyberdyne Support");
    CHECK(r.profile.basics.url == "https://whitfield.example.com");
    const Diagnostic* note = At(r, "$.work[3].company");
    REQUIRE(note != nullptr);
    CHECK(note->severity == Severity::Note);
    CHECK(note->line > 0);
}

TEST_CASE("each older JSON Resume field name is read as its current one, with a note at the old key") {
    struct Case {
        const char* name;
        const char* json;
        const char* path;
    };
    const Case cases[] = {
        {"work[].company", R"({"basics": {"name": "A"}, "work": [{"company": "Initech"}]})", "$.work[0].company"},
        {"work[].website", R"({"basics": {"name": "A"}, "work": [{"name": "Initech", "website": "https://initech.example.com"}]})", "$.work[0].website"},
        {"basics.website", R"({"basics": {"name": "A", "website": "https://a.example.com"}})", "$.basics.website"},
        {"basics.picture", R"({"basics": {"name": "A", "picture": "me.png"}})", "$.basics.picture"},
        {"volunteer[].website", R"({"basics": {"name": "A"}, "volunteer": [{"organization": "O", "website": "https://o.example.org"}]})", "$.volunteer[0].website"},
        {"education[].gpa", R"({"basics": {"name": "A"}, "education": [{"institution": "U", "gpa": "3.9"}]})", "$.education[0].gpa"},
        {"education[].graduationDate", R"({"basics": {"name": "A"}, "education": [{"institution": "U", "graduationDate": "2019-06"}]})", "$.education[0].graduationDate"},
        {"publications[].website", R"({"basics": {"name": "A"}, "publications": [{"name": "P", "website": "https://p.example.org"}]})", "$.publications[0].website"},
        {"projects[].website", R"({"basics": {"name": "A"}, "projects": [{"name": "P", "website": "https://p.example.org"}]})", "$.projects[0].website"},
        {"certificates[].website", R"({"basics": {"name": "A"}, "certificates": [{"name": "C", "website": "https://c.example.org"}]})", "$.certificates[0].website"},
        {"profiles[].website", R"({"basics": {"name": "A", "profiles": [{"network": "Blog", "website": "https://b.example.org"}]}})", "$.basics.profiles[0].website"},
        {"languages[].name", R"({"basics": {"name": "A"}, "languages": [{"name": "Dutch"}]})", "$.languages[0].name"},
        {"languages[].level", R"({"basics": {"name": "A"}, "languages": [{"language": "Dutch", "level": "Native"}]})", "$.languages[0].level"},
        {"education[].gpa as a number", R"({"basics": {"name": "A"}, "education": [{"institution": "U", "score": 3.9}]})", "$.education[0].score"},
        {"a year as a number", R"({"basics": {"name": "A"}, "work": [{"name": "W", "startDate": 2019}]})", "$.work[0].startDate"},
        {"postalCode as a number", R"({"basics": {"name": "A", "location": {"postalCode": 94115}}})", "$.basics.location.postalCode"},
        {"highlights as one text", R"({"basics": {"name": "A"}, "work": [{"name": "W", "highlights": "Shipped it"}]})", "$.work[0].highlights"},
        {"skills[].keywords as a string", R"({"basics": {"name": "A"}, "skills": [{"name": "Web", "keywords": "HTML, CSS"}]})", "$.skills[0].keywords"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.name);
        const LoadResult r = Text(c.json);
        INFO(All(r));
        CHECK(r.ErrorCount() == 0);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].severity == Severity::Note);
        CHECK(r.diagnostics[0].path == c.path);
        CHECK(r.diagnostics[0].line == 1);
    }
    const Profile work = Text(cases[0].json).profile;
    REQUIRE(work.work.size() == 1);
    CHECK(work.work[0].name == "Initech");
    CHECK(Text(cases[1].json).profile.work[0].url == "https://initech.example.com");
    CHECK(Text(cases[2].json).profile.basics.url == "https://a.example.com");
    CHECK(Text(cases[3].json).profile.basics.image == "me.png");
    CHECK(Text(cases[4].json).profile.volunteer[0].url == "https://o.example.org");
    CHECK(Text(cases[5].json).profile.education[0].score == "3.9");
    CHECK(Text(cases[6].json).profile.education[0].end_date == Date{2019, 6, 0});
    CHECK(Text(cases[7].json).profile.publications[0].url == "https://p.example.org");
    CHECK(Text(cases[8].json).profile.projects[0].url == "https://p.example.org");
    CHECK(Text(cases[9].json).profile.certificates[0].url == "https://c.example.org");
    CHECK(Text(cases[10].json).profile.basics.profiles[0].url == "https://b.example.org");
    CHECK(Text(cases[11].json).profile.languages[0].language == "Dutch");
    CHECK(Text(cases[12].json).profile.languages[0].fluency == "Native");
    CHECK(Text(cases[13].json).profile.education[0].score == "3.9");
    CHECK(Text(cases[14].json).profile.work[0].start_date == Date{2019, 0, 0});
    CHECK(Text(cases[15].json).profile.basics.location.postal_code == "94115");
    CHECK(Text(cases[16].json).profile.work[0].highlights == std::vector<std::string>{"Shipped it"});
    CHECK(Text(cases[17].json).profile.skills[0].keywords == std::vector<std::string>{"HTML", "CSS"});
}

TEST_CASE("the current name wins over an older one given beside it, with nothing to say") {
    const LoadResult r = Text(R"({"basics": {"name": "A"}, "work": [{"name": "New", "company": "Old", "url": "https://new.example.com", "website": "https://old.example.com"}]})");
    CHECK(r.diagnostics.empty());
    CHECK(r.profile.work[0].name == "New");
    CHECK(r.profile.work[0].url == "https://new.example.com");
}

TEST_CASE("dates as a year, a year-month or in words load; present, current, now and an empty end mean ongoing") {
    CHECK(ParseLooseDate("2020-3") == Date{2020, 3, 0});
    CHECK(ParseLooseDate("2020/03") == Date{2020, 3, 0});
    CHECK(ParseLooseDate("03/2020") == Date{2020, 3, 0});
    CHECK(ParseLooseDate("3-2020") == Date{2020, 3, 0});
    CHECK(ParseLooseDate("March 2020") == Date{2020, 3, 0});
    CHECK(ParseLooseDate("Mar 2020") == Date{2020, 3, 0});
    CHECK(ParseLooseDate("sept. 2020") == Date{2020, 9, 0});
    CHECK(ParseLooseDate("2020-3-5") == Date{2020, 3, 5});
    CHECK(ParseLooseDate("2017-12-24T15:53:00") == Date{2017, 12, 24});
    CHECK_FALSE(ParseLooseDate("05/03/2020"));  // day or month first: ambiguous
    CHECK_FALSE(ParseLooseDate("13/2020"));
    CHECK_FALSE(ParseLooseDate("2020-02-30"));
    CHECK_FALSE(ParseLooseDate("Autumn 2020"));
    CHECK_FALSE(ParseLooseDate("Ma 2020"));
    CHECK_FALSE(ParseLooseDate("soon"));
    CHECK(FormatDateRange(Date{2013, 12, 1}, Date{2014, 12, 1}) == "Dec 2013 \xE2\x80\x93 Dec 2014");  // a range reads in months
    CHECK(FormatIsoDate(Date{2020, 3, 0}) == "2020-03");
    CHECK(FormatIsoDate(Date{2020, 3, 5}) == "2020-03-05");

    for (const char* end : {"Present", "present", "current", "now", "NOW", ""}) {
        CAPTURE(end);
        const LoadResult r = Text(std::string(R"({"basics": {"name": "A"}, "work": [{"name": "W", "startDate": "2020", "endDate": ")") + end + "\"}]}");
        CHECK(r.diagnostics.empty());
        CHECK_FALSE(r.profile.work[0].end_date.IsSet());
    }
    const LoadResult loose = Text(R"({"basics": {"name": "A"}, "work": [{"name": "W", "startDate": "March 2020"}]})");
    REQUIRE(loose.diagnostics.size() == 1);
    CHECK(loose.diagnostics[0].severity == Severity::Note);
    CHECK(loose.diagnostics[0].message == "date \"March 2020\" read as 2020-03");
    CHECK(loose.profile.work[0].start_date == Date{2020, 3, 0});
    CHECK(Text(R"({"basics": {"name": "A"}, "work": [{"name": "W", "startDate": "Autumn 2020"}]})").ErrorCount() == 1);
}

TEST_CASE("a link without a scheme is read as https with a warning; other schemes stay refused") {
    for (const char* bare : {"example.com/x", "www.example.com", "github.com/me", "example.com:8080/a?b#c"}) {
        CAPTURE(bare);
        const LoadResult r = Text(std::string(R"({"basics": {"name": "A", "url": ")") + bare + "\"}}");
        CHECK(r.profile.basics.url == std::string("https://") + bare);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].severity == Severity::Warning);
        CHECK(r.diagnostics[0].message.find("link has no scheme") != std::string::npos);
    }
    for (const char* refused : {"javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "localhost/x", "my site.com", "//evil.example.com",
                                "ftp://example.com", ".example.com", "example."}) {
        CAPTURE(refused);
        const LoadResult r = Text(std::string(R"({"basics": {"name": "A", "url": ")") + refused + "\"}}");
        CHECK(r.profile.basics.url.empty());
        CHECK(r.ErrorCount() == 1);
    }
}

TEST_CASE("a note is never an error: counted apart, and named \"note\"") {
    std::vector<Diagnostic> d{{Severity::Note, "$", 1, 1, "n", ""}, {Severity::Warning, "$", 1, 1, "w", ""}, {Severity::Error, "$", 1, 1, "e", ""},
                              {Severity::Note, "$", 1, 1, "n", ""}};
    const DiagnosticCounts c = CountDiagnostics(d);
    CHECK(c.errors == 1);
    CHECK(c.warnings == 1);
    CHECK(c.notes == 2);
    CHECK(std::string(SeverityName(Severity::Note)) == "note");
    LoadResult r;
    r.diagnostics = d;
    CHECK(r.ErrorCount() == 1);
}

TEST_CASE("new sections report entries they cannot use and keep the rest") {
    const LoadResult r = Text(R"({"basics": {"name": "A"},
  "volunteer": [{"position": "no organisation"}, {"organization": "O"}],
  "awards": [{"awarder": "no title"}, {"title": "T", "date": "someday"}],
  "certificates": [{"issuer": "no name"}],
  "skills": [{"keywords": ["x"]}, {"name": "S", "keywords": 3}],
  "languages": [{"fluency": "no language"}],
  "references": [{}]})");
    INFO(All(r));
    CHECK(r.profile.volunteer.size() == 1);
    CHECK(r.profile.awards.size() == 1);
    CHECK_FALSE(r.profile.awards[0].date.IsSet());
    CHECK(r.profile.certificates.empty());
    CHECK(r.profile.skills.size() == 1);
    CHECK(r.profile.languages.empty());
    CHECK(r.profile.references.empty());
    CHECK(At(r, "$.awards[1].date") != nullptr);
    CHECK(At(r, "$.skills[1].keywords") != nullptr);
    CHECK(At(r, "$.references[0]") != nullptr);
}
