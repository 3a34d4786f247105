#pragma once
// The formulas of `ausgleich explain` (SPEC section 4): each figure of a segment
// or line as text with its parts and sources. explain_json takes them in English
// (the default); explain_text in the language asked for.

#include "ausgleich/arge.hpp"
#include "ausgleich/date.hpp"
#include "ausgleich/decimal.hpp"
#include "ausgleich/period.hpp"
#include "ausgleich/report/language.hpp"
#include "ausgleich/settlement.hpp"
#include "ausgleich/tasks.hpp"

#include <string>
#include <vector>

namespace ausgleich::report {

/// An exact value as "numerator/denominator" ("39/77", "1/1").
std::string fraction_text(const Rational& value);

/// An exact value for people: the decimal when it is finite ("0.5065"), else
/// the fraction and its half-up 6-place decimal ("39/77 ≈ 0.506494"; in German
/// "0,5065", "39/77 ≈ 0,506494", with '.' between thousands).
std::string exact_text(const Rational& value, Language language = Language::en);

/// SPEC 4 step 1 before rounding, with the source of each number:
/// "weekly_hours 19.5 / full_time_hours 38.5 (staff member) = 39/77 ≈ 0.506494"
/// or "fte 0.75 (assignment) = 0.75".
std::string fte_formula(const Arge& arge, const Staff& staff, const Segment& segment,
                        Language language = Language::en);

/// The rounding of step 1: "rounded half-up to 4 decimals (fte_decimals: 4,
/// policy) = 0.5065", or "not rounded (fte_decimals: null, policy) = …".
std::string fte_rounding(const Segment& segment, const Policy& policy,
                         Language language = Language::en);

/// SPEC 4 step 2 with its parts: "91 days / 365 days in 2005 = 91/365 ≈ 0.249315"
/// (days), or "(2005-04: 30/30 + 2005-05: 31/31) / 12 = 61/360 ≈ 0.169444"
/// (months; in German "(Dezember 2005: 15/31 + …) / 12"). The result is the
/// segment's own time fraction.
std::string time_fraction_formula(const Segment& segment, Proration proration,
                                  Language language = Language::en);

/// A component's name: the surcharge's title from its rates table, or for the
/// base rate "Personalkostensatz E9" ("Pauschale je Arbeitsplatz" for the flat
/// rate of a table without pay groups). These are the terms of the cost tables
/// themselves (like a title in a rules file), so they read the same in every
/// language.
std::string component_title(const Segment& segment, const ComponentValue& component);

/// A component's annual value (EUR per FTE) and where it comes from:
/// "43560.80, pay group E9 (tarif) of pks-2005", "30 % × 41318.60 = 12395.58
/// (applies_to: beamte, pks-2005)" or "11070.00, fixed annual amount
/// (applies_to: all, pks-2005)"; in German "30 % × 41.318,60 = 12.395,58 (gilt für
/// Beamte, pks-2005)".
std::string component_formula(const Segment& segment, const ComponentValue& component,
                              Language language = Language::en);

/// SPEC 4 step 4 as a product of its factors: "43560.80 × 0.5065 × 91/365 × 1"
/// (value × FTE × time fraction × share); its value is component_amount().
std::string amount_formula(const Segment& segment, const ComponentValue& component,
                           const Rational& share, Language language = Language::en);

/// How the line amount follows from its components under the policy's
/// `round` and `rounding` settings, with the figures.
std::string line_rounding(const Line& line, const Policy& policy, Language language = Language::en);

/// An annual EUR figure: two decimals when it is whole cents ("43560.80";
/// "43.560,80" in German), else exactly.
std::string annual_text(const Rational& value, Language language = Language::en);

/// The small pieces the formulas and explain_text share.
namespace explain {

/// A decimal as written by format_fixed/format_exact in the language's number
/// format, thousands grouped ("43.560,80" in German).
std::string decimal_text(const std::string& plain, Language language);

/// The rounding mode in words: "half away from zero" / "kaufmännisch",
/// "half to even" / "mathematisch".
std::string rounding_words(RoundingMode mode, Language language);

/// The proration in words: "by calendar days" / "nach Kalendertagen", "by
/// calendar months" / "nach Kalendermonaten".
std::string proration_words(Proration proration, Language language);

/// A pay group's kind: "beamte", "tarif", "any" / "Beamte", "Tarifbeschäftigte",
/// "alle Arten".
std::string kind_text(PayKind kind, Language language);

/// "2005-04-01..2005-06-30" / "01.04.2005 bis 30.06.2005".
std::string range_text(const DateRange& range, Language language);

/// Where an assignment runs, in English as Assignment::describe() writes it:
/// "2005-01-01..open" / "ab 01.01.2005 (unbefristet)".
std::string assignment_range(const Assignment& assignment, Language language);

} // namespace explain

} // namespace ausgleich::report
