// The owner's local time: TZif (RFC 8536) and POSIX TZ rules read without exceptions, and its phrasing.
#include "core/timezone.h"

#include <algorithm>
#include <cstdio>

#include "core/availability.h"
#include "core/files.h"

namespace portfolio {
namespace {

constexpr std::int64_t kDay = 86400;

// Days since 1970-01-01 of a civil date (proleptic Gregorian), after Howard Hinnant's days_from_civil.
std::int64_t DaysFromCivil(std::int64_t y, int m, int d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;
    const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

std::int64_t YearOf(std::int64_t days) {  // civil year of a day number
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const std::int64_t doe = days - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    return yoe + era * 400 + (mp >= 10 ? 1 : 0);
}

bool IsLeap(std::int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

std::int64_t FloorDiv(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// ---- POSIX TZ text --------------------------------------------------------------------------------

class TzText {
public:
    explicit TzText(std::string_view s) : s_(s) {}
    bool AtEnd() const { return i_ == s_.size(); }
    bool Eat(char c) {
        if (i_ < s_.size() && s_[i_] == c) return ++i_, true;
        return false;
    }
    char Peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }

    // "EST" (three or more letters) or "<+08>" (three or more of [A-Za-z0-9+-] in angle brackets).
    bool Name() {
        std::size_t n = 0;
        if (Eat('<')) {
            while (i_ < s_.size() && s_[i_] != '>') {
                const char c = s_[i_++];
                if (!IsAlpha(c) && !IsDigit(c) && c != '+' && c != '-') return false;
                ++n;
            }
            return Eat('>') && n >= 3;
        }
        while (i_ < s_.size() && IsAlpha(s_[i_])) ++i_, ++n;
        return n >= 3;
    }
    // [+-]hh[:mm[:ss]] -> seconds; hours up to max_hours.
    bool Duration(int max_hours, std::int32_t& out) {
        int sign = 1;
        if (Eat('-')) sign = -1;
        else Eat('+');
        int h = 0, m = 0, sec = 0;
        if (!Number(0, max_hours, h)) return false;
        if (Eat(':') && (!Number(0, 59, m) || (Eat(':') && !Number(0, 59, sec)))) return false;
        out = sign * (h * 3600 + m * 60 + sec);
        return true;
    }
    // Decimal digits, at most three, within [lo, hi].
    bool Number(int lo, int hi, int& out) {
        std::size_t digits = 0;
        out = 0;
        while (i_ < s_.size() && IsDigit(s_[i_]) && digits < 3) out = out * 10 + (s_[i_++] - '0'), ++digits;
        return digits > 0 && out >= lo && out <= hi;
    }

private:
    static bool IsAlpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
    static bool IsDigit(char c) { return c >= '0' && c <= '9'; }
    std::string_view s_;
    std::size_t i_ = 0;
};

bool ParseChange(TzText& t, PosixTzRule::Change& c) {
    using Kind = PosixTzRule::Change::Kind;
    if (t.Eat('M')) {
        c.kind = Kind::MonthWeekDay;
        if (!t.Number(1, 12, c.month) || !t.Eat('.') || !t.Number(1, 5, c.week) || !t.Eat('.') || !t.Number(0, 6, c.day)) return false;
    } else if (t.Eat('J')) {
        c.kind = Kind::JulianNoLeap;
        if (!t.Number(1, 365, c.day)) return false;
    } else {
        c.kind = Kind::ZeroBased;
        if (!t.Number(0, 365, c.day)) return false;
    }
    c.time = 2 * 3600;
    return !t.Eat('/') || t.Duration(167, c.time);  // RFC 8536 extends the hour range to -167..167
}

// The day number (since 1970-01-01) on which a change falls in a year.
std::int64_t ChangeDay(const PosixTzRule::Change& c, std::int64_t year) {
    using Kind = PosixTzRule::Change::Kind;
    const std::int64_t jan1 = DaysFromCivil(year, 1, 1);
    switch (c.kind) {
        case Kind::JulianNoLeap: return jan1 + c.day - 1 + (IsLeap(year) && c.day >= 60 ? 1 : 0);
        case Kind::ZeroBased: return jan1 + c.day;
        case Kind::MonthWeekDay: break;
    }
    const std::int64_t first = DaysFromCivil(year, c.month, 1);
    const int first_weekday = static_cast<int>(((first % 7) + 11) % 7);  // 1970-01-01 was a Thursday (4)
    std::int64_t day = first + (c.day - first_weekday + 7) % 7 + (c.week - 1) * 7;
    const std::int64_t next_month = c.month == 12 ? DaysFromCivil(year + 1, 1, 1) : DaysFromCivil(year, c.month + 1, 1);
    while (day >= next_month) day -= 7;  // week 5 means the last such weekday
    return day;
}

// ---- TZif bytes ------------------------------------------------------------------------------------

struct TzifCounts {
    std::uint64_t isut = 0, isstd = 0, leap = 0, time = 0, type = 0, chars = 0;
};

std::uint32_t Be32(std::string_view b, std::size_t at) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(b[at])) << 24 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 1])) << 16 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 2])) << 8 |
           static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 3]));
}

