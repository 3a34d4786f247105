#include "ausgleich/report/trueup_statement.hpp"

#include "ausgleich/report/html_document.hpp"
#include "ausgleich/report/markdown_document.hpp"
#include "ausgleich/report/messages.hpp"
#include "ausgleich/report/statement_tables.hpp"
#include "ausgleich/report/statement_text.hpp"
#include "ausgleich/report/trueup_tables.hpp"
#include "ausgleich/report/trueup_text.hpp"

namespace ausgleich::report {

namespace {

std::string shared_word(Language language, Msg id) {
    return std::string(text(language, id));
}

std::string word(Language language, Msg id) {
    return std::string(text(language, id));
}

std::string own_word(Language language, Msg id) {
    return std::string(text(language, id));
}

/// The provisional tables among those used, in their order.
std::vector<const RatesTable*> provisional_tables(const Settlement& settlement) {
    std::vector<const RatesTable*> tables;
    for (const RatesTable& table : settlement.rates_used) {
        if (table.status == RatesStatus::provisional) {
            tables.push_back(&table);
        }
    }
    return tables;
}

} // namespace

std::string trueup_html(const TrueupDocument& document, const RenderOptions& options) {
    using html::element;
    using html::section;
    const Settlement& final_settlement = document.final_settlement;
    const Trueup& trueup = document.trueup;
    const Arge& arge = document.arge;
    const Language language = options.language;
    const bool aggregate = options.detail == Detail::by_pay_group;
    const Period& period = final_settlement.period;
    const std::string heading = trueup_heading(final_settlement, trueup.status, language);
    std::string out = html::document_start(heading, language);
    out += "<header>\n" + element("h1", heading) + "\n" + html::partners(arge, language) +
           "</header>\n";

    // What both partners sign for comes first.
    std::string net;
    for (const auto& pair : trueup.pairs) {
        net +=
            element("p", net_trueup_sentence(pair, arge, period, language), "net-sentence") + "\n";
    }
    out += section(net_heading(trueup.status, language), net, "net");

    if (trueup.lines.empty()) {
        out += element("p", no_lines_sentence(language)) + "\n";
    } else {
        out += section(own_word(language, Msg::net_per_partner_pair),
                       html::table(trueup_pairs_table(trueup, arge, language)) +
                           element("p", trueup_pairs_explanation(language)) + "\n");
        out += section(shared_word(language, Msg::totals_per_direction),
                       html::table(trueup_totals_table(trueup, arge, language)));
    }
    out += section(own_word(language, Msg::paid_settlements),
                   html::table(paid_settlements_table(trueup, language)));
    if (!trueup.lines.empty()) {
        out += aggregate ? section(shared_word(language, Msg::summary_by_pay_group),
                                   html::table(trueup_groups_table(trueup, language)))
                         : section(word(language, Msg::detail_lines),
                                   html::table(trueup_lines_table(trueup, language)));
    }

    if (!final_settlement.rates_used.empty()) {
        std::string tables;
        for (const RatesTable& table : final_settlement.rates_used) {
            tables += html::rates_table(table, final_settlement, language);
        }
        out += section(word(language, Msg::rates_tables_used), tables, "rates");
    }
    out += section(shared_word(language, Msg::policy_title),
                   element("p", policy_paragraph(final_settlement.policy, language)) + "\n");
    out += section(word(language, Msg::input_files),
                   html::table(inputs_table(document.inputs, language)));
    for (const RatesTable* table : provisional_tables(final_settlement)) {
        out += element("p", provisional_note(*table, language), "note") + "\n";
    }
    out += html::signatures(arge, language);
    out += html::document_end(language);
    return out;
}

std::string trueup_markdown(const TrueupDocument& document, const RenderOptions& options) {
    using markdown::escape;
    using markdown::heading;
    using markdown::pipe_table;
    const Settlement& final_settlement = document.final_settlement;
    const Trueup& trueup = document.trueup;
    const Arge& arge = document.arge;
    const Language language = options.language;
    const bool aggregate = options.detail == Detail::by_pay_group;
    const Period& period = final_settlement.period;
    std::string out = heading(1, trueup_heading(final_settlement, trueup.status, language));
    out += markdown::partners(arge, language);
    out += heading(2, net_heading(trueup.status, language));
    for (const auto& pair : trueup.pairs) {
        out += "**" + escape(net_trueup_sentence(pair, arge, period, language)) + "**\n\n";
    }

    if (trueup.lines.empty()) {
        out += escape(no_lines_sentence(language)) + "\n\n";
    } else {
        out += heading(2, own_word(language, Msg::net_per_partner_pair)) +
               pipe_table(trueup_pairs_table(trueup, arge, language)) + "\n" +
               escape(trueup_pairs_explanation(language)) + "\n\n";
        out += heading(2, shared_word(language, Msg::totals_per_direction)) +
               pipe_table(trueup_totals_table(trueup, arge, language)) + "\n";
    }
    out += heading(2, own_word(language, Msg::paid_settlements)) +
           pipe_table(paid_settlements_table(trueup, language)) + "\n";
    if (!trueup.lines.empty()) {
        out += aggregate ? heading(2, shared_word(language, Msg::summary_by_pay_group)) +
                               pipe_table(trueup_groups_table(trueup, language)) + "\n"
                         : heading(2, word(language, Msg::detail_lines)) +
                               pipe_table(trueup_lines_table(trueup, language)) + "\n";
    }

    if (!final_settlement.rates_used.empty()) {
        out += heading(2, word(language, Msg::rates_tables_used));
        for (const RatesTable& table : final_settlement.rates_used) {
            out += markdown::rates_table(table, final_settlement, language);
        }
    }
    out += heading(2, shared_word(language, Msg::policy_title)) +
           escape(policy_paragraph(final_settlement.policy, language)) + "\n\n";
    out += heading(2, word(language, Msg::input_files)) +
           pipe_table(inputs_table(document.inputs, language)) + "\n";
    for (const RatesTable* table : provisional_tables(final_settlement)) {
        out += "> " + escape(provisional_note(*table, language)) + "\n\n";
    }
    out += markdown::footer(language);
    return out;
}

} // namespace ausgleich::report
