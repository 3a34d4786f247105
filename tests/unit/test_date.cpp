// ISO dates and inclusive date ranges (SPEC section 2).

#include "ausgleich/date.hpp"

#include <catch2/catch.hpp>
#include <string>

using ausgleich::Date;
using ausgleich::DateError;
using ausgleich::DateRange;
using ausgleich::days_in_month;
using ausgleich::days_in_year;
using ausgleich::intersect;

namespace {

Date d(const char* iso) {
    return Date::parse(iso);
}

DateRange range(const char* first, const char* last) {
    return DateRange{d(first), d(last)};
}

// The message Date::parse gives for `text`, or "" when it accepts it.
std::string rejection_of(const std::string& text) {
    try {
        Date::parse(text);
    } catch (const DateError& error) {
        return error.what();
    }
    return "";
}

} // namespace

// --- parsing -------------------------------------------------------------------

TEST_CASE("Date::parse reads year, month and day of an ISO date", "[date]") {
    const Date date = d("2005-04-01");
    CHECK(date.year() == 2005);
    CHECK(date.month() == 4);
    CHECK(date.day() == 1);
    CHECK(date.iso() == "2005-04-01");
    CHECK(d("2005-12-31").iso() == "2005-12-31");
}

TEST_CASE("Date::parse rejects a day the month does not have", "[date]") {
    CHECK(rejection_of("2005-02-30") == "'2005-02-30' is not a date: February 2005 has 28 days, "
                                        "not 30");
    CHECK(rejection_of("2005-04-31") ==
          "'2005-04-31' is not a date: April 2005 has 30 days, not 31");
    CHECK(rejection_of("2005-01-00") ==
          "'2005-01-00' is not a date: January 2005 has 31 days, not 0");
}

TEST_CASE("Date::parse rejects a month that does not exist", "[date]") {
    CHECK(rejection_of("2005-13-01") == "'2005-13-01' is not a date: month 13 does not exist");
    CHECK(rejection_of("2005-00-01") == "'2005-00-01' is not a date: month 0 does not exist");
}

TEST_CASE("Date::parse accepts only the form YYYY-MM-DD with two-digit month and day", "[date]") {
    CHECK(rejection_of("2005-1-1") == "expected a date as YYYY-MM-DD, found '2005-1-1'");
    CHECK(rejection_of("20050101") == "expected a date as YYYY-MM-DD, found '20050101'");
    CHECK(rejection_of("01.04.2005") == "expected a date as YYYY-MM-DD, found '01.04.2005'");
    CHECK(rejection_of("2005-04-01T00:00") ==
          "expected a date as YYYY-MM-DD, found '2005-04-01T00:00'");
    CHECK(rejection_of("") == "expected a date as YYYY-MM-DD, found ''");
}

TEST_CASE("Date::parse rejects years outside 1400-9999", "[date]") {
    CHECK(rejection_of("0000-01-01") == "'0000-01-01' is not a date: year 0 is outside 1400-9999");
    CHECK(rejection_of("1399-12-31") ==
          "'1399-12-31' is not a date: year 1399 is outside 1400-9999");
}

TEST_CASE("the Date constructor rejects a day that does not exist", "[date]") {
    CHECK_THROWS_AS(Date(2005, 2, 30), DateError);
    CHECK_THROWS_AS(Date(2005, 13, 1), DateError);
    CHECK(Date(2005, 2, 28) == d("2005-02-28"));
}

// --- leap years ----------------------------------------------------------------

TEST_CASE("29 February exists in leap years only", "[date][leap]") {
    CHECK(rejection_of("2004-02-29") == ""); // divisible by 4
    CHECK(rejection_of("2005-02-29") == "'2005-02-29' is not a date: February 2005 has 28 days, "
                                        "not 29");
    // 1900 is divisible by 100 but not by 400: not a leap year.
    CHECK(rejection_of("1900-02-29") == "'1900-02-29' is not a date: February 1900 has 28 days, "
                                        "not 29");
    CHECK(rejection_of("2000-02-29") == ""); // divisible by 400
}

TEST_CASE("days_in_year is 366 for leap years and 365 otherwise", "[date][leap]") {
    CHECK(days_in_year(2004) == 366);
    CHECK(days_in_year(2005) == 365);
    CHECK(days_in_year(1900) == 365);
    CHECK(days_in_year(2000) == 366);
}

