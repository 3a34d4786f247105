#pragma once
// Settlement periods (`--period`, SPEC section 2) and the time fraction of
// SPEC section 4 step 2 (days or months proration).

#include "ausgleich/date.hpp"
#include "ausgleich/decimal.hpp"

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ausgleich {

/// Thrown by parse_period with a message fit for a user.
class PeriodError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// A settlement period: an inclusive date range with the label the user gave it.
struct Period {
    std::string label; ///< "2005-Q2", "2005-04", "2005" or "2005-04-01..2005-06-30"
    DateRange range;
};

/// Parses `YYYY-Qn`, `YYYY-MM`, `YYYY` or `YYYY-MM-DD..YYYY-MM-DD`; throws PeriodError.
Period parse_period(std::string_view text);

/// How a part of a year is turned into a fraction of the annual rate.
enum class Proration {
    days,   ///< per calendar year: days in the year / days of that year (365 or 366)
    months, ///< per calendar month: days in the month / days of that month / 12
};

/// One calendar year (days proration) or calendar month (months proration)
/// that a range touches, and the days of the range inside it.
struct CalendarPart {
    int year = 0;
    int month = 0;   ///< 1-12 under months proration, 0 under days
    long days = 0;   ///< days of the range inside the year or month
    long length = 0; ///< days of the whole year (365, 366) or month (28-31)
};

/// The years or months of `range`, in date order, that SPEC 4 step 2 adds up:
/// days / length per year, or days / length / 12 per month. None for an empty range.
std::vector<CalendarPart> calendar_parts(const DateRange& range, Proration proration);

/// The fraction of a year that `range` stands for (SPEC section 4 step 2); exact:
/// the sum over calendar_parts. A whole calendar year is exactly 1 under both
/// methods; an empty range is 0.
Rational time_fraction(const DateRange& range, Proration proration);

} // namespace ausgleich
