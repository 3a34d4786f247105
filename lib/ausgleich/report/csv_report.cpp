#include "ausgleich/report/csv_report.hpp"

#include "ausgleich/report/format.hpp"
#include "ausgleich/report/messages.hpp"
#include "ausgleich/report/pay_group_summary.hpp"

#include <stdexcept>

namespace ausgleich::report {

CsvDialect parse_csv_dialect(std::string_view name) {
    if (name == "rfc4180") {
        return CsvDialect::rfc4180;
    }
    if (name == "excel-de") {
        return CsvDialect::excel_de;
    }
    throw std::invalid_argument("unknown CSV dialect '" + std::string(name) + "'");
}

namespace {

bool needs_quotes(std::string_view text, char separator) {
    for (const char c : text) {
        if (c == separator || c == '"' || c == '\r' || c == '\n') {
            return true;
        }
    }
    return false;
}

void append_field(std::string& out, std::string_view text, char separator) {
    if (!needs_quotes(text, separator)) {
        out += text;
        return;
    }
    out += '"';
    for (const char c : text) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    out += '"';
}

} // namespace

std::string csv_field(const std::string& text, char separator) {
    std::string field;
    append_field(field, text, separator);
    return field;
}

CsvWriter::CsvWriter(CsvDialect dialect) : m_dialect(dialect), m_out(m_text) {
    if (dialect == CsvDialect::excel_de) {
        // The byte order mark is how Excel knows the file is UTF-8 ("Personal-Nr.", "VZÄ").
        m_out = "\xEF\xBB\xBF";
    }
}

CsvWriter::CsvWriter(CsvDialect dialect, TextOutput& output)
    : m_dialect(dialect), m_output(&output), m_out(output.buffer()) {
    if (dialect == CsvDialect::excel_de) {
        m_out += "\xEF\xBB\xBF";
    }
}

void CsvWriter::append(const std::string& field) {
    if (m_row_started) {
        m_out += m_dialect == CsvDialect::excel_de ? ';' : ',';
    }
    append_field(m_out, field, m_dialect == CsvDialect::excel_de ? ';' : ',');
    m_row_started = true;
}

void CsvWriter::text(const std::string& value) {
    // A spreadsheet runs a cell starting with one of these as a formula
    // ("CSV injection"); a leading apostrophe makes it text. Ids never start
    // so in practice, but they come from a file we do not control.
    if (m_dialect == CsvDialect::excel_de && !value.empty() &&
        std::string_view("=+-@").find(value.front()) != std::string_view::npos) {
        append("'" + value);
        return;
    }
    append(value);
}

void CsvWriter::number(const std::string& plain) {
    append(m_dialect == CsvDialect::excel_de ? localize_decimal(plain, Language::de) : plain);
}

void CsvWriter::end_row() {
    m_out += "\r\n";
    m_row_started = false;
    if (m_output != nullptr) {
        m_output->flush_if_full();
    }
}

void CsvWriter::header(const std::vector<std::pair<std::string_view, std::string_view>>& columns) {
    for (const auto& [field_name, title] : columns) {
        text(std::string(m_dialect == CsvDialect::rfc4180 ? field_name : title));
    }
    end_row();
}

void write_settlement_csv(const SettlementDocument& document, const RenderOptions& options,
                          TextOutput& output) {
    const Settlement& settlement = document.settlement;
    CsvWriter csv(options.csv_dialect, output);
    const auto title = [&options](Msg id) {
        return text(options.language, id);
    };
    if (options.detail == Detail::by_pay_group) {
        csv.header({{"debtor", title(Msg::debtor)},
                    {"creditor", title(Msg::creditor)},
                    {"employer", title(Msg::employer_column)},
                    {"pay_group", title(Msg::pay_group_column)},
                    {"staff", title(Msg::staff_members)},
                    {"amount", title(Msg::amount_eur)}});
        for (const auto& group : summarize_by_pay_group(settlement)) {
            csv.text(group.debtor);
            csv.text(group.creditor);
            csv.text(group.employer);
            csv.text(group.pay_group);
            csv.number(std::to_string(group.staff));
            csv.number(money(group.amount));
            csv.end_row();
        }
        return;
    }
    csv.header({{"staff_id", title(Msg::staff_column)},
                {"employer", title(Msg::employer_column)},
                {"pay_group", title(Msg::pay_group_column)},
                {"debtor", title(Msg::debtor)},
                {"creditor", title(Msg::creditor)},
                {"days", title(Msg::days_column)},
                {"fte", title(Msg::fte_column)},
                {"share", title(Msg::share_column)},
                {"amount", title(Msg::amount_eur)}});
    for (const auto& line : settlement.lines) {
        csv.text(line.staff_id);
        csv.text(line.employer);
        csv.text(line.pay_group);
        csv.text(line.debtor);
        csv.text(line.creditor);
        csv.number(std::to_string(line.days));
        csv.number(fte(line.fte, settlement.policy));
        csv.number(share(line.share));
        csv.number(money(line.amount));
        csv.end_row();
    }
}

std::string settlement_csv(const SettlementDocument& document, const RenderOptions& options) {
    return render_to_string(
        [&](TextOutput& output) { write_settlement_csv(document, options, output); });
}

} // namespace ausgleich::report
