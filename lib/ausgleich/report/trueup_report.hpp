#pragma once
// The true-up as JSON (SPEC 6.1 with "kind": "trueup" and a "paid" list), CSV
// (either dialect) and a text table in English or German.

#include "ausgleich/report/text_output.hpp"
#include "ausgleich/report/trueup_document.hpp"

#include <string>

namespace ausgleich::report {

/// Lines, totals and net carry "final", "paid" and "amount" (= final - paid).
/// With Detail::by_pay_group, `"aggregated": true` follows `tool` and `groups`
/// (sums by direction, employer and pay group) take the place of `lines`.
std::string trueup_json(const TrueupDocument& document, const RenderOptions& options = {});
/// trueup_json written to `output` an entry at a time.
void write_trueup_json(const TrueupDocument& document, const RenderOptions& options,
                       TextOutput& output);
/// One row per line: the settlement's line fields with final, paid and amount;
/// with Detail::by_pay_group one row per pay group and employer instead. The
/// rfc4180 header is those field names; excel-de titles the columns in
/// `options.language`.
std::string trueup_csv(const TrueupDocument& document, const RenderOptions& options = {});
/// trueup_csv written to `output` a row at a time.
void write_trueup_csv(const TrueupDocument& document, const RenderOptions& options,
                      TextOutput& output);
/// For people: what was paid, the differences per line (or, with
/// Detail::by_pay_group, per pay group and employer) and direction, the net.
std::string trueup_table(const TrueupDocument& document, const RenderOptions& options = {});

} // namespace ausgleich::report
