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
}

TEST_CASE("defaults: bundled profile, automatic theme, run until closed") {
    const auto p = ParseCommandLine({});
    CHECK(p.error.empty());
    CHECK(p.options.profile.empty());
    CHECK(p.options.theme == "auto");
    CHECK(p.options.frames == 0);
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
    const std::string usage = Usage("portfolio");
    for (const char* flag : {"--profile", "--theme", "--size", "--frames", "--screenshot", "--help"}) CHECK(usage.find(flag) != std::string::npos);
}
