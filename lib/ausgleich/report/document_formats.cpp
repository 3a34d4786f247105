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

// The order is the help's and the usage error's ("--format: x not in {…}").
constexpr std::array k_settlement_formats = {
    SettlementFormat{"table", settlement_table},
    SettlementFormat{"json", settlement_json},
    SettlementFormat{"csv", settlement_csv},
    SettlementFormat{"html", settlement_html},
    SettlementFormat{"markdown", settlement_markdown},
    SettlementFormat{"ledger", settlement_ledger},
};

constexpr std::array k_trueup_formats = {
    TrueupFormat{"table", trueup_table},       TrueupFormat{"json", trueup_json},
    TrueupFormat{"csv", trueup_csv},           TrueupFormat{"html", trueup_html},
    TrueupFormat{"markdown", trueup_markdown},
};

} // namespace

std::span<const SettlementFormat> settlement_formats() {
    return k_settlement_formats;
}

std::span<const TrueupFormat> trueup_formats() {
    return k_trueup_formats;
}

} // namespace ausgleich::report
