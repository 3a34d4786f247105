#include "ausgleich/date.hpp"

#include <algorithm>

namespace ausgleich {

namespace {

const char* const k_month_names[] = {"January",   "February", "March",    "April",
                                     "May",       "June",     "July",     "August",
                                     "September", "October",  "November", "December"};

int digits_value(std::string_view text) {
    int value = 0;
    for (const char c : text) {
        value = value * 10 + (c - '0');
    }
    return value;
}

bool is_iso_shape(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return false;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i != 4 && i != 7 && (text[i] < '0' || text[i] > '9')) {
            return false;
        }
    }
    return true;
}

} // namespace

Date::Date(int year, int month, int day) : m_date(boost::gregorian::date(1970, 1, 1)) {
    if (year < 1400 || year > 9999) {
        throw DateError("year " + std::to_string(year) + " is outside 1400-9999");
    }
    if (month < 1 || month > 12) {
        throw DateError("month " + std::to_string(month) + " does not exist");
    }
    const int last_day = days_in_month(year, month);
    if (day < 1 || day > last_day) {
        throw DateError(std::string(k_month_names[month - 1]) + " " + std::to_string(year) +
                        " has " + std::to_string(last_day) + " days, not " + std::to_string(day));
    }
    m_date = boost::gregorian::date(static_cast<unsigned short>(year),
                                    static_cast<unsigned short>(month),
                                    static_cast<unsigned short>(day));
}

Date Date::parse(std::string_view text) {
    if (!is_iso_shape(text)) {
        throw DateError("expected a date as YYYY-MM-DD, found '" + std::string(text) + "'");
    }
    try {
        return Date(digits_value(text.substr(0, 4)), digits_value(text.substr(5, 2)),
                    digits_value(text.substr(8, 2)));
    } catch (const DateError& error) {
        throw DateError("'" + std::string(text) + "' is not a date: " + error.what());
    }
}

std::string Date::iso() const {
    const auto two = [](int n) {
        return std::string(n < 10 ? "0" : "") + std::to_string(n);
    };
    return std::to_string(year()) + "-" + two(month()) + "-" + two(day());
}

Date Date::plus_days(long days) const {
    return Date(m_date + boost::gregorian::date_duration(days));
}

long Date::days_until(const Date& later) const {
    return (later.m_date - m_date).days();
}

int days_in_year(int year) {
    return boost::gregorian::gregorian_calendar::is_leap_year(static_cast<unsigned short>(year))
               ? 366
               : 365;
}

int days_in_month(int year, int month) {
    return boost::gregorian::gregorian_calendar::end_of_month_day(
        static_cast<unsigned short>(year), static_cast<unsigned short>(month));
}

std::optional<DateRange> intersect(const DateRange& a, const DateRange& b) {
    const Date first = std::max(a.first, b.first);
    const Date last = std::min(a.last, b.last);
    if (last < first) {
        return std::nullopt;
    }
    return DateRange{first, last};
}

std::vector<DateRange> uncovered(const DateRange& whole, std::vector<DateRange> parts) {
    std::sort(parts.begin(), parts.end(),
              [](const DateRange& a, const DateRange& b) { return a.first < b.first; });
    std::vector<DateRange> gaps;
    // `next` is the first day of `whole` not yet known to be covered.
    std::optional<Date> next = whole.first;
    for (const auto& part : parts) {
        if (!next || whole.last < part.first) {
            break;
        }
        if (part.last < *next) {
            continue;
        }
        if (*next < part.first) {
            gaps.push_back(DateRange{*next, part.first.plus_days(-1)});
        }
        next = part.last < whole.last ? std::optional<Date>(part.last.plus_days(1)) : std::nullopt;
    }
    if (next) {
        gaps.push_back(DateRange{*next, whole.last});
    }
    return gaps;
}

} // namespace ausgleich
