// Dates as the profile writes them (ISO 8601 prefixes) and as the page shows them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/profile.h"

namespace portfolio {

// "2024", "2024-03" or "2024-03-15" -> Date; nullopt when malformed or out of range.
std::optional<Date> ParseDate(std::string_view text);
// "Mar 2024", "2024", "15 Mar 2024"
std::string FormatDate(const Date& date);
// "Jun 2023 – Dec 2023", "Jan 2024 – now"
std::string FormatDateRange(const Date& start, const Date& end);
// Today in the local time zone (the machine's; the browser's on the web).
Date LocalToday();

}  // namespace portfolio
