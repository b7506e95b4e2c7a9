// Live reload: when a changed profile file is read again, what the page shows afterwards, the line
// printed for the owner, and where the visitor's view goes.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "core/reload.h"

using namespace portfolio;

namespace {

FileStamp Stamp(std::int64_t modified, std::uintmax_t size) { return FileStamp{true, modified, size}; }

LoadResult Good(const std::string& name) { return LoadProfileFromText(R"({"basics": {"name": ")" + name + R"("}})"); }

}  // namespace

TEST_CASE("a watched file is reloaded once its change has settled for one poll") {
    FileWatch watch(Stamp(100, 10));
    SUBCASE("an unchanged file is never reloaded") {
        for (int i = 0; i < 5; ++i) CHECK_FALSE(watch.Poll(Stamp(100, 10)));
    }
    SUBCASE("a change is reloaded at the next poll that sees the same version, and only once") {
        CHECK_FALSE(watch.Poll(Stamp(200, 12)));
        CHECK(watch.Poll(Stamp(200, 12)));
        CHECK_FALSE(watch.Poll(Stamp(200, 12)));
    }
    SUBCASE("a file still being written waits until it stops changing") {
        CHECK_FALSE(watch.Poll(Stamp(200, 4)));
        CHECK_FALSE(watch.Poll(Stamp(201, 8)));
        CHECK_FALSE(watch.Poll(Stamp(202, 12)));
        CHECK(watch.Poll(Stamp(202, 12)));
    }
    SUBCASE("a change of the modification time alone counts (same size, new text)") {
        CHECK_FALSE(watch.Poll(Stamp(300, 10)));
        CHECK(watch.Poll(Stamp(300, 10)));
    }
    SUBCASE("a file that disappears is reported once it stays away, and again when it comes back") {
        CHECK_FALSE(watch.Poll(FileStamp{}));
        CHECK(watch.Poll(FileStamp{}));
        CHECK_FALSE(watch.Poll(Stamp(400, 10)));
        CHECK(watch.Poll(Stamp(400, 10)));
    }
    SUBCASE("a version seen once and then replaced by the loaded one is not reloaded") {
        CHECK_FALSE(watch.Poll(Stamp(200, 12)));
        CHECK_FALSE(watch.Poll(Stamp(100, 10)));
        CHECK_FALSE(watch.Poll(Stamp(100, 10)));
    }
}

TEST_CASE("a file's stamp changes when it is rewritten and says when it is missing") {
    const std::filesystem::path file = std::filesystem::temp_directory_path() / "portfolio-reload-test-stamp.json";
    std::filesystem::remove(file);
    CHECK_FALSE(StampFile(file.string()).exists);
    std::ofstream(file) << "{}";
    const FileStamp first = StampFile(file.string());
    CHECK(first.exists);
    CHECK(first.size == 2);
    std::ofstream(file) << "{\"basics\": {}}";
    const FileStamp second = StampFile(file.string());
    CHECK(second.size == 14);
    CHECK_FALSE(second == first);
    std::filesystem::remove(file);
    CHECK_FALSE(StampFile(file.string()).exists);
}

TEST_CASE("a reloaded profile that parses replaces the page, with its own problems") {
    const LoadResult previous = Good("Ada Lovelace");
    SUBCASE("a clean edit") {
        const ReloadResult r = ApplyReload(previous, Good("Grace Hopper"));
        CHECK_FALSE(r.kept_previous);
        CHECK(r.shown.profile.basics.name == "Grace Hopper");
        CHECK(r.shown.diagnostics.empty());
        CHECK(r.errors == 0);
    }
    SUBCASE("an edit with an invalid field still shows everything valid in it") {
        const ReloadResult r = ApplyReload(previous, LoadProfileFromText(R"({"basics": {"name": "Grace Hopper", "email": "not an address"}})"));
        CHECK_FALSE(r.kept_previous);
        CHECK(r.shown.profile.basics.name == "Grace Hopper");
        REQUIRE(r.shown.diagnostics.size() == 1);
        CHECK(r.shown.diagnostics[0].path == "$.basics.email");
        CHECK(r.errors + r.warnings == 1);
    }
}

