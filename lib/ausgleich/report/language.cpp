#include "ausgleich/report/language.hpp"

#include "ausgleich/report/messages.hpp"

#include <algorithm>
#include <stdexcept>

namespace ausgleich::report {

namespace {

enum class PeriodKind { year, quarter, month, range };

// parse_period gives exactly these label forms (SPEC 2).
PeriodKind kind_of(const Period& period) {
    const std::string& label = period.label;
    if (label.size() == 4) {
        return PeriodKind::year;
    }
    if (label.size() == 7) {
        return label[5] == 'Q' ? PeriodKind::quarter : PeriodKind::month;
    }
    return PeriodKind::range;
}

std::string german_range(const Period& period) {
    return format(Language::de, Msg::date_range,
                  {{"first", date_text(period.range.first, Language::de)},
                   {"last", date_text(period.range.last, Language::de)}});
}

// The catalogue's month names in id order: Msg::month_january + month - 1.
Msg month_id(int month) {
    return static_cast<Msg>(static_cast<int>(Msg::month_january) + month - 1);
}

} // namespace

Language parse_language(std::string_view code) {
    if (code == "en") {
        return Language::en;
    }
    if (code == "de") {
        return Language::de;
    }
    throw std::invalid_argument("unknown language '" + std::string(code) + "'");
}

std::string localize_decimal(const std::string& plain, Language language, bool group_thousands) {
    if (language == Language::en) {
        return plain;
    }
    const std::size_t sign = !plain.empty() && plain[0] == '-' ? 1 : 0;
    const std::size_t point = std::min(plain.find('.'), plain.size());
    const std::string digits = plain.substr(sign, point - sign);
    std::string out = plain.substr(0, sign);
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (group_thousands && i > 0 && (digits.size() - i) % 3 == 0) {
            out += '.';
        }
        out += digits[i];
    }
    if (point < plain.size()) {
        out += ',' + plain.substr(point + 1);
    }
    return out;
}

std::string money_text(const Rational& amount, Language language) {
    return localize_decimal(format_fixed(amount, 2), language, true);
}

std::string date_text(const Date& date, Language language) {
    if (language == Language::en) {
        return date.iso();
    }
    const std::string iso = date.iso();
    return iso.substr(8, 2) + "." + iso.substr(5, 2) + "." + iso.substr(0, 4);
}

std::string period_name(const Period& period, Language language) {
    const Date& first = period.range.first;
    const std::string year = std::to_string(first.year());
    switch (kind_of(period)) {
    case PeriodKind::year:
        return year;
    case PeriodKind::quarter:
        return format(language, Msg::quarter_name,
                      {{"year", year}, {"quarter", std::string(1, period.label[6])}});
    case PeriodKind::month:
        return format(
            language, Msg::month_name,
            {{"year", year}, {"month", std::string(text(language, month_id(first.month())))}});
    case PeriodKind::range:
        break;
    }
    return language == Language::en ? period.label : german_range(period);
}

std::string period_with_range(const Period& period, Language language) {
    return format(language,
                  kind_of(period) == PeriodKind::range ? Msg::range_period_with_range
                                                       : Msg::period_with_range,
                  {{"name", period_name(period, language)},
                   {"first", date_text(period.range.first, language)},
                   {"last", date_text(period.range.last, language)}});
}

std::string for_period(const Period& period, Language language) {
    const std::string name = period_name(period, language);
    switch (kind_of(period)) {
    case PeriodKind::year:
        return format(language, Msg::for_year, {{"name", name}});
    case PeriodKind::quarter:
        return format(language, Msg::for_quarter, {{"name", name}});
    case PeriodKind::month:
        return format(language, Msg::for_month, {{"name", name}});
    case PeriodKind::range:
        break;
    }
    return format(language, Msg::for_range, {{"name", name}});
}

std::string in_period(const Period& period, Language language, bool with_range) {
    std::string name = period_name(period, language);
    if (with_range) {
        // The rates listing's form: "2005-Q2 (2005-04-01..2005-06-30)" names the
        // days as the rates files write them; German as everywhere else.
        const std::string iso = period.range.first.iso() + ".." + period.range.last.iso();
        name = language == Language::de ? period_with_range(period, language)
               : period.label == iso    ? iso
                                        : period.label + " (" + iso + ")";
    }
    switch (kind_of(period)) {
    case PeriodKind::year:
        return format(language, Msg::in_year, {{"name", name}});
    case PeriodKind::quarter:
    case PeriodKind::month:
        return format(language, Msg::in_quarter_or_month, {{"name", name}});
    case PeriodKind::range:
        break;
    }
    return format(language, Msg::in_range, {{"name", name}});
}

} // namespace ausgleich::report
