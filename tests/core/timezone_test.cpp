// The owner's local time: the system's zone database read through our TZif parser, POSIX TZ rules for
// instants past the last transition, the fallback to the profile's UTC offset, and the words the panel uses.
#include <doctest/doctest.h>

#include <cstdio>

#include "core/timezone.h"

using namespace portfolio;

namespace {

const std::string kZoneInfo = "/usr/share/zoneinfo";

TzifZone SystemZone(const char* name) {
    const std::string path = kZoneInfo + "/" + name;
    std::FILE* f = std::fopen(path.c_str(), "rb");
    REQUIRE_MESSAGE(f != nullptr, path << " is missing: install Debian's tzdata");
    std::fclose(f);
    const std::optional<TzifZone> zone = LoadZone(name, kZoneInfo);
    REQUIRE_MESSAGE(zone.has_value(), path << " did not parse");
    return *zone;
}

// Local wall-clock "HH:MM" of an instant in a zone, for readable expectations.
std::string Local(const TzifZone& zone, std::int64_t t) { return ClockAt(t, zone.OffsetAt(t) / 60); }

// A minimal TZif version 2 file: one local time type, no transitions, and a footer rule.
std::string TzifWithFooter(std::string_view footer, std::int32_t type_offset = 0) {
    auto be32 = [](std::string& s, std::uint32_t v) {
        for (int shift = 24; shift >= 0; shift -= 8) s += static_cast<char>((v >> shift) & 0xFF);
    };
    auto header = [&](std::string& s) {
        s += "TZif2";
        s.append(15, '\0');
        for (std::uint32_t count : {0u, 0u, 0u, 0u, 1u, 4u}) be32(s, count);  // isut, isstd, leap, time, type, chars
    };
    auto block = [&](std::string& s) {
        be32(s, static_cast<std::uint32_t>(type_offset));
        s += '\0';  // isdst
        s += '\0';  // designation index
        s.append("UTC", 4);
    };
    std::string bytes;
    header(bytes);
    block(bytes);
    header(bytes);
    block(bytes);
    bytes += '\n';
    bytes += footer;
    bytes += '\n';
    return bytes;
}

}  // namespace

TEST_CASE("a fixed instant is 9:30 pm in Singapore, from the system's zone database") {
    const TzifZone sg = SystemZone("Asia/Singapore");
    const std::int64_t instant = 1722519000;  // 2024-08-01 13:30:00 UTC
    CHECK(sg.OffsetAt(instant) == 8 * 3600);
    CHECK(Local(sg, instant) == "9:30 pm");
    // Singapore ran on UTC+7:30 until 1981; the history is read, not assumed.
    CHECK(sg.OffsetAt(-1) == 27000);  // 1969-12-31
}

TEST_CASE("New York's clock on both sides of the daylight saving changes") {
    const TzifZone ny = SystemZone("America/New_York");
    SUBCASE("spring forward, 10 Mar 2024 at 2:00 am") {
        CHECK(ny.OffsetAt(1710053999) == -5 * 3600);  // 06:59:59 UTC
        CHECK(Local(ny, 1710053999) == "1:59 am");
        CHECK(ny.OffsetAt(1710054000) == -4 * 3600);  // 07:00:00 UTC
        CHECK(Local(ny, 1710054000) == "3:00 am");
    }
    SUBCASE("fall back, 3 Nov 2024 at 2:00 am") {
        CHECK(ny.OffsetAt(1730613599) == -4 * 3600);  // 05:59:59 UTC, 1:59 am EDT
        CHECK(ny.OffsetAt(1730613600) == -5 * 3600);  // 06:00:00 UTC, 1:00 am EST again
        CHECK(Local(ny, 1730613600) == "1:00 am");
    }
    SUBCASE("past the file's last transition (2037) the footer's rule takes over") {
        CHECK(ny.OffsetAt(2215061999) == -5 * 3600);  // 2040-03-11 06:59:59 UTC
        CHECK(ny.OffsetAt(2215062000) == -4 * 3600);  // 2040-03-11 07:00:00 UTC
        CHECK(ny.OffsetAt(2382523200) == -4 * 3600);  // July 2045
        CHECK(ny.OffsetAt(2368094400) == -5 * 3600);  // January 2045
    }
}

