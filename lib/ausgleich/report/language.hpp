#pragma once
// The language of output meant for people (`--lang`): English, the default,
// or German with German number and date formats ("1.234,56", "30.06.2005").
// JSON, default CSV and the ledger journal are for programs and never change.

#include "ausgleich/date.hpp"
#include "ausgleich/decimal.hpp"
#include "ausgleich/period.hpp"

#include <string>
#include <string_view>

namespace ausgleich::report {

enum class Language { en, de };

/// "en" or "de"; nothing else is accepted (the CLI restricts the choice).
Language parse_language(std::string_view code);

/// A plain decimal as written by format_fixed ("-1234.5") in the language's
/// number format: unchanged in English; in German with a decimal comma and,
/// when `group_thousands`, '.' between groups of three digits ("-1.234,5").
std::string localize_decimal(const std::string& plain, Language language,
                             bool group_thousands = false);

/// An amount in cents for people: "51276.12" in English, "51.276,12" in German.
std::string money_text(const Rational& amount, Language language);

/// "2005-06-30" in English, "30.06.2005" in German.
std::string date_text(const Date& date, Language language);

/// The period's name: the label as given in English ("2005-Q2"); in German
/// "2. Quartal 2005", "April 2005", "2005" or "01.04.2005 bis 30.06.2005".
std::string period_name(const Period& period, Language language);

/// "2005-Q2 (2005-04-01 to 2005-06-30)" / "2. Quartal 2005 (01.04.2005 bis 30.06.2005)";
/// in German a custom range is named only once.
std::string period_with_range(const Period& period, Language language);

/// What follows "pays B 10.00 EUR": "for 2005-Q2" / "für das 2. Quartal 2005",
/// "für April 2005", "für das Jahr 2005", "für den Zeitraum 01.04.2005 bis 30.06.2005".
std::string for_period(const Period& period, Language language);

/// "in 2005-Q2" / "im 2. Quartal 2005", "im April 2005", "im Jahr 2005",
/// "im Zeitraum 01.12.2005 bis 31.01.2006"; with `with_range` the dates of a
/// named period follow: "in 2005-Q2 (2005-04-01..2005-06-30)" /
/// "im 2. Quartal 2005 (01.04.2005 bis 30.06.2005)".
std::string in_period(const Period& period, Language language, bool with_range = false);

} // namespace ausgleich::report
