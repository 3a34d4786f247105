#pragma once
// What every settlement renderer is given (SPEC 6): the document to render and
// the options of `--format`'s neighbours, so that all of them share one
// signature, `std::string render(const SettlementDocument&, const RenderOptions&)`,
// and can stand in one table of formats (document_formats.hpp).

#include "ausgleich/arge.hpp"
#include "ausgleich/input_record.hpp"
#include "ausgleich/report/language.hpp"
#include "ausgleich/settlement.hpp"

#include <string>
#include <vector>

namespace ausgleich::report {

/// What a document lists under its totals: every detail line, or (`--aggregate`)
/// the sums by pay group and employer, which name no staff member.
enum class Detail { lines, by_pay_group };

/// How a CSV file is written (`--csv-dialect`), see csv_report.hpp.
enum class CsvDialect { rfc4180, excel_de };

/// The choices a renderer is given besides its document. A renderer ignores
/// what its format has no use for: JSON and the ledger journal the language,
/// every format but CSV the dialect, the journal the detail (it has no lines).
struct RenderOptions {
    Detail detail = Detail::lines;
    Language language = Language::en; ///< of words, numbers and dates for people
    CsvDialect csv_dialect = CsvDialect::rfc4180;
};

/// A settlement with what its documents show beside it. A view: everything it
/// refers to must outlive the rendering.
struct SettlementDocument {
    const Settlement& settlement;
    const Arge& arge;                           ///< the ARGE header: partners and their names
    const std::vector<InputRecord>& inputs;     ///< every input file with its SHA-256 (SPEC 5.1)
    const std::vector<std::string>& rules_dirs; ///< the rules directories searched, as given
};

} // namespace ausgleich::report
