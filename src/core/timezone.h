// The owner's local time, as the contact panel shows it ("9:30 pm in Singapore"): a TZif reader for the
// system's zone database (RFC 8536, with the POSIX TZ rule of its footer), zone names, and the phrasing.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/profile.h"

namespace portfolio {

// A POSIX TZ rule as TZif footers carry it: "EST5EDT,M3.2.0,M11.1.0", "<+08>-8", "CET-1CEST,M3.5.0,M10.5.0/3".
class PosixTzRule {
public:
    static std::optional<PosixTzRule> Parse(std::string_view text);  // nullopt when malformed
    int OffsetAt(std::int64_t unix_seconds) const;                   // seconds east of UTC

    // A day of the year on which daylight saving starts or ends, and the local time of the change.
    struct Change {
        enum class Kind { JulianNoLeap, ZeroBased, MonthWeekDay } kind = Kind::MonthWeekDay;
        int day = 0, month = 0, week = 0;  // Jn: day 1..365; n: day 0..365; Mm.w.d: month, week 1..5, day 0..6 (Sunday = 0)
        std::int32_t time = 2 * 3600;      // seconds after local midnight (may be negative or beyond 24 h)
    };

private:
    std::int32_t std_offset_ = 0, dst_offset_ = 0;  // seconds east of UTC
    bool has_dst_ = false;
    Change start_, end_;
};

// A zone read from a TZif file: transitions with their local time types, then the footer's rule.
class TzifZone {
public:
    static std::optional<TzifZone> Parse(std::string_view bytes);  // versions 1 to 4; nullopt when malformed
    int OffsetAt(std::int64_t unix_seconds) const;                 // seconds east of UTC

private:
    std::vector<std::int64_t> transitions_;  // ascending
    std::vector<std::uint8_t> type_index_;   // local time type in force from each transition
    std::vector<std::int32_t> type_offset_;  // UTC offset of each local time type, seconds
    std::optional<PosixTzRule> rule_;        // for instants after the last transition
};

// An IANA zone name that is safe to join to a folder: parts of [A-Za-z0-9_+-] separated by single '/',
// none of them "." or "..", no leading '/'. "Asia/Singapore", "Etc/GMT+8", "UTC".
bool IsZoneName(std::string_view name);
// Reads and parses <zoneinfo_dir>/<name>; nullopt for unsafe names, missing files or bad data.
std::optional<TzifZone> LoadZone(std::string_view name, const std::string& zoneinfo_dir = "/usr/share/zoneinfo");

// "America/Argentina/Buenos_Aires" -> "Buenos Aires"
std::string ZoneCity(std::string_view zone);
// Minutes east of UTC as people write them: 480 -> "UTC+8", 330 -> "UTC+5:30", -180 -> "UTC−3", 0 -> "UTC".
std::string FormatUtcOffset(int minutes);
// "9:30 pm" at a UTC instant shifted by an offset.
std::string ClockAt(std::int64_t unix_seconds, int offset_minutes);
// How the owner's clock relates to the visitor's: "8 h ahead of you", "5 h 30 min behind you", "same time as you".
std::string CompareToVisitor(int owner_minutes, int visitor_minutes);

// The UTC offset (minutes) of an IANA zone at an instant, or nullopt when the zone is unknown.
using ZoneOffsetFn = std::function<std::optional<int>(const std::string& zone, std::int64_t unix_seconds)>;

enum class ClockSource { None, Zone, ProfileOffset };

struct OwnerClock {
    ClockSource source = ClockSource::None;
    int offset_minutes = 0;
    std::string time;   // "9:30 pm"
    std::string place;  // "Singapore": the zone's city; with only an offset, the profile's city (may be empty)
    std::string text;   // "9:30 pm in Singapore", or "9:30 pm (UTC+8)" with no place
    bool known() const { return source != ClockSource::None; }
};

// The owner's clock at an instant: basics.timezone through zone_offset (the browser or the zone database),
// else basics.utcOffset, else unknown.
OwnerClock ResolveOwnerClock(const Basics& basics, std::int64_t unix_seconds, const ZoneOffsetFn& zone_offset);

}  // namespace portfolio