std::int64_t Be64(std::string_view b, std::size_t at) {
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(Be32(b, at)) << 32 | Be32(b, at + 4));
}

constexpr std::size_t kHeaderSize = 44;

bool ReadHeader(std::string_view b, std::size_t at, char& version, TzifCounts& n) {
    if (b.size() < at + kHeaderSize || b.substr(at, 4) != "TZif") return false;
    version = b[at + 4];
    if (version != '\0' && (version < '2' || version > '4')) return false;
    n = TzifCounts{Be32(b, at + 20), Be32(b, at + 24), Be32(b, at + 28), Be32(b, at + 32), Be32(b, at + 36), Be32(b, at + 40)};
    // RFC 8536 3.1: at least one type and one designation byte; the indicator arrays are empty or one per type.
    return n.type >= 1 && n.type <= 256 && n.chars >= 1 && (n.isut == 0 || n.isut == n.type) && (n.isstd == 0 || n.isstd == n.type);
}

std::uint64_t BlockSize(const TzifCounts& n, std::uint64_t time_size) {
    return n.time * time_size + n.time + n.type * 6 + n.chars + n.leap * (time_size + 4) + n.isstd + n.isut;
}

}  // namespace

// ---- PosixTzRule -----------------------------------------------------------------------------------

std::optional<PosixTzRule> PosixTzRule::Parse(std::string_view text) {
    PosixTzRule r;
    TzText t(text);
    std::int32_t west = 0;
    if (!t.Name() || !t.Duration(24, west)) return std::nullopt;
    r.std_offset_ = -west;  // POSIX counts hours west of UTC
    if (t.AtEnd()) return r;
    if (!t.Name()) return std::nullopt;
    r.has_dst_ = true;
    r.dst_offset_ = r.std_offset_ + 3600;
    if (t.Peek() != ',') {
        if (!t.Duration(24, west)) return std::nullopt;
        r.dst_offset_ = -west;
    }
    // A zone with daylight saving but no rule is left to the transitions (TZif footers always give one).
    if (!t.Eat(',') || !ParseChange(t, r.start_) || !t.Eat(',') || !ParseChange(t, r.end_) || !t.AtEnd()) return std::nullopt;
    return r;
}

int PosixTzRule::OffsetAt(std::int64_t unix_seconds) const {
    if (!has_dst_) return std_offset_;
    const std::int64_t year = YearOf(FloorDiv(unix_seconds + std_offset_, kDay));
    // The start is written in standard time, the end in daylight time.
    const std::int64_t start = ChangeDay(start_, year) * kDay + start_.time - std_offset_;
    const std::int64_t end = ChangeDay(end_, year) * kDay + end_.time - dst_offset_;
    const bool dst = start < end ? (unix_seconds >= start && unix_seconds < end)    // northern hemisphere
                                 : !(unix_seconds >= end && unix_seconds < start);  // southern: DST spans the new year
    return dst ? dst_offset_ : std_offset_;
}

// ---- TzifZone --------------------------------------------------------------------------------------

std::optional<TzifZone> TzifZone::Parse(std::string_view b) {
    char version = 0;
    TzifCounts n;
    if (!ReadHeader(b, 0, version, n)) return std::nullopt;
    std::uint64_t at = kHeaderSize;
    std::uint64_t time_size = 4;
    if (version != '\0') {  // skip the 32-bit block: version 2+ repeats everything with 64-bit times
        at += BlockSize(n, 4);
        if (at > b.size() || !ReadHeader(b, static_cast<std::size_t>(at), version, n)) return std::nullopt;
        at += kHeaderSize;
        time_size = 8;
    }
    if (at + BlockSize(n, time_size) > b.size()) return std::nullopt;

    TzifZone zone;
    std::size_t p = static_cast<std::size_t>(at);
    zone.transitions_.reserve(static_cast<std::size_t>(n.time));
    for (std::uint64_t i = 0; i < n.time; ++i, p += time_size) {
        const std::int64_t t = time_size == 8 ? Be64(b, p) : static_cast<std::int32_t>(Be32(b, p));
        if (!zone.transitions_.empty() && t <= zone.transitions_.back()) return std::nullopt;  // must ascend
        zone.transitions_.push_back(t);
    }
    for (std::uint64_t i = 0; i < n.time; ++i, ++p) {
        const auto index = static_cast<std::uint8_t>(b[p]);
        if (index >= n.type) return std::nullopt;
        zone.type_index_.push_back(index);
    }
    for (std::uint64_t i = 0; i < n.type; ++i, p += 6) {
        const auto offset = static_cast<std::int32_t>(Be32(b, p));
        if (offset < -89999 || offset > 93599) return std::nullopt;  // RFC 8536 3.2: within (-25 h, 26 h)
        zone.type_offset_.push_back(offset);
    }
    p += static_cast<std::size_t>(n.chars + n.leap * (time_size + 4) + n.isstd + n.isut);
    if (time_size == 8) {  // the footer: "\n" TZ-string "\n"; an empty string means no rule
        if (p >= b.size() || b[p] != '\n') return std::nullopt;
        const std::size_t close = b.find('\n', p + 1);
        if (close == std::string_view::npos) return std::nullopt;
        const std::string_view tz = b.substr(p + 1, close - p - 1);
        if (!tz.empty()) zone.rule_ = PosixTzRule::Parse(tz);
    }
    return zone;
}

