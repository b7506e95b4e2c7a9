// Whether an availability entry ("looking for a summer 2025 internship") is open, upcoming or closed
// on a given day, and the owner's local time from a UTC offset.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/profile.h"

namespace portfolio {

enum class AvailabilityStatus { Open, Upcoming, Closed };

// Partial dates cover their whole period: an end of "2025-08" closes after 31 Aug 2025; a start of "2025"
// opens on 1 Jan 2025. No dates at all means open.
AvailabilityStatus StatusOn(const Availability& item, const Date& today);

// "+08:00" -> 480 minutes; nullopt when malformed.
std::optional<int> ParseUtcOffsetMinutes(std::string_view offset);
// Formats a wall-clock time as "9:30 pm".
std::string FormatClock(int hour24, int minute);

}  // namespace portfolio
