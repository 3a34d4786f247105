#pragma once
// The settlement as JSON, `schema: ausgleich/settlement/v1` (SPEC section 6.1).

#include "ausgleich/report/settlement_document.hpp"
#include "ausgleich/report/text_output.hpp"

#include <string>

namespace ausgleich::report {

inline constexpr const char* k_settlement_schema = "ausgleich/settlement/v1";

/// Renders the settlement: one line of text per detail line, total and net
/// entry, keys in the order of SPEC 6.1, so that files diff well and the
/// same inputs always give the same bytes. With Detail::by_pay_group,
/// `"aggregated": true` follows `tool`, and `groups` (sums by direction,
/// employer and pay group; see summarize_by_pay_group) takes the place of
/// `lines`: no staff id is written. The language and dialect change nothing.
void write_settlement_json(const SettlementDocument& document, const RenderOptions& options,
                           TextOutput& output);
/// write_settlement_json into a string.
std::string settlement_json(const SettlementDocument& document, const RenderOptions& options = {});

/// A JSON string literal (quoted, escaped) for `text` (UTF-8).
std::string json_string(const std::string& text);

} // namespace ausgleich::report
