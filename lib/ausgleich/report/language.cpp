#include "ausgleich/report/language.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>

namespace ausgleich::report {

namespace {

// The words settlement documents share. German terms follow the usage of the
// BA/kommunal settlement practice: "VZÄ" (Vollzeitäquivalent) for FTE,
// "Träger" for partner, "Ausgleichszahlung" for the net payment.
constexpr Translation k_german[] = {
    {"Amount EUR", "Betrag EUR"},
    {"Creditor", "Gläubiger"},
    {"Days", "Tage"},
    {"Debtor", "Schuldner"},
    {"Employer", "Arbeitgeber"},
    {"FTE", "VZÄ"},
    {"Lines", "Zeilen"},
    {"Net payment", "Ausgleichszahlung"},
    {"Pay group", "Gruppe"},
    {"Policy", "Verfahren"},
    {"Rates", "Kostensätze"},
    {"Rounding difference", "Rundungsdifferenz"},
    {"Settlement", "Abrechnung"},
    {"Share", "Anteil"},
    {"Staff", "Personal-Nr."},
    {"Staff members", "Beschäftigte"},
    {"Summary by pay group and employer",
     "Übersicht nach Besoldungs-/Entgeltgruppe und Arbeitgeber"},
    {"Totals per direction", "Summen je Zahlungsrichtung"},
    {"and", "und"},
    {"final", "endgültig"},
    {"pays", "zahlt an"},
    {"provisional", "vorläufig"},
};

constexpr std::array<std::string_view, 12> k_german_months = {
    "Januar", "Februar", "März",      "April",   "Mai",      "Juni",
    "Juli",   "August",  "September", "Oktober", "November", "Dezember"};

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
    return date_text(period.range.first, Language::de) + " bis " +
           date_text(period.range.last, Language::de);
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

std::string_view translate(Language language, std::string_view english,
                           std::span<const Translation> catalogue) {
    if (language == Language::en) {
        return english;
    }
    const auto entry = std::find_if(catalogue.begin(), catalogue.end(),
                                    [&](const Translation& t) { return t.english == english; });
    if (entry == catalogue.end()) {
        throw std::logic_error("no German text for '" + std::string(english) + "'");
    }
    return entry->german;
}

std::string_view text(Language language, std::string_view english) {
    return translate(language, english, k_german);
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
    if (language == Language::en) {
        return period.label;
    }
    const std::string year = std::to_string(period.range.first.year());
    switch (kind_of(period)) {
    case PeriodKind::year:
        return year;
    case PeriodKind::quarter:
        return std::string(1, period.label[6]) + ". Quartal " + year;
    case PeriodKind::month:
        return std::string(k_german_months.at(period.range.first.month() - 1)) + " " + year;
    case PeriodKind::range:
        break;
    }
    return german_range(period);
}

std::string period_with_range(const Period& period, Language language) {
    if (language == Language::en) {
        return period.label + " (" + period.range.first.iso() + " to " + period.range.last.iso() +
               ")";
    }
    if (kind_of(period) == PeriodKind::range) {
        return german_range(period);
    }
    return period_name(period, language) + " (" + german_range(period) + ")";
}

std::string for_period(const Period& period, Language language) {
    if (language == Language::en) {
        return "for " + period.label;
    }
    switch (kind_of(period)) {
    case PeriodKind::year:
        return "für das Jahr " + period_name(period, language);
    case PeriodKind::quarter:
        return "für das " + period_name(period, language);
    case PeriodKind::month:
        return "für " + period_name(period, language);
    case PeriodKind::range:
        break;
    }
    return "für den Zeitraum " + german_range(period);
}

std::string in_period(const Period& period, Language language, bool with_range) {
    if (language == Language::en) {
        return "in " + period.label;
    }
    const std::string name =
        with_range ? period_with_range(period, language) : period_name(period, language);
    switch (kind_of(period)) {
    case PeriodKind::year:
        return "im Jahr " + name;
    case PeriodKind::quarter:
    case PeriodKind::month:
        return "im " + name;
    case PeriodKind::range:
        break;
    }
    return "im Zeitraum " + name;
}

} // namespace ausgleich::report