TEST_CASE("an edit that is not valid JSON keeps the last good profile and shows the new problems") {
    LoadResult previous = Good("Ada Lovelace");
    previous.images["me.png"] = RgbaImage{1, 1, {10, 20, 30, 255}};
    const std::string broken = "{\"basics\": {\"name\": \"Grace Hopper\",\n  \"label\": \"Admiral\"\n  \"email\": \"x@example.org\"}}";
    const ReloadResult r = ApplyReload(previous, LoadProfileFromText(broken, "edited.json"));
    CHECK(r.kept_previous);
    CHECK(r.shown.profile.basics.name == "Ada Lovelace");
    CHECK(r.shown.images.count("me.png") == 1);  // the last good profile keeps its photo
    CHECK(r.shown.file == "edited.json");
    for (const Diagnostic& d : r.shown.diagnostics) CHECK(d.file == "edited.json");
    CHECK(r.shown.document_ok);
    CHECK(r.errors == 1);
    REQUIRE(r.shown.diagnostics.size() == 2);
    CHECK(r.shown.diagnostics[0].severity == Severity::Error);
    CHECK(r.shown.diagnostics[0].line == 3);  // where the comma is missing
    CHECK(r.shown.diagnostics[1].severity == Severity::Warning);
    CHECK(r.shown.diagnostics[1].message.find("last version of the profile that could be read") != std::string::npos);

    SUBCASE("a second broken edit still keeps the original profile") {
        const ReloadResult again = ApplyReload(r.shown, LoadProfileFromText("{"));
        CHECK(again.kept_previous);
        CHECK(again.shown.profile.basics.name == "Ada Lovelace");
        CHECK(again.shown.diagnostics.size() == 2);  // the note is not repeated
    }
    SUBCASE("fixing the edit shows it") {
        const ReloadResult fixed = ApplyReload(r.shown, Good("Grace Hopper"));
        CHECK_FALSE(fixed.kept_previous);
        CHECK(fixed.shown.profile.basics.name == "Grace Hopper");
        CHECK(fixed.shown.diagnostics.empty());
    }
    SUBCASE("an empty or deleted file is treated like a broken edit") {
        CHECK(ApplyReload(previous, LoadProfileFromText("")).shown.profile.basics.name == "Ada Lovelace");
        CHECK(ApplyReload(previous, LoadProfileFromFile("/nonexistent/portfolio/profile.json")).shown.profile.basics.name == "Ada Lovelace");
        CHECK(ApplyReload(previous, LoadProfileFromText("[1, 2]")).kept_previous);  // JSON, but not a profile
    }
    SUBCASE("a profile that parses but lost its name is not worth replacing the page with") {
        for (const char* text : {"{}", R"({"basics": []})", R"({"basics": {"label": "x"}, "publications": []})"}) {
            CAPTURE(text);
            const ReloadResult kept = ApplyReload(previous, LoadProfileFromText(text, "edited.json"));
            CHECK(kept.kept_previous);
            CHECK(kept.shown.profile.basics.name == "Ada Lovelace");
            CHECK(kept.shown.diagnostics.size() >= 2);  // its problem and the note
            CHECK(DescribeReload("reloaded", "edited.json", kept).find("edited.json has no basics.name to show; still showing the last good profile") == 0);
        }
    }
}

TEST_CASE("when there never was a good profile, the new result is shown as it is") {
    const LoadResult missing = LoadProfileFromFile("/nonexistent/portfolio/profile.json");
    REQUIRE_FALSE(missing.document_ok);
    const ReloadResult still_broken = ApplyReload(missing, LoadProfileFromText("{"));
    CHECK_FALSE(still_broken.kept_previous);
    CHECK(still_broken.shown.diagnostics.size() == 1);
    const ReloadResult created = ApplyReload(missing, Good("Ada Lovelace"));
    CHECK(created.shown.profile.basics.name == "Ada Lovelace");
}