TEST_CASE("Berlin changes at 1:00 UTC on the last Sundays of March and October") {
    const TzifZone berlin = SystemZone("Europe/Berlin");
    CHECK(berlin.OffsetAt(1711846799) == 3600);      // 2024-03-31 00:59:59 UTC: 1:59 am CET
    CHECK(berlin.OffsetAt(1711846800) == 7200);      // 01:00:00 UTC: 3:00 am CEST
    CHECK(Local(berlin, 1711846800) == "3:00 am");
    CHECK(berlin.OffsetAt(1729990799) == 7200);      // 2024-10-27 00:59:59 UTC
    CHECK(berlin.OffsetAt(1729990800) == 3600);      // 01:00:00 UTC
}

TEST_CASE("a southern zone keeps daylight saving across the new year") {
    const TzifZone sydney = SystemZone("Australia/Sydney");
    CHECK(sydney.OffsetAt(1705320000) == 11 * 3600);  // January 2024: AEDT
    CHECK(sydney.OffsetAt(2368094400) == 11 * 3600);  // January 2045, from the footer rule
    CHECK(sydney.OffsetAt(2382523200) == 10 * 3600);  // July 2045: AEST
}

TEST_CASE("POSIX TZ rules, as slim TZif files carry them") {
    SUBCASE("a footer alone decides every instant") {
        const auto zone = TzifZone::Parse(TzifWithFooter("EST5EDT,M3.2.0,M11.1.0"));
        REQUIRE(zone);
        CHECK(zone->OffsetAt(1710053999) == -5 * 3600);
        CHECK(zone->OffsetAt(1710054000) == -4 * 3600);
        CHECK(zone->OffsetAt(1730613599) == -4 * 3600);
        CHECK(zone->OffsetAt(1730613600) == -5 * 3600);
    }
    SUBCASE("angle-bracket names and zones without daylight saving") {
        const auto rule = PosixTzRule::Parse("<+08>-8");
        REQUIRE(rule);
        CHECK(rule->OffsetAt(1722519000) == 8 * 3600);
        CHECK(PosixTzRule::Parse("<+0530>-5:30")->OffsetAt(0) == 19800);
    }
    SUBCASE("change times written after a slash, in local time") {
        const auto rule = PosixTzRule::Parse("CET-1CEST,M3.5.0,M10.5.0/3");
        REQUIRE(rule);
        CHECK(rule->OffsetAt(1711846799) == 3600);
        CHECK(rule->OffsetAt(1711846800) == 7200);
        CHECK(rule->OffsetAt(1729990799) == 7200);
        CHECK(rule->OffsetAt(1729990800) == 3600);
    }
    SUBCASE("Julian days count 1 March as day 60 in every year") {
        const auto rule = PosixTzRule::Parse("XST0XDT,J60/0,J300/0");
        REQUIRE(rule);
        CHECK(rule->OffsetAt(1709251199) == 0);     // 2024-02-29 23:59:59 UTC (a leap year)
        CHECK(rule->OffsetAt(1709251200) == 3600);  // 2024-03-01 00:00:00 UTC
    }
    SUBCASE("malformed rules are refused") {
        for (const char* bad : {"", "E5", "EST", "EST5EDT,M13.1.0,M11.1.0", "EST5EDT,M3.6.0,M11.1.0", "EST5EDT,M3.2.7,M11.1.0",
                                "EST5EDT,M3.2.0", "EST5EDT,J0,J300", "EST5EDT,M3.2.0,M11.1.0/200", "<+8>-8", "EST99"}) {
            CAPTURE(bad);
            CHECK_FALSE(PosixTzRule::Parse(bad));
        }
    }
}

TEST_CASE("malformed TZif bytes are refused, never read out of bounds") {
    const std::string good = TzifWithFooter("UTC0");
    REQUIRE(TzifZone::Parse(good));
    CHECK_FALSE(TzifZone::Parse(""));
    CHECK_FALSE(TzifZone::Parse("TZif"));
    CHECK_FALSE(TzifZone::Parse("XXif" + good.substr(4)));
    for (std::size_t cut = 0; cut < good.size(); ++cut) {
        CAPTURE(cut);
        CHECK_FALSE(TzifZone::Parse(good.substr(0, cut)));
    }
    std::string huge_counts = good;
    huge_counts[32] = '\x7F';  // a transition count of ~2 billion in the version 1 header
    CHECK_FALSE(TzifZone::Parse(huge_counts));
    std::string bad_offset = good;
    bad_offset[44 + 10 + 44] = '\x7F';  // the version 2 block's local time type: 24,000 days east of UTC
    CHECK_FALSE(TzifZone::Parse(bad_offset));
}

