#pragma once
// The building blocks of the printable statements (settle's and trueup's
// `--format html`): escaping, elements, tables, sections, the A4 style sheet,
// the partners, a rates table, the signature block and the document frame.
// Everything is well-formed XML syntax and loads nothing (no script, link,
// image, font or url()).

#include "ausgleich/arge.hpp"
#include "ausgleich/rates.hpp"
#include "ausgleich/report/language.hpp"
#include "ausgleich/report/statement_tables.hpp"
#include "ausgleich/settlement.hpp"

#include <string>
#include <string_view>

namespace ausgleich::report::html {

/// Text for element content and quoted attribute values: & < > " escaped;
/// control characters XML 1.0 forbids become U+FFFD.
std::string escape(std::string_view text);

/// `<name class="css">escaped content</name>` (no class attribute when `css` is empty).
std::string element(std::string_view name, std::string_view content, std::string_view css = "");

/// A statement table with an optional caption; number columns right-aligned,
/// code columns in monospace.
std::string table(const StatementTable& table, const std::string& caption = "");

/// table() in three parts, for a table written one row at a time: the start
/// up to `<tbody>`, one row, and the end.
std::string table_start(const StatementTable& table, const std::string& caption = "");
void append_table_row(std::string& out, const std::vector<StatementColumn>& columns,
                      const std::vector<std::string>& row);
std::string table_end();

/// `<section class="css"><h2>heading</h2>body</section>`; `body` is HTML already.
std::string section(const std::string& heading, const std::string& body, std::string_view css = "");
/// section() up to and including the heading; the section ends with `</section>\n`.
std::string section_start(const std::string& heading, std::string_view css = "");

/// From `<!DOCTYPE html>` to `<body>`: language, charset, title and the style sheet.
std::string document_start(const std::string& title, Language language);

/// The footer with the tool version (no timestamp) and the closing tags.
std::string document_end(Language language);

/// The partners as a definition list (names with ids).
std::string partners(const Arge& arge, Language language);

/// One rates table used: status, validity, sources (as text, never links), the
/// rates of the pay groups `settlement` settled and the surcharges.
std::string rates_table(const RatesTable& table, const Settlement& settlement, Language language);

/// The "Signatures" section: place, date and signature lines for every partner.
std::string signatures(const Arge& arge, Language language);

} // namespace ausgleich::report::html
