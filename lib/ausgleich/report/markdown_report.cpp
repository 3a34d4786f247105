#include "ausgleich/report/markdown_report.hpp"

#include "ausgleich/report/format.hpp"
#include "ausgleich/report/markdown_document.hpp"
#include "ausgleich/report/messages.hpp"
#include "ausgleich/report/statement_tables.hpp"
#include "ausgleich/report/statement_text.hpp"

namespace ausgleich::report {

using markdown::escape;
using markdown::heading;
using markdown::pipe_table;

std::string settlement_markdown(const SettlementDocument& document, const RenderOptions& options) {
    const Settlement& settlement = document.settlement;
    const Arge& arge = document.arge;
    const Language language = options.language;
    const auto word = [language](Msg id) {
        return std::string(text(language, id));
    };
    const auto shared_word = [language](Msg id) {
        return std::string(text(language, id));
    };
    std::string out = heading(1, settlement_heading(settlement, language));
    out += markdown::partners(arge, language);
    out += heading(2, shared_word(Msg::net_payment));
    for (const auto& sentence : net_sentences(settlement, arge, language)) {
        out += "**" + escape(sentence) + "**\n\n";
    }

    if (settlement.lines.empty()) {
        out += escape(no_lines_sentence(language)) + "\n\n";
    } else {
        out += heading(2, shared_word(Msg::totals_per_direction)) +
               pipe_table(totals_table(settlement, arge, language)) + "\n";
        out += heading(2, shared_word(Msg::summary_by_pay_group)) +
               pipe_table(pay_group_summary_table(settlement, language)) + "\n";
        if (options.detail == Detail::lines) {
            out += heading(2, word(Msg::detail_lines)) +
                   pipe_table(lines_table(settlement, language)) + "\n";
        }
    }

    if (!settlement.rates_used.empty()) {
        out += heading(2, word(Msg::rates_tables_used));
        for (const RatesTable& table : settlement.rates_used) {
            out += markdown::rates_table(table, settlement, language);
        }
    }
    out += heading(2, shared_word(Msg::policy_title)) +
           escape(policy_paragraph(settlement.policy, language)) + "\n\n";
    out += heading(2, word(Msg::input_files)) +
           pipe_table(inputs_table(document.inputs, language)) + "\n";
    for (const RatesTable& table : settlement.rates_used) {
        if (table.status == RatesStatus::provisional) {
            out += "> " + escape(provisional_note(table, language)) + "\n\n";
        }
    }
    out += markdown::footer(language);
    return out;
}

} // namespace ausgleich::report
