// Opening links on the desktop: what reaches the OS is the opener and the URL as one argument, and
// only for http, https and mailto links.
#include <doctest/doctest.h>

#include "core/url_opener.h"

using namespace portfolio;

TEST_CASE("an http link is passed to the system's opener as a single argument") {
    using V = std::vector<std::string>;
    CHECK(OpenerArgv("https://example.org/paper", Os::Linux) == V{"xdg-open", "https://example.org/paper"});
    CHECK(OpenerArgv("http://example.org", Os::MacOS) == V{"open", "http://example.org"});
    CHECK(OpenerArgv("https://example.org", Os::Windows) == V{"open", "https://example.org"});
    CHECK(OpenerArgv("mailto:someone@example.org", Os::Linux) == V{"xdg-open", "mailto:someone@example.org"});
}

TEST_CASE("shell syntax in a link stays inside its one argument") {
    for (const std::string url : {"https://example.org/a;rm%20-rf%20~", "https://example.org/?q=\"x\"&y='z'", "https://example.org/$(reboot)",
                            "https://example.org/`id`|cat>x", "https://example.org/a;b&&c||d", "mailto:a@example.org?subject=\";reboot"}) {
        CAPTURE(url);
        const auto argv = OpenerArgv(url, Os::Linux);
        REQUIRE(argv.size() == 2);
        CHECK(argv[0] == "xdg-open");
        CHECK(argv[1] == url);
    }
    // A raw space would be the one character a naive split breaks on: the link check refuses it outright.
    CHECK(OpenerArgv("https://example.org/a b", Os::Linux).empty());
}

TEST_CASE("links that are not http, https or mailto are refused") {
    for (const std::string url : {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "file:///etc/passwd",
                            "data:text/html,<script>alert(1)</script>", "vbscript:msgbox", "-oProxyCommand=x", "--help", "", "https://"}) {
        CAPTURE(url);
        CHECK(OpenerArgv(url, Os::Linux).empty());
        CHECK(OpenerArgv(url, Os::Windows).empty());
    }
}

TEST_CASE("the opener receives the link without surrounding whitespace") {
    const auto argv = OpenerArgv("  https://example.org/x  ", Os::Linux);
    REQUIRE(argv.size() == 2);
    CHECK(argv[1] == "https://example.org/x");
}
