// The desktop command line: every flag, and clear errors for what it does not understand.
#include <doctest/doctest.h>

#include "core/options.h"

using namespace portfolio;

TEST_CASE("flags are read with separate or inline values") {
    const auto p = ParseCommandLine({"--profile", "me.json", "--theme=dark", "--size", "390x844", "--frames", "12", "--screenshot", "a.png"});
    REQUIRE(p.error.empty());
    CHECK(p.options.profile == "me.json");
    CHECK(p.options.theme == "dark");
    CHECK(p.options.width == 390);
    CHECK(p.options.height == 844);
    CHECK(p.options.frames == 12);
    CHECK(p.options.screenshot == "a.png");
    CHECK(p.options.size_given);
}

TEST_CASE("--state keeps the view and filter text as written, for the route code to read") {
    const auto p = ParseCommandLine({"--state", "/publications?topic=video&q=attention"});
    REQUIRE(p.error.empty());
    CHECK(p.options.state == "/publications?topic=video&q=attention");
    CHECK(ParseCommandLine({"--state=/projects"}).options.state == "/projects");
    CHECK(ParseCommandLine({"--state", ""}).error.find("--state takes a view and filters") == 0);
    CHECK(ParseCommandLine({"--state"}).error == "--state needs a value");
}

TEST_CASE("defaults: bundled profile, automatic theme, run until closed") {
    const auto p = ParseCommandLine({});
    CHECK(p.error.empty());
    CHECK(p.options.profile.empty());
    CHECK(p.options.theme == "auto");
    CHECK(p.options.frames == 0);
    CHECK(p.options.state.empty());
    CHECK_FALSE(p.options.size_given);  // so the window reopens at its remembered size
}

TEST_CASE("unknown flags and bad values are errors with the reason") {
    CHECK(ParseCommandLine({"--bogus"}).error == "unknown option \"--bogus\"");
    CHECK(ParseCommandLine({"--profile"}).error == "--profile needs a value");
    CHECK(ParseCommandLine({"--theme", "blue"}).error == "--theme takes light, dark or auto, not \"blue\"");
    CHECK(ParseCommandLine({"--size", "10x10"}).error.find("--size takes") == 0);
    CHECK(ParseCommandLine({"--size", "800by600"}).error.find("--size takes") == 0);
    CHECK(ParseCommandLine({"--frames", "-3"}).error.find("--frames takes") == 0);
    CHECK(ParseCommandLine({"--frames", "3x"}).error.find("--frames takes") == 0);
}

TEST_CASE("help is recognised and the usage names every flag") {
    CHECK(ParseCommandLine({"--help"}).options.help);
    CHECK(ParseCommandLine({"-h"}).options.help);
    const std::string usage = Usage("portfolio", "/opt/pf/share/portfolio/profile.json");
    CHECK(usage.find("(default: /opt/pf/share/portfolio/profile.json)") != std::string::npos);
    for (const char* flag : {"--profile", "--theme", "--state", "--size", "--frames", "--screenshot", "--export-html", "--site-url", "--help"}) {
        CAPTURE(flag);
        CHECK(usage.find(std::string("  ") + flag + " ") != std::string::npos);  // a line of its own
    }
    CHECK(usage.find("reloaded") != std::string::npos);
    CHECK(usage.find("window.json") != std::string::npos);
}

TEST_CASE("--export-html takes a folder, with --site-url and --shell as its options") {
    const ParsedOptions p = ParseCommandLine({"--export-html", "out", "--site-url=https://me.github.io/x/", "--shell", "web/index.html"});
    CHECK(p.error.empty());
    CHECK(p.options.export_html == "out");
    CHECK(p.options.site_url == "https://me.github.io/x/");
    CHECK(p.options.export_shell == "web/index.html");
    CHECK(ParseCommandLine({"--export-html"}).error == "--export-html needs a value");
    CHECK(ParseCommandLine({"--export-html", ""}).error == "--export-html needs a value, not an empty text");
    CHECK(ParseCommandLine({"--site-url", "https://x.example/"}).error == "--site-url is an option of --export-html DIR");
    CHECK(ParseCommandLine({"--shell", "a.html"}).error == "--shell is an option of --export-html DIR");
}
