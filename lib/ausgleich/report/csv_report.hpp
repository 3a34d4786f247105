#pragma once
// The settlement lines as CSV (SPEC section 6.2) in one of two dialects:
//  - rfc4180 (default): ',' between fields, '.' as decimal point, CRLF, fields
//    quoted only when they contain a separator, quote or line break; the header
//    is the JSON field names. For programs; never depends on --lang.
//  - excel-de: what German Excel and LibreOffice open correctly on a double
//    click: UTF-8 with a byte order mark, ';' between fields, decimal comma,
//    CRLF; the header is the column titles in the report language.

#include "ausgleich/report/settlement_document.hpp"
#include "ausgleich/report/text_output.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace ausgleich::report {

/// "rfc4180" or "excel-de"; throws std::invalid_argument for anything else.
CsvDialect parse_csv_dialect(std::string_view name);

/// One field, quoted per RFC 4180 when it contains `separator`, '"', CR or LF.
std::string csv_field(const std::string& text, char separator = ',');

/// The header and one row per line: the JSON line fields without components.
/// With Detail::by_pay_group, one row per pay group and employer instead (no
/// staff ids). Written in `options.csv_dialect`; the excel-de header is in
/// `options.language`.
void write_settlement_csv(const SettlementDocument& document, const RenderOptions& options,
                          TextOutput& output);
/// write_settlement_csv into a string.
std::string settlement_csv(const SettlementDocument& document, const RenderOptions& options = {});

/// Writes rows in a dialect: a helper for every CSV renderer. Cells marked as
/// numbers get the dialect's decimal separator; text cells that a spreadsheet
/// would run as a formula (starting with = + - @) are defused in excel-de.
class CsvWriter {
public:
    /// Collects the rows, for str().
    explicit CsvWriter(CsvDialect dialect);
    /// Writes the rows to `output`, a chunk at a time; str() stays empty.
    CsvWriter(CsvDialect dialect, TextOutput& output);
    void text(const std::string& value);
    /// A plain decimal or integer as formatted for JSON ("-1234.50", "91").
    void number(const std::string& plain);
    void end_row();
    /// The header row: each column's JSON field name in rfc4180, its title
    /// (already in the report language) in excel-de.
    void header(const std::vector<std::pair<std::string_view, std::string_view>>& columns);
    std::string str() const { return m_text; }

private:
    CsvDialect m_dialect;
    std::string m_text;
    TextOutput* m_output = nullptr;
    std::string& m_out; // m_text, or the buffer of m_output
    bool m_row_started = false;
    void append(const std::string& field);
};

} // namespace ausgleich::report
