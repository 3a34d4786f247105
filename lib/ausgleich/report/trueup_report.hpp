#pragma once
// The true-up as JSON (SPEC 6.1 with "kind": "trueup" and a "paid" list), CSV
// (either dialect) and a text table in English or German.

#include "ausgleich/arge.hpp"
#include "ausgleich/input_record.hpp"
#include "ausgleich/report/csv_report.hpp"
#include "ausgleich/report/language.hpp"
#include "ausgleich/settlement.hpp"
#include "ausgleich/trueup.hpp"

#include <string>
#include <vector>

namespace ausgleich::report {

/// Lines, totals and net carry "final", "paid" and "amount" (= final - paid).
/// With `aggregate`, `"aggregated": true` follows `tool` and `groups` (sums by
/// direction, employer and pay group) take the place of `lines`.
std::string trueup_json(const Settlement& final_settlement, const Trueup& trueup,
                        const std::vector<InputRecord>& inputs,
                        const std::vector<std::string>& rules_dirs, bool aggregate = false);
/// One row per line: the settlement's line fields with final, paid and amount;
/// with `aggregate` one row per pay group and employer instead. The rfc4180
/// header is those field names; excel-de titles the columns in `style.language`.
std::string trueup_csv(const Trueup& trueup, const CsvStyle& style = {}, bool aggregate = false);
/// For people: what was paid, the differences per line (or, with `aggregate`,
/// per pay group and employer) and direction, the net.
std::string trueup_table(const Settlement& final_settlement, const Trueup& trueup, const Arge& arge,
                         Language language = Language::en, bool aggregate = false);

} // namespace ausgleich::report
