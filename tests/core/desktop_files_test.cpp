// The desktop program's files: the remembered window placement (and its robustness to a damaged
// file), where the config folder is on each system, and finding the installed data next to the binary.
#include <doctest/doctest.h>

#include <set>

#include "core/paths.h"
#include "core/window_state.h"

using namespace portfolio;

TEST_CASE("a window placement survives a round trip through its file") {
    WindowPlacement p;
    p.width = 1000;
    p.height = 700;
    p.has_position = true;
    p.x = -1200;  // on a monitor left of the primary one
    p.y = 40;
    p.maximized = true;
    const auto back = ParseWindowPlacement(WindowPlacementJson(p));
    REQUIRE(back);
    CHECK(back->width == 1000);
    CHECK(back->height == 700);
    CHECK(back->has_position);
    CHECK(back->x == -1200);
    CHECK(back->y == 40);
    CHECK(back->maximized);

    const auto sized_only = ParseWindowPlacement(R"({"width": 900, "height": 600})");
    REQUIRE(sized_only);
    CHECK_FALSE(sized_only->has_position);
    CHECK_FALSE(sized_only->maximized);
}

TEST_CASE("a damaged or implausible placement file reads as no placement") {
    for (const char* text : {"", "garbage", "{", "[]", "null", R"({"width": 900})", R"({"width": "900", "height": 600})",
                             R"({"width": 50, "height": 600})", R"({"width": 900, "height": 99999999})",
                             R"({"width": 900.5, "height": 600})", R"({"width": 18446744073709551615, "height": 600})",
                             R"({"width": 900, "height": 600, "x": 10})", R"({"width": 900, "height": 600, "x": 10, "y": "top"})",
                             R"({"width": 900, "height": 600, "x": 10, "y": 1e12})", R"({"width": 900, "height": 600, "maximized": 1})",
                             "{\"width\": 900, \"height\": 600, \"x\": \xff}"}) {
        CAPTURE(text);
        CHECK_FALSE(ParseWindowPlacement(text));
    }
}

TEST_CASE("a saved position is used only while it is on one of the monitors") {
    const std::vector<ScreenRect> monitors{{0, 0, 1920, 1080}, {1920, 0, 2560, 1440}};
    WindowPlacement p;
    p.has_position = true;
    p.x = 100, p.y = 100;
    CHECK(PlacementVisible(p, monitors));
    p.x = 3000;  // on the second monitor
    CHECK(PlacementVisible(p, monitors));
    p.x = 5000;  // right of both: that monitor was unplugged
    CHECK_FALSE(PlacementVisible(p, monitors));
    p.x = -300, p.y = 100;  // mostly off the left edge, but the top edge's grip (100 px in) is not
    CHECK_FALSE(PlacementVisible(p, monitors));
    p.x = -50;
    CHECK(PlacementVisible(p, monitors));
    p.x = 100, p.y = 1075;  // below the bottom
    CHECK_FALSE(PlacementVisible(p, monitors));
    p.y = 100;
    CHECK_FALSE(PlacementVisible(p, {}));
    p.has_position = false;
    CHECK_FALSE(PlacementVisible(p, monitors));
}

TEST_CASE("the window placement lives in the user's config folder of each system") {
    SUBCASE("Linux: $XDG_CONFIG_HOME when it is an absolute path, else ~/.config") {
        CHECK(WindowStateFile(Os::Linux, {"/home/ada", "/home/ada/.cfg", ""}) == "/home/ada/.cfg/portfolio/window.json");
        CHECK(WindowStateFile(Os::Linux, {"/home/ada", "", ""}) == "/home/ada/.config/portfolio/window.json");
        CHECK(WindowStateFile(Os::Linux, {"/home/ada", "relative/cfg", ""}) == "/home/ada/.config/portfolio/window.json");
        CHECK(WindowStateFile(Os::Linux, {"", "", ""}).empty());  // nowhere to keep it: nothing is remembered
    }
    SUBCASE("macOS: ~/Library/Application Support") {
        CHECK(WindowStateFile(Os::MacOS, {"/Users/ada", "/ignored", ""}) == "/Users/ada/Library/Application Support/portfolio/window.json");
    }
    SUBCASE("Windows: %APPDATA%") {
        CHECK(WindowStateFile(Os::Windows, {"C:\\Users\\ada", "", "C:\\Users\\ada\\AppData\\Roaming"}) ==
              "C:\\Users\\ada\\AppData\\Roaming\\portfolio\\window.json");
        CHECK(WindowStateFile(Os::Windows, {"C:\\Users\\ada", "", ""}).empty());
    }
}

TEST_CASE("an installed binary finds its data relative to itself, else the build tree's") {
    const DataPaths build{"/src/build/assets", "/src/data/profile.json"};
    std::set<std::string> files;
    auto exists = [&](const std::string& path) { return files.count(path) > 0; };

    SUBCASE("installed: <prefix>/bin/../share/portfolio, written without the detour") {
        files = {"/opt/pf/share/portfolio/fonts/Inter-Regular.ttf", "/opt/pf/share/portfolio/profile.json"};
        const DataPaths found = FindDataPaths("/opt/pf/bin", "../share/portfolio", build, exists);
        CHECK(found.asset_dir == "/opt/pf/share/portfolio");
        CHECK(found.profile == "/opt/pf/share/portfolio/profile.json");
    }
    SUBCASE("an absolute data folder") {
        files = {"/usr/share/portfolio/fonts/Inter-Regular.ttf", "/usr/share/portfolio/profile.json"};
        const DataPaths found = FindDataPaths("/somewhere/else", "/usr/share/portfolio", build, exists);
        CHECK(found.asset_dir == "/usr/share/portfolio");
        CHECK(found.profile == "/usr/share/portfolio/profile.json");
    }
    SUBCASE("run from the build tree (nothing installed next to it)") {
        const DataPaths found = FindDataPaths("/src/build/src", "../share/portfolio", build, exists);
        CHECK(found.asset_dir == build.asset_dir);
        CHECK(found.profile == build.profile);
    }
    SUBCASE("each part falls back on its own") {
        files = {"/opt/pf/share/portfolio/profile.json"};
        const DataPaths found = FindDataPaths("/opt/pf/bin", "../share/portfolio", build, exists);
        CHECK(found.asset_dir == build.asset_dir);
        CHECK(found.profile == "/opt/pf/share/portfolio/profile.json");
    }
    SUBCASE("the binary's folder unknown (or the web): the build paths") {
        files = {"/../share/portfolio/profile.json", "../share/portfolio/profile.json"};
        CHECK(FindDataPaths("", "../share/portfolio", build, exists).profile == build.profile);
        CHECK(FindDataPaths("/opt/pf/bin", "", build, exists).profile == build.profile);
    }
}

TEST_CASE("a path's file name and folder, with either separator") {
    CHECK(FileNameOf("people/ada.json") == "ada.json");
    CHECK(FolderOf("people/ada.json") == "people");
    CHECK(FileNameOf("C:\\Users\\ada\\profile.json") == "profile.json");
    CHECK(FolderOf("C:\\Users\\ada\\profile.json") == "C:\\Users\\ada");
    CHECK(FileNameOf("profile.json") == "profile.json");
    CHECK(FolderOf("profile.json").empty());
    CHECK(FolderOf("/profile.json") == "/");
    CHECK(FileNameOf("").empty());
}
