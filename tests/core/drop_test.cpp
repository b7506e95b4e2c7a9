// Files dropped on the desktop window (issue #8): which file is opened, what the owner is told, and
// what the page shows afterwards. The choice is core/drop.h, made for the paths the GLFW drop callback reports; the
// opening is what the program does with the chosen file (load it, then core/reload.h's ApplyReload and
// DescribeReload, as main.cpp's drop handler does). The real drop, through XDND under Xvfb, is in
// tests/native/native-case.sh (case drop).
#include <doctest/doctest.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/load.h"
#include "core/reload.h"
#include "core/drop.h"

using namespace portfolio;
namespace fs = std::filesystem;

namespace {

// A fresh folder for the test's files, removed afterwards.
struct TempDir {
    fs::path dir;
    TempDir() {
        const auto now = std::chrono::steady_clock::now().time_since_epoch().count();
        dir = fs::temp_directory_path() / ("portfolio-drop-" + std::to_string(now) + "-" + std::to_string(reinterpret_cast<std::uintptr_t>(this)));
        fs::remove_all(dir);
        fs::create_directories(dir);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    std::string Write(const std::string& name, const std::string& text) const {
        std::ofstream(dir / name, std::ios::binary) << text;
        return (dir / name).string();
    }
};

const char* const kGood = R"({"basics": {"name": "Grace Hopper"}})";
// Not valid JSON: a missing comma after line 3 (the error is found at line 4, column 5).
const char* const kSyntaxError = "{\n  \"basics\": {\n    \"name\": \"Half typed\"\n    \"label\": \"x\"\n  }\n}\n";

// What the program does with a dropped file: read it and decide what the page shows.
ReloadResult Open(const LoadResult& shown, const std::string& path) { return ApplyReload(shown, LoadProfileFromFile(path)); }

}  // namespace

TEST_CASE("a dropped profile replaces the one on screen") {
    TempDir tmp;
    const std::string path = tmp.Write("grace.json", kGood);
    const portfolio::DropDecision d = ChooseDroppedProfile({path});
    CHECK(d.open == path);
    CHECK(d.message.empty());

    const LoadResult before = LoadProfileFromText(R"({"basics": {"name": "Ada Lovelace"}})");
    const ReloadResult after = Open(before, d.open);
    CHECK_FALSE(after.kept_previous);
    CHECK(after.shown.profile.basics.name == "Grace Hopper");
    CHECK(after.errors == 0);
    CHECK(DescribeReload("opened", path, after) == "opened " + path + " (0 problems)");
}

TEST_CASE("a dropped file that is not valid JSON keeps the last good profile and says where the problem is") {
    TempDir tmp;
    const std::string path = tmp.Write("broken.json", kSyntaxError);
    const portfolio::DropDecision d = ChooseDroppedProfile({path});
    REQUIRE(d.open == path);  // it is a .json file: it is opened, and the loader reports what is wrong

    const LoadResult before = LoadProfileFromText(R"({"basics": {"name": "Ada Lovelace"}})");
    const ReloadResult after = Open(before, d.open);
    CHECK(after.kept_previous);
    CHECK(after.shown.profile.basics.name == "Ada Lovelace");
    CHECK(after.errors == 1);
    REQUIRE_FALSE(after.shown.diagnostics.empty());
    // The problem of the new file is listed (with its JSON path and line:column) next to the old profile.
    bool located = false;
    for (const Diagnostic& diag : after.shown.diagnostics)
        if (diag.path == "$" && diag.line == 4 && diag.column == 5 && diag.message.find("JSON syntax error") != std::string::npos) located = true;
    CHECK(located);
    CHECK(DescribeReload("opened", path, after) == path + " is not valid JSON; still showing the last good profile (1 problem)");
}

TEST_CASE("a dropped profile with an invalid field is shown, with the problem's JSON path and line:column") {
    TempDir tmp;
    const std::string path =
        tmp.Write("invalid-date.json", "{\n  \"basics\": { \"name\": \"Ada\" },\n  \"publications\": [\n    { \"name\": \"Notes\", \"releaseDate\": \"1843-13\" }\n  ]\n}\n");
    const ReloadResult after = Open(LoadProfileFromText(R"({"basics": {"name": "Someone"}})"), ChooseDroppedProfile({path}).open);
    CHECK_FALSE(after.kept_previous);  // it parsed: everything valid in it is shown
    CHECK(after.shown.profile.basics.name == "Ada");
    REQUIRE(after.shown.diagnostics.size() == 1);
    const Diagnostic& diag = after.shown.diagnostics.front();
    CHECK(diag.path == "$.publications[0].releaseDate");
    CHECK(diag.line == 4);
    CHECK(diag.column == 39);
}

TEST_CASE("of several dropped files the first .json one is opened, and the others are named as passed over") {
    TempDir tmp;
    const std::string photo = tmp.Write("photo.png", "\x89PNG\r\n");
    const std::string first = tmp.Write("first.JSON", kGood);  // any case
    const std::string second = tmp.Write("second.json", kGood);
    const portfolio::DropDecision d = ChooseDroppedProfile({photo, first, second});
    CHECK(d.open == first);
    CHECK(d.message.find("opening \"" + first + "\"") == 0);
    CHECK(d.message.find("\"" + photo + "\" (not a .json file)") != std::string::npos);
    CHECK(d.message.find("\"" + second + "\" (only one profile is opened at a time)") != std::string::npos);
}

TEST_CASE("a drop without a .json file opens nothing and says why") {
    TempDir tmp;
    SUBCASE("an image") {
        const std::string photo = tmp.Write("photo.png", "\x89PNG\r\n");
        const portfolio::DropDecision d = ChooseDroppedProfile({photo});
        CHECK(d.open.empty());
        CHECK(d.message == "not opened: \"" + photo + "\" (not a .json file). Drop a profile .json file; the current profile stays on screen");
    }
    SUBCASE("a JSON text under another name is not taken for a profile") {
        const portfolio::DropDecision d = ChooseDroppedProfile({tmp.Write("profile.txt", kGood)});
        CHECK(d.open.empty());
        CHECK(d.message.find("(not a .json file)") != std::string::npos);
    }
    SUBCASE("a folder, even one named like a profile") {
        fs::create_directories(tmp.dir / "site.json");
        const portfolio::DropDecision d = ChooseDroppedProfile({(tmp.dir / "site.json").string()});
        CHECK(d.open.empty());
        CHECK(d.message.find("(a folder)") != std::string::npos);
    }
    SUBCASE("several files, none a profile") {
        const portfolio::DropDecision d = ChooseDroppedProfile({tmp.Write("a.png", "x"), tmp.Write("b.md", "y")});
        CHECK(d.open.empty());
        CHECK(d.message.find("not opened: none of the 2 dropped files is a profile .json file") == 0);
    }
    SUBCASE("a path that is gone by the time it is handled") {
        const portfolio::DropDecision d = ChooseDroppedProfile({(tmp.dir / "gone.json").string()});
        CHECK(d.open.empty());
        CHECK(d.message.find("(not found)") != std::string::npos);
    }
    SUBCASE("nothing at all") {
        const portfolio::DropDecision d = ChooseDroppedProfile({});
        CHECK(d.open.empty());
        CHECK_FALSE(d.message.empty());
    }
}

TEST_CASE("a file's kind is decided by its extension, in any case") {
    CHECK(KindOfFile("profile.json") == FileKind::Profile);
    CHECK(KindOfFile("/home/ada/CV/Resume.JSON") == FileKind::Profile);
    CHECK(KindOfFile("C:\\Users\\ada\\resume.Json") == FileKind::Profile);
    CHECK(KindOfFile("photo.png") == FileKind::Unknown);
    CHECK(KindOfFile("profile.json.bak") == FileKind::Unknown);
    CHECK(KindOfFile("json") == FileKind::Unknown);
    CHECK(KindOfFile("/tmp/.json") == FileKind::Unknown);  // a hidden file with no extension
    CHECK(KindOfFile("") == FileKind::Unknown);
    CHECK(KindOfFile("refs.bib") == FileKind::Bibliography);
    CHECK(KindOfFile("/home/ada/papers/Scholar.BIB") == FileKind::Bibliography);
    CHECK(KindOfFile("refs.bib.orig") == FileKind::Unknown);
    CHECK(KindOfFile("/tmp/.bib") == FileKind::Unknown);
}

TEST_CASE("a dropped .bib goes over the profile on screen, unless the drop holds a profile") {
    TempDir tmp;
    const std::string bib = tmp.Write("refs.bib", "@misc{a, title={A}}\n");
    SUBCASE("alone") {
        const portfolio::DropDecision d = ChooseDroppedProfile({bib});
        CHECK(d.open.empty());
        CHECK(d.bibliography == bib);
        CHECK(d.message.empty());
    }
    SUBCASE("with an image and a second .bib, which are passed over") {
        const std::string png = tmp.Write("a.png", "x");
        const std::string other = tmp.Write("more.bib", "@misc{b, title={B}}\n");
        const portfolio::DropDecision d = ChooseDroppedProfile({png, bib, other});
        CHECK(d.bibliography == bib);
        CHECK(d.message.find("showing the publications of \"" + bib + "\", the first .bib file of the drop; passed over \"" + png +
                             "\" (not a .json file), \"" + other + "\" (a .bib bibliography)") == 0);
    }
    SUBCASE("beside a profile, which is opened") {
        const std::string profile = tmp.Write("p.json", kGood);
        const portfolio::DropDecision d = ChooseDroppedProfile({bib, profile});
        CHECK(d.open == profile);
        CHECK(d.bibliography.empty());
        CHECK(d.message.find("\"" + bib + "\" (a .bib bibliography") != std::string::npos);
    }
}
