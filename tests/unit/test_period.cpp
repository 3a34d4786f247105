// Settlement periods (SPEC section 2) and the time fraction of SPEC section 4 step 2.

#include "ausgleich/period.hpp"

#include <catch2/catch.hpp>
#include <string>

using ausgleich::Date;
using ausgleich::DateRange;
using ausgleich::parse_period;
using ausgleich::PeriodError;
using ausgleich::Proration;
using ausgleich::Rational;
using ausgleich::time_fraction;

namespace {

DateRange range(const char* first, const char* last) {
    return DateRange{Date::parse(first), Date::parse(last)};
}

// The message parse_period gives for `text`, or "" when it accepts it.
std::string rejection_of(const std::string& text) {
    try {
        parse_period(text);
    } catch (const PeriodError& error) {
        return error.what();
    }
    return "";
}

const std::string k_forms = " (expected 2005-Q2, 2005-04, 2005 or 2005-04-01..2005-06-30)";

Rational by_days(const char* first, const char* last) {
    return time_fraction(range(first, last), Proration::days);
}

Rational by_months(const char* first, const char* last) {
    return time_fraction(range(first, last), Proration::months);
}

} // namespace

// --- parse_period --------------------------------------------------------------

TEST_CASE("a quarter period runs from the first day of its first month to the last of its third",
          "[period]") {
    const auto q2 = parse_period("2005-Q2");
    CHECK(q2.label == "2005-Q2");
    CHECK(q2.range == range("2005-04-01", "2005-06-30"));
    CHECK(parse_period("2005-Q1").range == range("2005-01-01", "2005-03-31"));
    CHECK(parse_period("2005-Q4").range == range("2005-10-01", "2005-12-31"));
}

TEST_CASE("a month period covers the whole calendar month", "[period]") {
    const auto april = parse_period("2005-04");
    CHECK(april.label == "2005-04");
    CHECK(april.range == range("2005-04-01", "2005-04-30"));
    const auto february_2004 = parse_period("2004-02");
    CHECK(february_2004.range == range("2004-02-01", "2004-02-29"));
    CHECK(february_2004.range.days() == 29); // 2004 is a leap year
    CHECK(parse_period("2005-02").range.days() == 28);
}

TEST_CASE("a year period covers the whole calendar year", "[period]") {
    const auto year = parse_period("2005");
    CHECK(year.label == "2005");
    CHECK(year.range == range("2005-01-01", "2005-12-31"));
}

TEST_CASE("an explicit range includes both of its days", "[period]") {
    const auto period = parse_period("2005-04-01..2005-06-30");
    CHECK(period.label == "2005-04-01..2005-06-30");
    CHECK(period.range == range("2005-04-01", "2005-06-30"));
    CHECK(parse_period("2005-04-15..2005-04-15").range.days() == 1);
    CHECK(parse_period("2004-12-01..2005-01-31").range == range("2004-12-01", "2005-01-31"));
}

TEST_CASE("parse_period rejects a quarter other than Q1 to Q4", "[period]") {
    CHECK(rejection_of("2005-Q5") == "invalid period '2005-Q5'" + k_forms);
    CHECK(rejection_of("2005-Q0") == "invalid period '2005-Q0'" + k_forms);
}

TEST_CASE("parse_period rejects a month that does not exist", "[period]") {
    CHECK(rejection_of("2005-13") == "invalid period '2005-13': month 13 does not exist");
}

TEST_CASE("parse_period rejects a range that ends before it starts", "[period]") {
    CHECK(rejection_of("2005-06-30..2005-04-01") ==
          "period '2005-06-30..2005-04-01' ends before it starts");
}

TEST_CASE("parse_period rejects a range with a date that does not exist", "[period]") {
    CHECK(rejection_of("2005-04-31..2005-06-30") ==
          "invalid period '2005-04-31..2005-06-30': '2005-04-31' is not a date: "
          "April 2005 has 30 days, not 31");
    CHECK(rejection_of("2005-04-01..") ==
          "invalid period '2005-04-01..': expected a date as YYYY-MM-DD, found ''");
}

TEST_CASE("parse_period rejects anything else and lists the accepted forms", "[period]") {
    CHECK(rejection_of("Q2/2005") == "invalid period 'Q2/2005'" + k_forms);
    CHECK(rejection_of("2005-q2") == "invalid period '2005-q2'" + k_forms);
    CHECK(rejection_of("05") == "invalid period '05'" + k_forms);
    CHECK(rejection_of("") == "invalid period ''" + k_forms);
}

// --- time_fraction: days -------------------------------------------------------

TEST_CASE("by days a whole calendar year is exactly 1, in leap years too", "[period][days]") {
    CHECK(by_days("2005-01-01", "2005-12-31") == 1);
    CHECK(by_days("2004-01-01", "2004-12-31") == 1);
    CHECK(by_days("2004-01-01", "2005-12-31") == 2);
}

TEST_CASE("by days a quarter is its days over the days of its year", "[period][days]") {
    // Q2 2005: 30 + 31 + 30 = 91 days of 365.
    CHECK(by_days("2005-04-01", "2005-06-30") == Rational(91, 365));
    // Q1 2004: 31 + 29 + 31 = 91 days of 366.
    CHECK(by_days("2004-01-01", "2004-03-31") == Rational(91, 366));
    CHECK(by_days("2005-04-01", "2005-04-01") == Rational(1, 365));
}

TEST_CASE("by days a range across New Year counts each year's days against that year",
          "[period][days]") {
    // December 2004 is 31 of 366 days, January 2005 31 of 365.
    CHECK(by_days("2004-12-01", "2005-01-31") == Rational(31, 366) + Rational(31, 365));
}

// --- time_fraction: months -----------------------------------------------------

TEST_CASE("by months a whole calendar year is exactly 1", "[period][months]") {
    CHECK(by_months("2005-01-01", "2005-12-31") == 1);
    CHECK(by_months("2004-01-01", "2004-12-31") == 1);
}

TEST_CASE("by months every whole month is 1/12 whatever its length", "[period][months]") {
    CHECK(by_months("2005-04-01", "2005-06-30") == Rational(1, 4)); // 3/12
    CHECK(by_months("2004-02-01", "2004-02-29") == Rational(1, 12));
    CHECK(by_months("2005-02-01", "2005-02-28") == Rational(1, 12));
    CHECK(by_months("2005-01-01", "2005-01-31") == Rational(1, 12));
    CHECK(by_months("2004-12-01", "2005-01-31") == Rational(1, 6)); // 2/12
}

TEST_CASE("by months part of a month counts its calendar days, as TVoeD section 24(3) pays it",
          "[period][months]") {
    // Hired on 15 October: 15..31 October is 17 of 31 days, of 1/12 of the year.
    CHECK(by_months("2005-10-15", "2005-10-31") == Rational(17, 31 * 12));
    // 16..31 January is 16 of 31 days, 1..14 February 14 of 28.
    CHECK(by_months("2005-01-16", "2005-02-14") == Rational(16, 31 * 12) + Rational(14, 28 * 12));
}

TEST_CASE("the days and months methods give different fractions for the same quarter", "[period]") {
    // 91/365 = 0.2493... but 3/12 = 0.25.
    CHECK(by_days("2005-04-01", "2005-06-30") != by_months("2005-04-01", "2005-06-30"));
}
