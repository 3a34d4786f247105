#pragma once
// The printable settlement statement (`--format html`): one self-contained HTML
// file (no scripts, no external resources) laid out for A4 paper, which both
// partners sign. The net payments come first, then totals, the summary by pay
// group, the detail lines (left out with Detail::by_pay_group), the rates tables, policy
// and input SHA-256 used, and a signature block per partner.
// Its tables come from statement_tables.hpp, shared with the Markdown statement.

#include "ausgleich/report/settlement_document.hpp"
#include "ausgleich/report/text_output.hpp"

#include <string>

namespace ausgleich::report {

/// The statement as HTML: well-formed XML syntax (every element closed, text
/// escaped), UTF-8, one inline style sheet with A4 print rules, no scripts,
/// links, images or fonts to load. With Detail::by_pay_group the detail lines
/// are left out and no staff id appears anywhere in the document.
/// Deterministic: no timestamp, only the tool version.
/// The detail lines are written a row at a time.
void write_settlement_html(const SettlementDocument& document, const RenderOptions& options,
                           TextOutput& output);
/// write_settlement_html into a string.
std::string settlement_html(const SettlementDocument& document, const RenderOptions& options);

} // namespace ausgleich::report