TEST_CASE("the reload line names the file, what happened and the counts") {
    ReloadResult r;
    CHECK(DescribeReload("reloaded", "/tmp/p.json", r) == "reloaded /tmp/p.json (0 problems)");
    r.errors = 1;
    CHECK(DescribeReload("opened", "/tmp/p.json", r) == "opened /tmp/p.json (1 problem)");
    r.errors = 2;
    r.warnings = 1;
    CHECK(DescribeReload("reloaded", "p.json", r) == "reloaded p.json (2 problems, 1 warning)");
    r.kept_previous = true;
    r.warnings = 0;
    CHECK(DescribeReload("reloaded", "p.json", r) == "p.json is not valid JSON; still showing the last good profile (2 problems)");
    ReloadResult noted;
    noted.notes = 3;
    CHECK(DescribeReload("reloaded", "p.json", noted) == "reloaded p.json (0 problems, 3 notes)");
}

TEST_CASE("a reloaded resume in older names counts its notes apart from its problems") {
    const ReloadResult r = ApplyReload(LoadResult{}, LoadProfileFromText(R"({"basics": {"name": "Ada", "website": "https://ada.example.org"},
  "work": [{"company": "Engine Co", "startDate": "2020-3"}]})"));
    CHECK(r.errors == 0);
    CHECK(r.warnings == 0);
    CHECK(r.notes == 3);
}

TEST_CASE("after a reload the visitor keeps reading the same section at the same offset") {
    const std::map<std::string, float> before{{"about", 300}, {"publications", 900}, {"projects", 2000}, {"contact", 3000}};
    SUBCASE("a section above the view grew: the view follows the section being read") {
        const std::map<std::string, float> after{{"about", 300}, {"publications", 900}, {"projects", 2400}, {"contact", 3400}};
        CHECK(AnchorScroll(before, 2100, after) == doctest::Approx(2500));
    }
    SUBCASE("a section that starts just below the top (after a jump to it) is the one being read") {
        const std::map<std::string, float> after{{"about", 300}, {"publications", 1100}, {"projects", 2200}, {"contact", 3200}};
        CHECK(AnchorScroll(before, 876, after) == doctest::Approx(1076));
    }
    SUBCASE("the section being read is gone: the nearest one above it that remains") {
        const std::map<std::string, float> after{{"about", 300}, {"publications", 800}, {"contact", 1900}};
        CHECK(AnchorScroll(before, 2100, after) == doctest::Approx(2000));
    }
    SUBCASE("at the top of the page, or with no section left, the scroll stays") {
        CHECK(AnchorScroll(before, 0, before) == 0);
        CHECK(AnchorScroll(before, 1200, {}) == 1200);
        CHECK(AnchorScroll({}, 700, before) == 700);
    }
    SUBCASE("never above the top") {
        const std::map<std::string, float> after{{"publications", 10}};
        CHECK(AnchorScroll(before, 876, after) == 0);
    }
}

TEST_CASE("a set of files is watched together: a change to any one of them, once settled, is one reload") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / "portfolio-reload-test-set";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const std::string profile = (dir / "profile.json").string(), bib = (dir / "refs.bib").string();
    std::ofstream(profile) << "{}";
    std::ofstream(bib) << "@misc{a, title={A}}";
    FileSetWatch watch;
    watch.Watch({profile, bib, (dir / "missing.bib").string()});
    CHECK(watch.Paths().size() == 3);
    CHECK_FALSE(watch.Poll());
    std::ofstream(bib) << "@misc{a, title={A longer title}}";
    CHECK_FALSE(watch.Poll());  // seen once: maybe still being written
    CHECK(watch.Poll());        // the same twice: read it
    CHECK_FALSE(watch.Poll());
    std::ofstream(dir / "missing.bib") << "@misc{b, title={B}}";  // a file that appears counts too
    CHECK_FALSE(watch.Poll());
    CHECK(watch.Poll());
    fs::remove_all(dir);
}
