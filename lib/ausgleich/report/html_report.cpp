#include "ausgleich/report/html_report.hpp"

#include "ausgleich/input_record.hpp"
#include "ausgleich/report/format.hpp"
#include "ausgleich/report/html_document.hpp"
#include "ausgleich/report/messages.hpp"
#include "ausgleich/report/statement_tables.hpp"
#include "ausgleich/report/statement_text.hpp"

namespace ausgleich::report {

namespace {

std::string word(Language language, Msg id) {
    return std::string(text(language, id));
}

std::string shared_word(Language language, Msg id) {
    return std::string(text(language, id));
}

using html::element;
using html::section;

// The detail lines, the one part that grows with the staff, a row at a time.
void write_lines_section(const Settlement& settlement, Language language, TextOutput& output) {
    const StatementTable columns = lines_table_columns(language);
    output += html::section_start(word(language, Msg::detail_lines));
    output += html::table_start(columns);
    for (const auto& line : settlement.lines) {
        html::append_table_row(output.buffer(), columns.columns,
                               lines_table_row(line, settlement.policy, language));
        output.flush_if_full();
    }
    output += html::table_end();
    output += "</section>\n";
}

} // namespace

void write_settlement_html(const SettlementDocument& document, const RenderOptions& options,
                           TextOutput& out) {
    const Settlement& settlement = document.settlement;
    const Arge& arge = document.arge;
    const Language language = options.language;
    const std::string heading = settlement_heading(settlement, language);
    out += html::document_start(heading, language);
    out += "<header>\n" + element("h1", heading) + "\n" + html::partners(arge, language) +
           "</header>\n";

    // The payment both partners sign for comes first.
    std::string net;
    for (const auto& sentence : net_sentences(settlement, arge, language)) {
        net += element("p", sentence, "net-sentence") + "\n";
    }
    out += section(shared_word(language, Msg::net_payment), net, "net");

    if (settlement.lines.empty()) {
        out += element("p", no_lines_sentence(language)) + "\n";
    } else {
        out += section(shared_word(language, Msg::totals_per_direction),
                       html::table(totals_table(settlement, arge, language)));
        out += section(shared_word(language, Msg::summary_by_pay_group),
                       html::table(pay_group_summary_table(settlement, language)));
        if (options.detail == Detail::lines) {
            write_lines_section(settlement, language, out);
        }
    }

    if (!settlement.rates_used.empty()) {
        std::string tables;
        for (const RatesTable& table : settlement.rates_used) {
            tables += html::rates_table(table, settlement, language);
        }
        out += section(word(language, Msg::rates_tables_used), tables, "rates");
    }
    out += section(shared_word(language, Msg::policy_title),
                   element("p", policy_paragraph(settlement.policy, language)) + "\n");
    out += section(word(language, Msg::input_files),
                   html::table(inputs_table(document.inputs, language)));
    for (const RatesTable& table : settlement.rates_used) {
        if (table.status == RatesStatus::provisional) {
            out += element("p", provisional_note(table, language), "note") + "\n";
        }
    }
    out += html::signatures(arge, language);
    out += html::document_end(language);
}

std::string settlement_html(const SettlementDocument& document, const RenderOptions& options) {
    return render_to_string(
        [&](TextOutput& output) { write_settlement_html(document, options, output); });
}

} // namespace ausgleich::report
