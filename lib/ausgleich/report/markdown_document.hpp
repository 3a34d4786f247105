#pragma once
// The building blocks of the Markdown statements (settle's and trueup's
// `--format markdown`): escaping, code spans, GitHub pipe tables, headings,
// the partners, a rates table and the footer. Text from input files is
// escaped; paths, SHA-256 values and URLs are code spans, so nothing becomes
// a link or raw HTML.

#include "ausgleich/arge.hpp"
#include "ausgleich/rates.hpp"
#include "ausgleich/report/language.hpp"
#include "ausgleich/report/statement_tables.hpp"
#include "ausgleich/settlement.hpp"

#include <string>
#include <string_view>

namespace ausgleich::report::markdown {

/// Text with Markdown specials (emphasis, code, links, raw HTML, `|`) escaped
/// by a backslash and line breaks turned into spaces.
std::string escape(std::string_view text);

/// A code span that no backtick in `text` can end.
std::string code(std::string_view text);

/// A GitHub pipe table; number columns right-aligned, code columns as code spans.
std::string pipe_table(const StatementTable& table);

/// "## text" and a blank line (`level` # signs).
std::string heading(int level, const std::string& text);

/// "Partners:" and one list item per partner.
std::string partners(const Arge& arge, Language language);

/// One rates table used: status, validity, sources, the rates of the pay groups
/// `settlement` settled and the surcharges.
std::string rates_table(const RatesTable& table, const Settlement& settlement, Language language);

/// The rule and the tool version (no timestamp) that end the document.
std::string footer(Language language);

} // namespace ausgleich::report::markdown
