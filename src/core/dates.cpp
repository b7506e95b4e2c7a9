// Dates as the profile writes them (ISO 8601 prefixes) and as the page shows them.
#include "core/dates.h"

#include <array>
#include <charconv>
#include <ctime>

namespace portfolio {
namespace {

bool ParseFixed(std::string_view s, std::size_t digits, int& out) {
    if (s.size() != digits) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    std::from_chars(s.data(), s.data() + s.size(), out);
    return true;
}

int DaysInMonth(int year, int month) {
    static constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[static_cast<std::size_t>(month - 1)];
}

constexpr std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

// A month's name or its abbreviation of three letters or more, any case: "Mar", "march", "Sept".
int MonthOfName(std::string_view word) {
    static constexpr std::array<const char*, 12> kNames = {"january", "february", "march",     "april",   "may",      "june",
                                                           "july",    "august",   "september", "october", "november", "december"};
    if (word.size() < 3) return 0;
    std::string lower;
    for (char c : word) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    for (std::size_t m = 0; m < kNames.size(); ++m)
        if (std::string_view(kNames[m]).substr(0, lower.size()) == lower) return static_cast<int>(m) + 1;
    return 0;
}

// Splits "2024-3", "03/2024" or "March 2024" at '-', '/', '.', ',' and spaces; false when another
// character is in it or there are more than three parts.
bool SplitDateParts(std::string_view text, std::array<std::string_view, 3>& parts, std::size_t& count) {
    count = 0;
    std::size_t start = std::string_view::npos;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const char c = i < text.size() ? text[i] : ' ';
        const bool separator = c == '-' || c == '/' || c == ',' || c == ' ' || c == '.';
        const bool word = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!separator && !word) return false;
        if (!separator && start == std::string_view::npos) start = i;
        if (separator && start != std::string_view::npos) {
            if (count == parts.size()) return false;
            parts[count++] = text.substr(start, i - start);
            start = std::string_view::npos;
        }
    }
    return count > 0;
}

bool ParseNumber(std::string_view s, std::size_t min_digits, std::size_t max_digits, int& out) {
    if (s.size() < min_digits || s.size() > max_digits) return false;
    return ParseFixed(s, s.size(), out);
}

std::optional<Date> Checked(Date d) {
    if (d.year < 1000 || d.month < 0 || d.month > 12 || (d.day && (!d.month || d.day < 1 || d.day > DaysInMonth(d.year, d.month))))
        return std::nullopt;
    return d;
}

}  // namespace

std::optional<Date> ParseLooseDate(std::string_view text) {
    if (text.size() > 10 && text[10] == 'T') return ParseDate(text.substr(0, 10));  // an ISO date-time
    std::array<std::string_view, 3> parts;
    std::size_t n = 0;
    if (!SplitDateParts(text, parts, n)) return std::nullopt;
    Date d;
    if (n == 1 && ParseNumber(parts[0], 4, 4, d.year)) return Checked(d);
    if (n == 2 && ParseNumber(parts[0], 4, 4, d.year) && ParseNumber(parts[1], 1, 2, d.month)) return Checked(d);  // 2024-3
    if (n == 2 && ParseNumber(parts[1], 4, 4, d.year) && ParseNumber(parts[0], 1, 2, d.month)) return Checked(d);  // 03/2024
    if (n == 2 && ParseNumber(parts[1], 4, 4, d.year) && (d.month = MonthOfName(parts[0]))) return Checked(d);       // March 2024
    if (n == 3 && ParseNumber(parts[0], 4, 4, d.year) && ParseNumber(parts[1], 1, 2, d.month) && ParseNumber(parts[2], 1, 2, d.day))
        return Checked(d);  // 2024-3-5
    return std::nullopt;
}

std::string FormatIsoDate(const Date& date) {
    auto two = [](int v) { return (v < 10 ? "-0" : "-") + std::to_string(v); };
    std::string out = std::to_string(date.year);
    if (date.month) out += two(date.month);
    if (date.month && date.day) out += two(date.day);
    return out;
}

std::optional<Date> ParseDate(std::string_view text) {
    Date d;
    if (!ParseFixed(text.substr(0, 4), 4, d.year) || d.year < 1000) return std::nullopt;
    if (text.size() == 4) return d;
    if (text.size() < 7 || text[4] != '-' || !ParseFixed(text.substr(5, 2), 2, d.month)) return std::nullopt;
    if (d.month < 1 || d.month > 12) return std::nullopt;
    if (text.size() == 7) return d;
    if (text.size() != 10 || text[7] != '-' || !ParseFixed(text.substr(8, 2), 2, d.day)) return std::nullopt;
    if (d.day < 1 || d.day > DaysInMonth(d.year, d.month)) return std::nullopt;
    return d;
}

std::string FormatDate(const Date& date) {
    if (!date.IsSet()) return "";
    std::string out;
    if (date.day) out += std::to_string(date.day) + " ";
    if (date.month) out += std::string(kMonths[static_cast<std::size_t>(date.month - 1)]) + " ";
    return out + std::to_string(date.year);
}

std::string FormatDateRange(const Date& start, const Date& end) {
    // In months: résumés often give the first of the month ("2013-12-01"), and "1 Dec 2013" says no more.
    const auto month = [](Date d) { return d.day = 0, FormatDate(d); };
    const std::string to = end.IsSet() ? month(end) : "now";
    if (!start.IsSet()) return end.IsSet() ? to : "";
    return month(start) + " \xE2\x80\x93 " + to;  // en dash
}

Date LocalToday() {
    const std::time_t now = std::time(nullptr);
    const std::tm* local = std::localtime(&now);  // the app has one thread: the shared result is not raced
    return local ? Date{local->tm_year + 1900, local->tm_mon + 1, local->tm_mday} : Date{1970, 1, 1};
}

}  // namespace portfolio
