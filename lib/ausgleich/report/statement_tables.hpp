#pragma once
// The tables of the settlement statement as text cells in the chosen language,
// built once and written both as HTML (html_report.hpp) and as Markdown
// (markdown_report.hpp), so the two documents show the same figures and words.

#include "ausgleich/arge.hpp"
#include "ausgleich/input_record.hpp"
#include "ausgleich/rates.hpp"
#include "ausgleich/report/language.hpp"
#include "ausgleich/settlement.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace ausgleich::report {

/// How a column is set: plain text, a number (right-aligned), or machine text
/// such as a path or SHA-256 (monospace, may break anywhere).
enum class ColumnKind { text, number, code };

struct StatementColumn {
    std::string title;
    ColumnKind kind = ColumnKind::text;
};

/// One table of the statement as text in the chosen language.
struct StatementTable {
    std::vector<StatementColumn> columns;
    std::vector<std::vector<std::string>> rows;
};

/// Debtor, creditor (partner names), lines, amount EUR, and the rounding
/// difference under `round: per-total`.
StatementTable totals_table(const Settlement& settlement, const Arge& arge, Language language);

/// summarize_by_pay_group: debtor, employer, pay group, staff members, amount EUR.
StatementTable pay_group_summary_table(const Settlement& settlement, Language language);

/// One row per line, as the `table` format shows them (with staff ids).
StatementTable lines_table(const Settlement& settlement, Language language);
/// The columns of lines_table, without rows.
StatementTable lines_table_columns(Language language);
/// The row of lines_table for `line`: for renderers that write one row at a time.
std::vector<std::string> lines_table_row(const Line& line, const Policy& policy, Language language);

/// The rates of `table` for the pay groups that occur in the settlement's
/// lines (the "*" entry when a pay group has no entry of its own), in listing
/// order: pay group, kind, EUR per FTE and year.
StatementTable pay_group_rates_table(const RatesTable& table, const Settlement& settlement,
                                     Language language);

/// The surcharges of `table`: id, title, value, which pay groups they apply to.
/// No rows when the table has none.
StatementTable surcharges_table(const RatesTable& table, Language language);

/// Role, id, path and SHA-256 of every input file.
StatementTable inputs_table(const std::vector<InputRecord>& inputs, Language language);

/// "2005-01-01 to 2005-12-31" / "01.01.2005 bis 31.12.2005".
std::string validity_text(const DateRange& range, Language language);

/// The policy as a sentence for a paragraph of its own: policy_sentence with a
/// capital first letter and a full stop.
std::string policy_paragraph(const Policy& policy, Language language);

} // namespace ausgleich::report
