#include "ausgleich/report/trueup_report.hpp"

#include "ausgleich/report/csv_report.hpp"
#include "ausgleich/report/format.hpp"
#include "ausgleich/report/json_writer.hpp"
#include "ausgleich/report/messages.hpp"
#include "ausgleich/report/pay_group_summary.hpp"
#include "ausgleich/report/statement_tables.hpp"
#include "ausgleich/report/statement_text.hpp"
#include "ausgleich/report/table_report.hpp"
#include "ausgleich/report/trueup_text.hpp"
#include "ausgleich/text.hpp"

#include <utility>

namespace ausgleich::report {

namespace {

std::string amounts_json(const TrueupAmounts& amounts) {
    return json_field("final", money(amounts.final_amount)) + ", " +
           json_field("paid", money(amounts.paid)) + ", " +
           json_field("amount", money(amounts.difference));
}

} // namespace

void write_trueup_json(const TrueupDocument& document, const RenderOptions& options,
                       TextOutput& out) {
    const Trueup& trueup = document.trueup;
    out += json_settlement_head(document.final_settlement, "trueup", options.detail,
                                document.inputs, document.rules_dirs);
    // The head is shared with settlements, which carry no status of their own;
    // a true-up's comes right after the inputs it follows from (SPEC 5.2).
    out += "  " + json_field("status", std::string(to_string(trueup.status))) + ",\n";
    append_json_array(out, "paid", trueup.paid, [](const PaidSettlement& paid) {
        return "{" + json_field("path", paid.path) + ", " + json_field("sha256", paid.sha256) +
               ", " + json_raw_field("period", json_period(paid.period)) + "}";
    });
    if (options.detail == Detail::by_pay_group) {
        append_json_array(out, "groups", summarize_by_pay_group(trueup),
                          [](const TrueupPayGroupSum& group) {
                              return "{" + json_field("debtor", group.debtor) + ", " +
                                     json_field("creditor", group.creditor) + ", " +
                                     json_field("employer", group.employer) + ", " +
                                     json_field("pay_group", group.pay_group) + ", " +
                                     json_raw_field("staff", std::to_string(group.staff)) + ", " +
                                     amounts_json(group.amounts) + "}";
                          });
    } else {
        append_json_array(out, "lines", trueup.lines, [](const TrueupLine& line) {
            return "{" + json_field("staff_id", line.staff_id) + ", " +
                   json_field("employer", line.employer) + ", " +
                   json_field("pay_group", line.pay_group) + ", " +
                   json_field("debtor", line.debtor) + ", " +
                   json_field("creditor", line.creditor) + ", " + amounts_json(line.amounts) + "}";
        });
    }
    append_json_array(out, "totals", trueup.totals, [](const TrueupTotal& total) {
        return "{" + json_field("debtor", total.debtor) + ", " +
               json_field("creditor", total.creditor) + ", " + amounts_json(total.amounts) + "}";
    });
    append_json_array(out, "net", trueup.net, json_net, true);
    out += "}\n";
}

std::string trueup_json(const TrueupDocument& document, const RenderOptions& options) {
    return render_to_string(
        [&](TextOutput& output) { write_trueup_json(document, options, output); });
}

void write_trueup_csv(const TrueupDocument& document, const RenderOptions& options,
                      TextOutput& output) {
    const Trueup& trueup = document.trueup;
    CsvWriter csv(options.csv_dialect, output);
    const auto shared = [&options](Msg id) {
        return text(options.language, id);
    };
    const auto own = [&options](Msg id) {
        return text(options.language, id);
    };
    const std::string now = now_column(trueup.status, options.language);
    // Every row says whether it is final: CSV has no other place for it. The
    // rfc4180 dialect writes the JSON value, excel-de the word for people.
    const std::string status = options.csv_dialect == CsvDialect::rfc4180
                                   ? std::string(to_string(trueup.status))
                                   : std::string(status_text(trueup.status, options.language));
    const std::string status_title = std::string(text(options.language, Msg::status_column));
    const auto amounts = [&csv, &status](const TrueupAmounts& figures) {
        csv.number(money(figures.final_amount));
        csv.number(money(figures.paid));
        csv.number(money(figures.difference));
        csv.text(status);
        csv.end_row();
    };
    if (options.detail == Detail::by_pay_group) {
        csv.header({{"debtor", shared(Msg::debtor)},
                    {"creditor", shared(Msg::creditor)},
                    {"employer", shared(Msg::employer_column)},
                    {"pay_group", shared(Msg::pay_group_column)},
                    {"staff", shared(Msg::staff_members)},
                    {"final", now},
                    {"paid", own(Msg::paid_eur)},
                    {"amount", own(Msg::difference_eur)},
                    {"status", status_title}});
        for (const auto& group : summarize_by_pay_group(trueup)) {
            csv.text(group.debtor);
            csv.text(group.creditor);
            csv.text(group.employer);
            csv.text(group.pay_group);
            csv.number(std::to_string(group.staff));
            amounts(group.amounts);
        }
        return;
    }
    csv.header({{"staff_id", shared(Msg::staff_column)},
                {"employer", shared(Msg::employer_column)},
                {"pay_group", shared(Msg::pay_group_column)},
                {"debtor", shared(Msg::debtor)},
                {"creditor", shared(Msg::creditor)},
                {"final", now},
                {"paid", own(Msg::paid_eur)},
                {"amount", own(Msg::difference_eur)},
                {"status", status_title}});
    for (const auto& line : trueup.lines) {
        csv.text(line.staff_id);
        csv.text(line.employer);
        csv.text(line.pay_group);
        csv.text(line.debtor);
        csv.text(line.creditor);
        amounts(line.amounts);
    }
}

std::string trueup_csv(const TrueupDocument& document, const RenderOptions& options) {
    return render_to_string(
        [&](TextOutput& output) { write_trueup_csv(document, options, output); });
}

std::string trueup_table(const TrueupDocument& document, const RenderOptions& options) {
    const Settlement& final_settlement = document.final_settlement;
    const Trueup& trueup = document.trueup;
    const Arge& arge = document.arge;
    const Language language = options.language;
    using Align = TextTable::Align;
    const auto shared = [language](Msg id) {
        return std::string(text(language, id));
    };
    const auto own = [language](Msg id) {
        return std::string(text(language, id));
    };
    const std::string now = now_column(trueup.status, language);
    const auto eur = [language](const Rational& amount) {
        return money_text(amount, language);
    };
    const Period& period = final_settlement.period;
    std::string out = trueup_heading(final_settlement, trueup.status, language) + "\n";
    for (const RatesTable& table : final_settlement.rates_used) {
        out += own(Msg::rates_now) + ": " + table.id + " (" +
               std::string(status_text(table.status, language)) + ") " + table.title + "\n";
    }
    out += own(Msg::already_paid) + ":\n";
    for (const auto& paid : trueup.paid) {
        out += "  " + printable(paid.path) + " (" + period_name(paid.period, language) +
               ", sha256 " + paid.sha256.substr(0, 12) + "…)\n";
    }
    out += "\n";
    if (options.detail == Detail::by_pay_group) {
        out += shared(Msg::summary_by_pay_group) + "\n";
        TextTable groups({{shared(Msg::debtor), Align::left},
                          {shared(Msg::employer_column), Align::left},
                          {shared(Msg::pay_group_column), Align::left},
                          {shared(Msg::staff_members), Align::right},
                          {now, Align::right},
                          {own(Msg::paid_eur), Align::right},
                          {own(Msg::difference_eur), Align::right}});
        for (const auto& group : summarize_by_pay_group(trueup)) {
            groups.add_row({group.debtor, group.employer, group.pay_group,
                            std::to_string(group.staff), eur(group.amounts.final_amount),
                            eur(group.amounts.paid), eur(group.amounts.difference)});
        }
        out += groups.render("  ");
    } else {
        TextTable lines({{shared(Msg::staff_column), Align::left},
                         {shared(Msg::employer_column), Align::left},
                         {shared(Msg::pay_group_column), Align::left},
                         {shared(Msg::debtor), Align::left},
                         {now, Align::right},
                         {own(Msg::paid_eur), Align::right},
                         {own(Msg::difference_eur), Align::right}});
        for (const auto& line : trueup.lines) {
            lines.add_row({line.staff_id, line.employer, line.pay_group, line.debtor,
                           eur(line.amounts.final_amount), eur(line.amounts.paid),
                           eur(line.amounts.difference)});
        }
        out += lines.render();
    }
    out += "\n" + shared(Msg::totals_per_direction) + "\n";
    TextTable totals({{shared(Msg::debtor), Align::left},
                      {shared(Msg::creditor), Align::left},
                      {now, Align::right},
                      {own(Msg::paid_eur), Align::right},
                      {own(Msg::difference_eur), Align::right}});
    for (const auto& total : trueup.totals) {
        totals.add_row({total.debtor, total.creditor, eur(total.amounts.final_amount),
                        eur(total.amounts.paid), eur(total.amounts.difference)});
    }
    out += totals.render("  ");
    out += "\n" + net_heading(trueup.status, language) + "\n";
    for (const auto& pair : trueup.pairs) {
        out += "  " + net_trueup_sentence(pair, arge, period, language) + "\n";
    }
    for (const RatesTable& table : final_settlement.rates_used) {
        if (table.status == RatesStatus::provisional) {
            out += "\n" + provisional_note(table, language) + "\n";
        }
    }
    return out;
}

} // namespace ausgleich::report
