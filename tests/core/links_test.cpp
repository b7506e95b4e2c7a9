// Link safety: only http, https and mailto reach a browser, whatever the spelling.
#include <doctest/doctest.h>

#include "core/links.h"

using namespace portfolio;

TEST_CASE("http, https and mailto links pass, trimmed") {
    CHECK(CheckUrl("https://arxiv.org/abs/2408.12588").ok());
    CHECK(CheckUrl("  HTTP://Example.com/A  ").url == "http://Example.com/A");  // the scheme canonical, the rest as written
    CHECK(CheckUrl("MailTo:Me@Example.com").url == "mailto:Me@Example.com");
    CHECK(CheckUrl("mailto:xuanlei@u.nus.edu").ok());
    CHECK(CheckUrl("mailto:a@b.c?subject=Hi").ok());
}

TEST_CASE("scripts and other schemes are refused in every disguise") {
    for (const char* bad : {"javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "java\nscript:x",
                            "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox", "file:///etc/passwd",
                            "JAVASCRIPT&colon;alert(1)", "\x01javascript:alert(1)", "//evil.example/x", "https:evil.example",
                            "https://", "http://:80", "mailto:", "mailto:@x", "ftp://example.com"}) {
        CAPTURE(bad);
        CHECK_FALSE(CheckUrl(bad).ok());
    }
    CHECK(CheckUrl("javascript:alert(1)").verdict == UrlVerdict::SchemeNotAllowed);
    CHECK(DescribeUrlProblem(CheckUrl("javascript:alert(1)")) ==
          "link scheme \"javascript:\" is not allowed (only http, https and mailto)");
    CHECK(CheckUrl("   ").verdict == UrlVerdict::Empty);
}
