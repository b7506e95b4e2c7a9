// Dates as the profile writes them (ISO 8601 prefixes) and as the page shows them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/profile.h"

namespace portfolio {

// "2024", "2024-03" or "2024-03-15" -> Date; nullopt when malformed or out of range.
std::optional<Date> ParseDate(std::string_view text);
// The looser ways people write a date in a resume: "2024-3", "2024/03", "03/2024", "3-2024", "March 2024",
// "Mar 2024", "Sept. 2024", and an ISO date-time ("2024-03-15T00:00:00Z"); nullopt otherwise. Day-first
// or month-first "05/03/2024" is ambiguous and refused.
std::optional<Date> ParseLooseDate(std::string_view text);
// "2024-03" as the profile would write it (ISO, the precision given)
std::string FormatIsoDate(const Date& date);
// "Mar 2024", "2024", "15 Mar 2024"
std::string FormatDate(const Date& date);
// "Jun 2023 – Dec 2023", "Jan 2024 – now" (to the month, days left out)
std::string FormatDateRange(const Date& start, const Date& end);
// Today in the local time zone (the machine's; the browser's on the web).
Date LocalToday();

}  // namespace portfolio