TEST_CASE("days_in_month follows the calendar including February of leap years", "[date][leap]") {
    CHECK(days_in_month(2005, 1) == 31);
    CHECK(days_in_month(2005, 2) == 28);
    CHECK(days_in_month(2004, 2) == 29);
    CHECK(days_in_month(1900, 2) == 28);
    CHECK(days_in_month(2000, 2) == 29);
    CHECK(days_in_month(2005, 4) == 30);
    CHECK(days_in_month(2005, 12) == 31);
}

// --- arithmetic and order ------------------------------------------------------

TEST_CASE("days_until counts the days between two dates", "[date]") {
    CHECK(d("2005-04-01").days_until(d("2005-04-01")) == 0);
    CHECK(d("2005-04-01").days_until(d("2005-04-02")) == 1);
    CHECK(d("2005-01-01").days_until(d("2005-12-31")) == 364);
    CHECK(d("2004-01-01").days_until(d("2005-01-01")) == 366); // 2004 is a leap year
    CHECK(d("2005-12-31").days_until(d("2005-01-01")) == -364);
}

TEST_CASE("plus_days crosses month and year ends", "[date]") {
    CHECK(d("2005-01-31").plus_days(1) == d("2005-02-01"));
    CHECK(d("2005-02-28").plus_days(1) == d("2005-03-01"));
    CHECK(d("2004-02-28").plus_days(1) == d("2004-02-29"));
    CHECK(d("2005-12-31").plus_days(1) == d("2006-01-01"));
    CHECK(d("2005-01-01").plus_days(-1) == d("2004-12-31"));
    CHECK(d("2005-01-01").plus_days(365) == d("2006-01-01"));
    CHECK(d("2005-04-01").plus_days(0) == d("2005-04-01"));
}

TEST_CASE("dates are ordered by time", "[date]") {
    CHECK(d("2005-04-01") < d("2005-04-02"));
    CHECK(d("2004-12-31") < d("2005-01-01"));
    CHECK(d("2005-02-01") > d("2005-01-31"));
    CHECK(d("2005-04-01") == d("2005-04-01"));
    CHECK(d("2005-04-01") != d("2005-04-02"));
}

// --- ranges --------------------------------------------------------------------

TEST_CASE("a date range counts both of its ends", "[date][range]") {
    CHECK(range("2005-04-01", "2005-04-01").days() == 1);
    CHECK(range("2005-04-01", "2005-04-02").days() == 2);
    CHECK(range("2005-04-01", "2005-06-30").days() == 91); // April 30 + May 31 + June 30
    CHECK(range("2004-01-01", "2004-12-31").days() == 366);
}

TEST_CASE("a date range contains its first and last day and nothing outside", "[date][range]") {
    const DateRange q2 = range("2005-04-01", "2005-06-30");
    CHECK(q2.contains(d("2005-04-01")));
    CHECK(q2.contains(d("2005-05-15")));
    CHECK(q2.contains(d("2005-06-30")));
    CHECK_FALSE(q2.contains(d("2005-03-31")));
    CHECK_FALSE(q2.contains(d("2005-07-01")));
}

TEST_CASE("intersect of overlapping ranges is the days they share", "[date][range]") {
    const DateRange first_half = range("2005-01-01", "2005-06-30");
    const DateRange from_april = range("2005-04-01", "2005-12-31");
    CHECK(intersect(first_half, from_april) == range("2005-04-01", "2005-06-30"));
    CHECK(intersect(from_april, first_half) == range("2005-04-01", "2005-06-30"));
}

TEST_CASE("intersect of a range inside another is the inner range", "[date][range]") {
    CHECK(intersect(range("2005-01-01", "2005-12-31"), range("2005-04-01", "2005-06-30")) ==
          range("2005-04-01", "2005-06-30"));
}

TEST_CASE("ranges touching on one day share exactly that day", "[date][range]") {
    const auto common =
        intersect(range("2005-01-01", "2005-03-31"), range("2005-03-31", "2005-06-30"));
    REQUIRE(common.has_value());
    CHECK(*common == range("2005-03-31", "2005-03-31"));
    CHECK(common->days() == 1);
}

TEST_CASE("adjacent and disjoint ranges have no days in common", "[date][range]") {
    CHECK_FALSE(intersect(range("2005-01-01", "2005-03-31"), range("2005-04-01", "2005-06-30")));
    CHECK_FALSE(intersect(range("2005-07-01", "2005-09-30"), range("2005-01-01", "2005-03-31")));
}
