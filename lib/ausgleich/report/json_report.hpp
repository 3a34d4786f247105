#pragma once
// The settlement as JSON, `schema: ausgleich/settlement/v1` (SPEC section 6.1).

#include "ausgleich/input_record.hpp"
#include "ausgleich/settlement.hpp"

#include <string>
#include <vector>

namespace ausgleich::report {

inline constexpr const char* k_settlement_schema = "ausgleich/settlement/v1";

/// Renders the settlement: one line of text per detail line, total and net
/// entry, keys in the order of SPEC 6.1, so that files diff well and the
/// same inputs always give the same bytes. With `aggregate`, `"aggregated": true`
/// follows `tool`, and `groups` (sums by direction, employer and pay group; see
/// summarize_by_pay_group) takes the place of `lines`: no staff id is written.
/// `rules_dirs` are the rules directories searched, as given (SPEC 5.1).
std::string settlement_json(const Settlement& settlement, const std::vector<InputRecord>& inputs,
                            const std::vector<std::string>& rules_dirs, bool aggregate = false);

/// A JSON string literal (quoted, escaped) for `text` (UTF-8).
std::string json_string(const std::string& text);

} // namespace ausgleich::report