int TzifZone::OffsetAt(std::int64_t t) const {
    if (transitions_.empty() || t >= transitions_.back()) {
        if (rule_) return rule_->OffsetAt(t);
        return transitions_.empty() ? type_offset_.front() : type_offset_[type_index_.back()];
    }
    if (t < transitions_.front()) return type_offset_.front();  // RFC 8536 3.2: type 0 before the first transition
    const auto next = std::upper_bound(transitions_.begin(), transitions_.end(), t);
    return type_offset_[type_index_[static_cast<std::size_t>(next - transitions_.begin() - 1)]];
}

// ---- Names, files and phrasing ---------------------------------------------------------------------

bool IsZoneName(std::string_view name) {
    if (name.empty() || name.size() > 64) return false;
    std::size_t part_start = 0;
    for (std::size_t i = 0; i <= name.size(); ++i) {
        if (i == name.size() || name[i] == '/') {
            const std::string_view part = name.substr(part_start, i - part_start);
            if (part.empty() || part == "." || part == "..") return false;
            part_start = i + 1;
            continue;
        }
        const char c = name[i];
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '+' || c == '-';
        if (!ok) return false;
    }
    return true;
}

std::optional<TzifZone> LoadZone(std::string_view name, const std::string& zoneinfo_dir) {
    if (!IsZoneName(name)) return std::nullopt;
    const std::string path = zoneinfo_dir + "/" + std::string(name);
    // Zone files are a few KB; anything far larger is not one.
    const std::optional<std::string> bytes = ReadWholeFile(path, 1u << 20);
    if (!bytes) return std::nullopt;
    return TzifZone::Parse(*bytes);
}

std::string ZoneCity(std::string_view zone) {
    const std::size_t slash = zone.rfind('/');
    std::string city(slash == std::string_view::npos ? zone : zone.substr(slash + 1));
    std::replace(city.begin(), city.end(), '_', ' ');
    return city;
}

std::string FormatUtcOffset(int minutes) {
    if (minutes == 0) return "UTC";
    const int a = minutes < 0 ? -minutes : minutes;
    std::string out = std::string("UTC") + (minutes < 0 ? "\xE2\x88\x92" : "+") + std::to_string(a / 60);  // U+2212 minus
    if (a % 60) out += (a % 60 < 10 ? ":0" : ":") + std::to_string(a % 60);
    return out;
}

std::string ClockAt(std::int64_t unix_seconds, int offset_minutes) {
    const std::int64_t minute_of_day = ((FloorDiv(unix_seconds, 60) + offset_minutes) % 1440 + 1440) % 1440;
    return FormatClock(static_cast<int>(minute_of_day / 60), static_cast<int>(minute_of_day % 60));
}

std::string CompareToVisitor(int owner_minutes, int visitor_minutes) {
    const int diff = owner_minutes - visitor_minutes;
    if (diff == 0) return "same time as you";
    const int a = diff < 0 ? -diff : diff;
    std::string amount;
    if (a / 60) amount = std::to_string(a / 60) + " h";
    if (a % 60) amount += (amount.empty() ? "" : " ") + std::to_string(a % 60) + " min";
    return amount + (diff > 0 ? " ahead of you" : " behind you");
}

OwnerClock ResolveOwnerClock(const Basics& basics, std::int64_t unix_seconds, const ZoneOffsetFn& zone_offset) {
    OwnerClock clock;
    if (!basics.timezone.empty() && zone_offset) {
        if (const std::optional<int> offset = zone_offset(basics.timezone, unix_seconds)) {
            clock.source = ClockSource::Zone;
            clock.offset_minutes = *offset;
            clock.place = ZoneCity(basics.timezone);
        }
    }
    if (!clock.known()) {
        if (const std::optional<int> offset = ParseUtcOffsetMinutes(basics.utc_offset)) {
            clock.source = ClockSource::ProfileOffset;
            clock.offset_minutes = *offset;
            clock.place = basics.location.city;
        }
    }
    if (!clock.known()) return clock;
    clock.time = ClockAt(unix_seconds, clock.offset_minutes);
    clock.text = clock.place.empty() ? clock.time + " (" + FormatUtcOffset(clock.offset_minutes) + ")" : clock.time + " in " + clock.place;
    return clock;
}

}  // namespace portfolio
