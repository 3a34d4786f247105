#pragma once
// How a surcharge's value is described to people (SPEC 3.1.1): one text for
// the rates listing, the statements and explain, so that "29.3 %", "by
// career: …", "12 × 194.31" and "of base + versorgung" read the same everywhere.

#include "ausgleich/rates.hpp"
#include "ausgleich/report/language.hpp"

#include <string>

namespace ausgleich::report {

/// "gehobener Dienst".
std::string career_text(Career career, Language language);
/// "29.3 %" / "29,3 %".
std::string percent_text(const Rational& percent, Language language);
/// The value as the table gives it: "29.3 %", "by career: einfacher Dienst
/// 27.9 %, …", "11070.00", "by pay group (see above)", "12 × 194.31".
std::string surcharge_value_text(const Surcharge& surcharge, Language language);
/// What a percent is taken of: "base + versorgung"; "" for other surcharges
/// and for a percent of the base alone.
std::string of_text(const Surcharge& surcharge);

} // namespace ausgleich::report
