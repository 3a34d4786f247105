#pragma once
// Calendar dates and inclusive date ranges (SPEC section 2), on Boost.Date_Time's
// proleptic Gregorian calendar.

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <compare>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ausgleich {

/// Thrown by Date::parse with a message fit for a user.
class DateError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// A calendar day (years 1400-9999).
class Date {
public:
    /// Builds a date; throws DateError when the day does not exist (2005-02-30).
    Date(int year, int month, int day);

    /// Parses ISO `YYYY-MM-DD`; throws DateError for any other form or a day that does not exist.
    static Date parse(std::string_view text);

    int year() const { return m_date.year(); }
    int month() const { return m_date.month(); }
    int day() const { return m_date.day(); }

    /// `YYYY-MM-DD`.
    std::string iso() const;

    /// The date `days` later (earlier when negative).
    Date plus_days(long days) const;

    /// Number of days from this date to `later` (0 for the same day).
    long days_until(const Date& later) const;

    friend bool operator==(const Date& a, const Date& b) { return a.m_date == b.m_date; }
    friend std::strong_ordering operator<=>(const Date& a, const Date& b) {
        return a.m_date.day_number() <=> b.m_date.day_number();
    }

private:
    explicit Date(boost::gregorian::date date) : m_date(date) {}
    boost::gregorian::date m_date;
};

/// Days in a calendar year: 365 or 366.
int days_in_year(int year);
/// Days in a calendar month (1-12): 28 to 31.
int days_in_month(int year, int month);

/// An inclusive range of days: both `first` and `last` belong to it.
struct DateRange {
    Date first;
    Date last;

    /// Number of days, counting both ends (a range of one day has 1).
    long days() const { return first.days_until(last) + 1; }
    bool contains(const Date& day) const { return first <= day && day <= last; }

    friend bool operator==(const DateRange&, const DateRange&) = default;
};

/// The days two ranges have in common, or nothing.
std::optional<DateRange> intersect(const DateRange& a, const DateRange& b);

/// The days of `whole` that none of `parts` covers, as maximal ranges in date
/// order; empty when `parts` cover every day. Parts may overlap, touch, come in
/// any order and reach outside `whole` (only their days inside it count).
std::vector<DateRange> uncovered(const DateRange& whole, std::vector<DateRange> parts);

} // namespace ausgleich