TEST_CASE("zone names are checked before they touch the file system") {
    for (const char* ok : {"Asia/Singapore", "America/Argentina/Buenos_Aires", "Etc/GMT+8", "UTC", "America/Port-au-Prince"}) {
        CAPTURE(ok);
        CHECK(IsZoneName(ok));
    }
    for (const char* bad : {"", "/etc/passwd", "../../etc/passwd", "Asia/../../../etc/passwd", "Asia//Singapore", "Asia/", "Asia/Singa pore",
                            "Asia\\Singapore", "Asia/Singapore\n", "./UTC"}) {
        CAPTURE(bad);
        CHECK_FALSE(IsZoneName(bad));
        CHECK_FALSE(LoadZone(bad, kZoneInfo));
    }
    CHECK_FALSE(LoadZone("No/Such_Zone", kZoneInfo));
    CHECK_FALSE(LoadZone("America", kZoneInfo));  // a folder, not a zone
}

TEST_CASE("the owner's clock: the zone first, then the profile's UTC offset, in words") {
    Basics owner;
    owner.timezone = "Asia/Singapore";
    owner.utc_offset = "+08:00";
    owner.location.city = "Singapore";
    const std::int64_t instant = 1722519000;  // 13:30 UTC
    const ZoneOffsetFn database = [](const std::string& zone, std::int64_t t) -> std::optional<int> {
        if (const auto z = LoadZone(zone)) return z->OffsetAt(t) / 60;
        return std::nullopt;
    };

    SUBCASE("an IANA zone the host knows") {
        const OwnerClock clock = ResolveOwnerClock(owner, instant, database);
        CHECK(clock.source == ClockSource::Zone);
        CHECK(clock.text == "9:30 pm in Singapore");
        CHECK(clock.offset_minutes == 480);
    }
    SUBCASE("a zone the host does not know falls back to the profile's offset") {
        owner.timezone = "Mars/Olympus_Mons";
        owner.utc_offset = "+05:30";
        owner.location.city = "Bengaluru";
        const OwnerClock clock = ResolveOwnerClock(owner, instant, database);
        CHECK(clock.source == ClockSource::ProfileOffset);
        CHECK(clock.text == "7:00 pm in Bengaluru");
    }
    SUBCASE("no host service at all (a build without one)") {
        const OwnerClock clock = ResolveOwnerClock(owner, instant, nullptr);
        CHECK(clock.source == ClockSource::ProfileOffset);
        CHECK(clock.text == "9:30 pm in Singapore");
    }
    SUBCASE("an offset and no city") {
        owner.timezone.clear();
        owner.location.city.clear();
        owner.utc_offset = "-03:00";
        CHECK(ResolveOwnerClock(owner, instant, database).text == "10:30 am (UTC\xE2\x88\x92" "3)");
    }
    SUBCASE("nothing to go on: no clock") {
        CHECK_FALSE(ResolveOwnerClock(Basics{}, instant, database).known());
    }
    SUBCASE("a zone's city from its name") {
        owner.timezone = "America/Argentina/Buenos_Aires";
        CHECK(ResolveOwnerClock(owner, instant, database).text == "10:30 am in Buenos Aires");
    }
}

TEST_CASE("offsets and differences read the way people say them") {
    CHECK(FormatUtcOffset(480) == "UTC+8");
    CHECK(FormatUtcOffset(330) == "UTC+5:30");
    CHECK(FormatUtcOffset(-180) == "UTC\xE2\x88\x92" "3");
    CHECK(FormatUtcOffset(0) == "UTC");
    CHECK(CompareToVisitor(480, 0) == "8 h ahead of you");
    CHECK(CompareToVisitor(480, 810) == "5 h 30 min behind you");
    CHECK(CompareToVisitor(480, 450) == "30 min ahead of you");
    CHECK(CompareToVisitor(60, 60) == "same time as you");
    CHECK(ClockAt(-60, 0) == "11:59 pm");  // before 1970 the minute still counts down from midnight
    CHECK(ZoneCity("UTC") == "UTC");
}
