// Availability honesty: a past search is closed, a future one says when, an open-ended one is open.
#include <doctest/doctest.h>

#include "core/availability.h"

using namespace portfolio;

TEST_CASE("availability status for past, current, future and undated ranges") {
    Availability internship;
    internship.end_date = Date{2025, 8, 31};
    CHECK(StatusOn(internship, Date{2025, 8, 31}) == AvailabilityStatus::Open);
    CHECK(StatusOn(internship, Date{2025, 9, 1}) == AvailabilityStatus::Closed);
    CHECK(StatusOn(internship, Date{2026, 11, 27}) == AvailabilityStatus::Closed);

    Availability month_precision;
    month_precision.start_date = Date{2026, 5, 0};
    month_precision.end_date = Date{2026, 8, 0};
    CHECK(StatusOn(month_precision, Date{2026, 4, 30}) == AvailabilityStatus::Upcoming);
    CHECK(StatusOn(month_precision, Date{2026, 5, 1}) == AvailabilityStatus::Open);
    CHECK(StatusOn(month_precision, Date{2026, 8, 31}) == AvailabilityStatus::Open);
    CHECK(StatusOn(month_precision, Date{2026, 9, 1}) == AvailabilityStatus::Closed);

    Availability year_only;
    year_only.end_date = Date{2025, 0, 0};
    CHECK(StatusOn(year_only, Date{2025, 12, 31}) == AvailabilityStatus::Open);
    CHECK(StatusOn(year_only, Date{2026, 1, 1}) == AvailabilityStatus::Closed);

    CHECK(StatusOn(Availability{}, Date{2030, 1, 1}) == AvailabilityStatus::Open);
}

TEST_CASE("UTC offsets and clock times") {
    CHECK(ParseUtcOffsetMinutes("+08:00") == 480);
    CHECK(ParseUtcOffsetMinutes("-05:30") == -330);
    CHECK_FALSE(ParseUtcOffsetMinutes("8"));
    CHECK_FALSE(ParseUtcOffsetMinutes("+25:00"));
    CHECK(FormatClock(21, 30) == "9:30 pm");
    CHECK(FormatClock(0, 5) == "12:05 am");
    CHECK(FormatClock(12, 0) == "12:00 pm");
}
