#pragma once
// The tables of the printable true-up statement as text cells in the chosen
// language, built once and written both as HTML and as Markdown
// (trueup_statement.hpp). Every figure table has the columns final (or
// provisional, by the status), paid and difference, and difference = final - paid
// in every row.

#include "ausgleich/arge.hpp"
#include "ausgleich/report/language.hpp"
#include "ausgleich/report/statement_tables.hpp"
#include "ausgleich/trueup.hpp"

#include <string>

namespace ausgleich::report {

/// Per partner pair (partner names): the net now, the net paid and their
/// difference, in the direction of the net now (Trueup::pairs).
StatementTable trueup_pairs_table(const Trueup& trueup, const Arge& arge, Language language);

/// The sentence under trueup_pairs_table that says how to read its signs.
std::string trueup_pairs_explanation(Language language);

/// Per direction (partner names): final, paid, difference.
StatementTable trueup_totals_table(const Trueup& trueup, const Arge& arge, Language language);

/// Per line: staff id, employer, pay group, debtor, final, paid, difference.
StatementTable trueup_lines_table(const Trueup& trueup, Language language);

/// Per direction, employer and pay group (no staff ids): staff members, final,
/// paid, difference.
StatementTable trueup_groups_table(const Trueup& trueup, Language language);

/// The settlements already paid: path, period, SHA-256 of the file.
StatementTable paid_settlements_table(const Trueup& trueup, Language language);

} // namespace ausgleich::report
