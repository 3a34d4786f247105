#pragma once
// `ausgleich explain`: every step of SPEC section 4 for one staff member, with
// the rule and the source behind each figure (rates table, task catalog entry,
// policy setting), as text for an auditor, in English or German (`--lang`), or
// as JSON (`ausgleich/explain/v1`), which is always the same, whatever the language.
//
// The renderers compute nothing of their own: every figure is read from the
// derivation (`derive_staff`) and the settlement's lines (`staff_lines`), the
// functions `settle` uses; amounts per segment come from `component_amount`.

#include "ausgleich/arge.hpp"
#include "ausgleich/period.hpp"
#include "ausgleich/report/language.hpp"
#include "ausgleich/settlement.hpp"
#include "ausgleich/tasks.hpp"

#include <string>
#include <vector>

namespace ausgleich::report {

inline constexpr const char* k_explain_schema = "ausgleich/explain/v1";

/// What one staff member's explanation is rendered from; everything is borrowed.
struct StaffExplanation {
    const Arge& arge;                  ///< the ARGE header: name, partners (its staff is not read)
    const TaskLookup& tasks;           ///< the tasks in force: origin, title, ref of every share
    const Staff& staff;                ///< the staff member explained
    const StaffDerivation& derivation; ///< derive_staff(staff, …) for the period
    const std::vector<Line>& lines;    ///< the settlement's lines of this staff member, by debtor
    const Period& period;
    const Policy& policy; ///< the policy the settlement was computed with
};

/// The explanation as text for people: the staff member and the policy, each
/// segment (days, rates table with its sources, FTE, time fraction, shares with
/// their tasks, components, amounts per debtor), each line with its rounding,
/// and one sentence per line saying who owes whom how much. In German the
/// words, decimals ("0,5065", "43.560,80"), dates and period names are German;
/// fractions ("91/365"), ids and the ARGE file's setting names stay as written.
std::string explain_text(const StaffExplanation& explanation, Language language = Language::en);

/// The same content as JSON, `schema: ausgleich/explain/v1`: keys in a fixed
/// order, exact values as "numerator/denominator" with a 6-place decimal beside
/// them, amounts in cents with two decimals. Deterministic.
std::string explain_json(const StaffExplanation& explanation);

// --- the pieces both renderers share ------------------------------------------
// JSON takes them in English (the default); the text in the language asked for.

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

/// What one task code of an assignment gives one partner (SPEC 4 step 3).
struct TaskContribution {
    const TaskShare* task_share = nullptr; ///< the code and its percent of the assignment
    const Task* task = nullptr;            ///< the catalog, ARGE-file or partner-id entry
    Rational owner_percent;                ///< the partner's percent of the task (> 0)
    Rational share;                        ///< task percent/100 × owner percent/100
};

/// The task codes of the segment's assignment that the partner owns a part of,
/// in the assignment's order; their shares add up to segment.share_of(partner).
std::vector<TaskContribution> task_contributions(const Segment& segment, const TaskLookup& tasks,
                                                 const std::string& partner);

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

} // namespace ausgleich::report
