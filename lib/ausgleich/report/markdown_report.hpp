#pragma once
// The settlement as Markdown (`--format markdown`) for pasting into reports:
// the sections of the HTML statement (html_report.hpp) in the same order and
// with the same tables, as headings, sentences and GitHub pipe tables; only
// the signature block is left out, since a pasted excerpt is not signed.

#include "ausgleich/report/settlement_document.hpp"

#include <string>

namespace ausgleich::report {

/// The statement as Markdown. Text from input files is escaped (`|` as `\|`,
/// emphasis and link characters with a backslash); paths, SHA-256 values and
/// source URLs are code spans, so nothing becomes a link. With
/// Detail::by_pay_group the detail lines are left out and no staff id appears.
/// Deterministic.
std::string settlement_markdown(const SettlementDocument& document, const RenderOptions& options);

} // namespace ausgleich::report
