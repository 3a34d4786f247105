#include "ausgleich/report/document_formats.hpp"

#include "ausgleich/report/csv_report.hpp"
#include "ausgleich/report/html_report.hpp"
#include "ausgleich/report/json_report.hpp"
#include "ausgleich/report/ledger_report.hpp"
#include "ausgleich/report/markdown_report.hpp"
#include "ausgleich/report/table_report.hpp"
#include "ausgleich/report/trueup_report.hpp"
#include "ausgleich/report/trueup_statement.hpp"

#include <array>

namespace ausgleich::report {

namespace {

// A renderer that builds its document as one string, written whole: the
// formats meant for reading (table, markdown, ledger) and the true-up's HTML.
template <typename Document, std::string (*Render)(const Document&, const RenderOptions&)>
void whole(const Document& document, const RenderOptions& options, TextOutput& output) {
    output += Render(document, options);
}

template <std::string (*Render)(const SettlementDocument&, const RenderOptions&)>
constexpr auto settlement_whole = whole<SettlementDocument, Render>;
template <std::string (*Render)(const TrueupDocument&, const RenderOptions&)>
constexpr auto trueup_whole = whole<TrueupDocument, Render>;

// The order is the help's and the usage error's ("--format: x not in {…}").
constexpr std::array k_settlement_formats = {
    SettlementFormat{"table", settlement_whole<settlement_table>},
    SettlementFormat{"json", write_settlement_json},
    SettlementFormat{"csv", write_settlement_csv},
    SettlementFormat{"html", write_settlement_html},
    SettlementFormat{"markdown", settlement_whole<settlement_markdown>},
    SettlementFormat{"ledger", settlement_whole<settlement_ledger>},
};

constexpr std::array k_trueup_formats = {
    TrueupFormat{"table", trueup_whole<trueup_table>},
    TrueupFormat{"json", write_trueup_json},
    TrueupFormat{"csv", write_trueup_csv},
    TrueupFormat{"html", trueup_whole<trueup_html>},
    TrueupFormat{"markdown", trueup_whole<trueup_markdown>},
};

} // namespace

std::span<const SettlementFormat> settlement_formats() {
    return k_settlement_formats;
}

std::span<const TrueupFormat> trueup_formats() {
    return k_trueup_formats;
}

} // namespace ausgleich::report
