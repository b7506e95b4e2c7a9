// UTF-8 helpers and dates: the small pieces everything else leans on.
#include <doctest/doctest.h>

#include "core/dates.h"
#include "core/text.h"

using namespace portfolio;

TEST_CASE("UTF-8 validation accepts text and refuses broken or overlong sequences") {
    CHECK(IsValidUtf8("Müller 渲染 🎥"));
    CHECK_FALSE(IsValidUtf8("\xFF"));
    CHECK_FALSE(IsValidUtf8("\xC0\xAF"));          // overlong '/'
    CHECK_FALSE(IsValidUtf8("\xED\xA0\x80"));      // surrogate
    CHECK_FALSE(IsValidUtf8("abc\xE2\x82"));       // truncated
    CHECK(EscapeInvalidUtf8("a\xFF" "b") == "a\\xFFb");
}

TEST_CASE("truncation never splits a character") {
    CHECK(TruncateUtf8("aü", 2) == "a");
    CHECK(TruncateUtf8("aü", 3) == "aü");
    CHECK(CountCodepoints("aü渲") == 3);
}

TEST_CASE("slugs are lowercase words joined by dashes") {
    CHECK(Slugify("Real-Time Video Generation: PAB!") == "real-time-video-generation-pab");
    CHECK(Slugify("  ") == "");
}

TEST_CASE("names compare without case or extra spaces") {
    CHECK(SameName("Xuanlei  Zhao", "xuanlei zhao"));
    CHECK(SameName("Ada Muller", "Ada Müller"));
    CHECK_FALSE(SameName("Xuanlei Zhao", "Xuanlei Zhan"));
    CHECK_FALSE(SameName("", ""));
}

TEST_CASE("dates parse at year, month and day precision and refuse impossible ones") {
    CHECK(ParseDate("2024") == Date{2024, 0, 0});
    CHECK(ParseDate("2024-03") == Date{2024, 3, 0});
    CHECK(ParseDate("2024-02-29") == Date{2024, 2, 29});
    CHECK_FALSE(ParseDate("2023-02-29"));
    CHECK_FALSE(ParseDate("2024-13"));
    CHECK_FALSE(ParseDate("2024-3"));
    CHECK_FALSE(ParseDate("March 2024"));
    CHECK_FALSE(ParseDate(""));
    CHECK(FormatDate(Date{2024, 8, 0}) == "Aug 2024");
    CHECK(FormatDateRange(Date{2024, 1, 0}, Date{}) == "Jan 2024 \xE2\x80\x93 now");
    CHECK(FormatDateRange(Date{2022, 8, 0}, Date{2023, 12, 0}) == "Aug 2022 \xE2\x80\x93 Dec 2023");
}
