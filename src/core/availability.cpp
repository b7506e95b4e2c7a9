// Whether an availability entry is open, upcoming or closed on a given day; local time from a UTC offset.
#include "core/availability.h"

namespace portfolio {
namespace {

int StartKey(const Date& d) { return d.year * 10000 + d.month * 100 + d.day; }
int EndKey(const Date& d) { return d.year * 10000 + (d.month ? d.month : 12) * 100 + (d.day ? d.day : 31); }

}  // namespace

AvailabilityStatus StatusOn(const Availability& item, const Date& today) {
    const int now = StartKey(today);
    if (item.end_date.IsSet() && now > EndKey(item.end_date)) return AvailabilityStatus::Closed;
    if (item.start_date.IsSet() && now < StartKey(item.start_date)) return AvailabilityStatus::Upcoming;
    return AvailabilityStatus::Open;
}

std::optional<int> ParseUtcOffsetMinutes(std::string_view o) {
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (o.size() != 6 || (o[0] != '+' && o[0] != '-') || o[3] != ':' || !digit(o[1]) || !digit(o[2]) || !digit(o[4]) ||
        !digit(o[5]))
        return std::nullopt;
    const int hours = (o[1] - '0') * 10 + (o[2] - '0');
    const int minutes = (o[4] - '0') * 10 + (o[5] - '0');
    if (hours > 14 || minutes > 59) return std::nullopt;
    const int total = hours * 60 + minutes;
    return o[0] == '-' ? -total : total;
}

std::string FormatClock(int hour24, int minute) {
    const int h12 = hour24 % 12 == 0 ? 12 : hour24 % 12;
    const char* suffix = hour24 < 12 ? " am" : " pm";
    return std::to_string(h12) + ":" + (minute < 10 ? "0" : "") + std::to_string(minute) + suffix;
}

}  // namespace portfolio
