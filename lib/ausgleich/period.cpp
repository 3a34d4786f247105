#include "ausgleich/period.hpp"

#include <algorithm>

namespace ausgleich {

namespace {

bool all_digits(std::string_view text) {
    return !text.empty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int to_int(std::string_view digits) {
    int value = 0;
    for (const char c : digits) {
        value = value * 10 + (c - '0');
    }
    return value;
}

Date last_of_month(int year, int month) {
    return Date(year, month, days_in_month(year, month));
}

Period parse_range(std::string_view text, std::size_t separator) {
    const Date first = Date::parse(text.substr(0, separator));
    const Date last = Date::parse(text.substr(separator + 2));
    if (last < first) {
        throw PeriodError("period '" + std::string(text) + "' ends before it starts");
    }
    return Period{std::string(text), DateRange{first, last}};
}

} // namespace

Period parse_period(std::string_view text) {
    const std::string hint = " (expected 2005-Q2, 2005-04, 2005 or 2005-04-01..2005-06-30)";
    try {
        if (const auto separator = text.find(".."); separator != std::string_view::npos) {
            return parse_range(text, separator);
        }
        const std::string label(text);
        if (text.size() == 4 && all_digits(text)) {
            const int year = to_int(text);
            return Period{label, DateRange{Date(year, 1, 1), Date(year, 12, 31)}};
        }
        if (text.size() == 7 && all_digits(text.substr(0, 4)) && text[4] == '-') {
            const int year = to_int(text.substr(0, 4));
            if (text[5] == 'Q' && text[6] >= '1' && text[6] <= '4') {
                const int first_month = (text[6] - '1') * 3 + 1;
                return Period{label, DateRange{Date(year, first_month, 1),
                                               last_of_month(year, first_month + 2)}};
            }
            if (all_digits(text.substr(5, 2))) {
                const int month = to_int(text.substr(5, 2));
                return Period{label, DateRange{Date(year, month, 1), last_of_month(year, month)}};
            }
        }
    } catch (const DateError& error) {
        throw PeriodError("invalid period '" + std::string(text) + "': " + error.what());
    }
    throw PeriodError("invalid period '" + std::string(text) + "'" + hint);
}

std::vector<CalendarPart> calendar_parts(const DateRange& range, Proration proration) {
    std::vector<CalendarPart> parts;
    if (range.last < range.first) {
        return parts;
    }
    if (proration == Proration::days) {
        for (int year = range.first.year(); year <= range.last.year(); ++year) {
            const auto part = intersect(range, DateRange{Date(year, 1, 1), Date(year, 12, 31)});
            parts.push_back(CalendarPart{year, 0, part->days(), days_in_year(year)});
        }
        return parts;
    }
    // months: every calendar month counts as 1/12, a partial month by its calendar days
    // (the way § 24 Abs. 3 TVöD pays part of a month).
    // Walk (year, month) pairs without building the date after the range, which
    // may not exist (9999-12-31).
    for (int year = range.first.year(), month = range.first.month();
         year < range.last.year() || (year == range.last.year() && month <= range.last.month());) {
        const auto part =
            intersect(range, DateRange{Date(year, month, 1), last_of_month(year, month)});
        parts.push_back(CalendarPart{year, month, part->days(), days_in_month(year, month)});
        if (++month > 12) {
            month = 1;
            ++year;
        }
    }
    return parts;
}

Rational time_fraction(const DateRange& range, Proration proration) {
    const long months = proration == Proration::months ? 12 : 1;
    Rational fraction = 0;
    for (const CalendarPart& part : calendar_parts(range, proration)) {
        fraction += Rational(part.days, part.length * months);
    }
    return fraction;
}

} // namespace ausgleich
