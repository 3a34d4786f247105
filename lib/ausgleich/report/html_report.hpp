#pragma once
// The printable settlement statement (`--format html`): one self-contained HTML
// file (no scripts, no external resources) laid out for A4 paper, which both
// partners sign. The net payments come first, then totals, the summary by pay
// group, the detail lines (left out with `aggregate`), the rates tables, policy
// and input SHA-256 used, and a signature block per partner.
// Its tables come from statement_tables.hpp, shared with the Markdown statement.

#include "ausgleich/arge.hpp"
#include "ausgleich/input_record.hpp"
#include "ausgleich/report/language.hpp"
#include "ausgleich/settlement.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace ausgleich::report {

/// The statement as HTML: well-formed XML syntax (every element closed, text
/// escaped), UTF-8, one inline style sheet with A4 print rules, no scripts,
/// links, images or fonts to load. With `aggregate` the detail lines are left
/// out and no staff id appears anywhere in the document. Deterministic: no
/// timestamp, only the tool version.
std::string settlement_html(const Settlement& settlement, const Arge& arge,
                            const std::vector<InputRecord>& inputs, Language language,
                            bool aggregate);

} // namespace ausgleich::report
