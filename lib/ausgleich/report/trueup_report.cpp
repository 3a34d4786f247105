#include "ausgleich/report/trueup_report.hpp"

#include "ausgleich/report/csv_report.hpp"
#include "ausgleich/report/format.hpp"
#include "ausgleich/report/json_writer.hpp"
#include "ausgleich/report/table_report.hpp"

namespace ausgleich::report {

namespace {

std::string amounts_json(const TrueupAmounts& amounts) {
    return json_field("final", money(amounts.final_amount)) + ", " +
           json_field("paid", money(amounts.paid)) + ", " +
           json_field("amount", money(amounts.difference));
}

} // namespace

std::string trueup_json(const Settlement& final_settlement, const Trueup& trueup,
                        const std::vector<InputRecord>& inputs) {
    std::string out = "{\n";
    out += "  " + json_field("schema", k_settlement_schema) + ",\n";
    out += "  " + json_field("kind", "trueup") + ",\n";
    out += "  " + json_field("tool", k_tool_version) + ",\n";
    out += "  " + json_field("arge", final_settlement.arge) + ",\n";
    out += "  " + json_raw_field("period", json_period(final_settlement.period)) + ",\n";
    out += "  " + json_raw_field("policy", json_policy(final_settlement.policy)) + ",\n";
    append_json_array(out, "inputs", inputs, json_input);
    append_json_array(out, "paid", trueup.paid, [](const PaidSettlement& paid) {
        return "{" + json_field("path", paid.path) + ", " + json_field("sha256", paid.sha256) +
               ", " + json_raw_field("period", json_period(paid.period)) + "}";
    });
    append_json_array(out, "lines", trueup.lines, [](const TrueupLine& line) {
        return "{" + json_field("staff_id", line.staff_id) + ", " +
               json_field("employer", line.employer) + ", " +
               json_field("pay_group", line.pay_group) + ", " + json_field("debtor", line.debtor) +
               ", " + json_field("creditor", line.creditor) + ", " + amounts_json(line.amounts) +
               "}";
    });
    append_json_array(out, "totals", trueup.totals, [](const TrueupTotal& total) {
        return "{" + json_field("debtor", total.debtor) + ", " +
               json_field("creditor", total.creditor) + ", " + amounts_json(total.amounts) + "}";
    });
    append_json_array(out, "net", trueup.net, json_net, true);
    out += "}\n";
    return out;
}

std::string trueup_csv(const Trueup& trueup) {
    std::string out = "staff_id,employer,pay_group,debtor,creditor,final,paid,amount\r\n";
    for (const auto& line : trueup.lines) {
        const std::vector<std::string> fields = {line.staff_id,
                                                 line.employer,
                                                 line.pay_group,
                                                 line.debtor,
                                                 line.creditor,
                                                 money(line.amounts.final_amount),
                                                 money(line.amounts.paid),
                                                 money(line.amounts.difference)};
        for (std::size_t i = 0; i < fields.size(); ++i) {
            out += (i ? "," : "") + csv_field(fields[i]);
        }
        out += "\r\n";
    }
    return out;
}

std::string trueup_table(const Settlement& final_settlement, const Trueup& trueup,
                         const Arge& arge) {
    using Align = TextTable::Align;
    const Period& period = final_settlement.period;
    std::string out = "True-up " + final_settlement.arge + ", " + period.label + " (" +
                      period.range.first.iso() + " to " + period.range.last.iso() + ")\n";
    for (const RatesTable* table : final_settlement.rates_used) {
        out += "Rates now: " + table->id + " (" + std::string(to_string(table->status)) + ") " +
               table->title + "\n";
    }
    out += "Already paid:\n";
    for (const auto& paid : trueup.paid) {
        out += "  " + paid.path + " (" + paid.period.label + ", sha256 " +
               paid.sha256.substr(0, 12) + "…)\n";
    }
    out += "\n";
    TextTable lines({{"Staff", Align::left},
                     {"Employer", Align::left},
                     {"Pay group", Align::left},
                     {"Debtor", Align::left},
                     {"Final EUR", Align::right},
                     {"Paid EUR", Align::right},
                     {"Difference EUR", Align::right}});
    for (const auto& line : trueup.lines) {
        lines.add_row({line.staff_id, line.employer, line.pay_group, line.debtor,
                       money(line.amounts.final_amount), money(line.amounts.paid),
                       money(line.amounts.difference)});
    }
    out += lines.render();
    out += "\nTotals per direction\n";
    TextTable totals({{"Debtor", Align::left},
                      {"Creditor", Align::left},
                      {"Final EUR", Align::right},
                      {"Paid EUR", Align::right},
                      {"Difference EUR", Align::right}});
    for (const auto& total : trueup.totals) {
        totals.add_row({total.debtor, total.creditor, money(total.amounts.final_amount),
                        money(total.amounts.paid), money(total.amounts.difference)});
    }
    out += totals.render("  ");
    out += "\nNet true-up payment\n";
    for (const auto& net : trueup.net) {
        if (net.amount == 0) {
            out += "  " + partner_label(arge, net.debtor) + " and " +
                   partner_label(arge, net.creditor) + " owe each other nothing more for " +
                   period.label + ".\n";
        } else {
            out += "  " + partner_label(arge, net.debtor) + " pays " +
                   partner_label(arge, net.creditor) + " " + money(net.amount) + " EUR more for " +
                   period.label + ".\n";
        }
    }
    return out;
}

} // namespace ausgleich::report
