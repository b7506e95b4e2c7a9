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

}  // namespace

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
    const std::string to = end.IsSet() ? FormatDate(end) : "now";
    if (!start.IsSet()) return end.IsSet() ? to : "";
    return FormatDate(start) + " \xE2\x80\x93 " + to;  // en dash
}

Date LocalToday() {
    const std::time_t now = std::time(nullptr);
    const std::tm* local = std::localtime(&now);  // the app has one thread: the shared result is not raced
    return local ? Date{local->tm_year + 1900, local->tm_mon + 1, local->tm_mday} : Date{1970, 1, 1};
}

}  // namespace portfolio
