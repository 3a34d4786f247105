#pragma once
// `ausgleich explain`: every step of SPEC section 4 for one staff member, with
// the rule and the source behind each figure (rates table, task catalog entry,
// policy setting), as text for an auditor, in English or German (`--lang`), or
// as JSON (`ausgleich/explain/v1`), which is always the same, whatever the language.
//
// The renderers compute nothing of their own: every figure is read from the
// derivation (`derive_staff`) and the settlement's lines (`staff_lines`), the
// functions `settle` uses; amounts per segment come from `component_amount`,
// the time fraction's years or months from `calendar_parts`, each share's tasks
// from `task_contributions`. The formulas are explain_formulas.hpp.

#include "ausgleich/arge.hpp"
#include "ausgleich/period.hpp"
#include "ausgleich/report/explain_formulas.hpp"
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

} // namespace ausgleich::report
