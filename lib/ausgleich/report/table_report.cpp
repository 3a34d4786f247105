#include "ausgleich/report/table_report.hpp"

#include "ausgleich/report/format.hpp"

#include <algorithm>

namespace ausgleich::report {

namespace {

std::size_t display_width(const std::string& text) {
    // Count UTF-8 characters: every byte that does not continue a sequence.
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

std::string pad(const std::string& text, std::size_t width, TextTable::Align align) {
    const std::string fill(width - std::min(width, display_width(text)), ' ');
    return align == TextTable::Align::left ? text + fill : fill + text;
}

std::string policy_sentence(const Policy& policy) {
    std::string text = "proration by " + std::string(to_string(policy.proration)) + ", FTE ";
    text += policy.fte_decimals ? "rounded to " + std::to_string(*policy.fte_decimals) + " decimals"
                                : std::string("exact");
    text += ", rounding " + std::string(to_string(policy.rounding)) + " " +
            std::string(to_string(policy.round));
    return text;
}

} // namespace

TextTable::TextTable(std::vector<std::pair<std::string, Align>> columns)
    : m_columns(std::move(columns)) {}

void TextTable::add_row(std::vector<std::string> cells) {
    m_rows.push_back(std::move(cells));
}

std::string TextTable::render(const std::string& indent) const {
    std::vector<std::size_t> widths;
    for (const auto& [title, align] : m_columns) {
        widths.push_back(display_width(title));
    }
    for (const auto& row : m_rows) {
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i) {
            widths[i] = std::max(widths[i], display_width(row[i]));
        }
    }
    const auto render_row = [&](const std::vector<std::string>& cells) {
        std::string line = indent;
        for (std::size_t i = 0; i < m_columns.size(); ++i) {
            line += (i ? "  " : "") +
                    pad(i < cells.size() ? cells[i] : "", widths[i], m_columns[i].second);
        }
        while (!line.empty() && line.back() == ' ') {
            line.pop_back();
        }
        return line + "\n";
    };
    std::vector<std::string> titles;
    std::size_t total_width = 0;
    for (std::size_t i = 0; i < m_columns.size(); ++i) {
        titles.push_back(m_columns[i].first);
        total_width += widths[i] + (i ? 2 : 0);
    }
    std::string out = render_row(titles);
    out += indent + std::string(total_width, '-') + "\n";
    for (const auto& row : m_rows) {
        out += render_row(row);
    }
    return out;
}

std::string settlement_table(const Settlement& settlement, const Arge& arge) {
    using Align = TextTable::Align;
    std::string out = "Settlement " + settlement.arge + ", " + settlement.period.label + " (" +
                      settlement.period.range.first.iso() + " to " +
                      settlement.period.range.last.iso() + ")\n";
    out += "Policy: " + policy_sentence(settlement.policy) + "\n";
    for (const RatesTable* table : settlement.rates_used) {
        out += "Rates:  " + table->id + " (" + std::string(to_string(table->status)) + ") " +
               table->title + "\n";
    }
    out += "\n";
    if (settlement.lines.empty()) {
        out += "No staff member worked on another partner's tasks in this period.\n";
    } else {
        TextTable lines({{"Staff", Align::left},
                         {"Employer", Align::left},
                         {"Pay group", Align::left},
                         {"Debtor", Align::left},
                         {"Days", Align::right},
                         {"FTE", Align::right},
                         {"Share", Align::right},
                         {"Amount EUR", Align::right}});
        for (const auto& line : settlement.lines) {
            lines.add_row({line.staff_id, line.employer, line.pay_group, line.debtor,
                           std::to_string(line.days), fte(line.fte, settlement.policy),
                           share(line.share), money(line.amount)});
        }
        out += lines.render();
        out += "\nTotals per direction\n";
        const bool per_total = settlement.policy.round == RoundingPolicy::per_total;
        std::vector<std::pair<std::string, Align>> columns = {{"Debtor", Align::left},
                                                              {"Creditor", Align::left},
                                                              {"Lines", Align::right},
                                                              {"Amount EUR", Align::right}};
        if (per_total) {
            columns.emplace_back("Rounding difference", Align::right);
        }
        TextTable totals(columns);
        for (const auto& total : settlement.totals) {
            const auto count = std::count_if(
                settlement.lines.begin(), settlement.lines.end(), [&](const Line& line) {
                    return line.debtor == total.debtor && line.creditor == total.creditor;
                });
            std::vector<std::string> row = {total.debtor, total.creditor, std::to_string(count),
                                            money(total.amount)};
            if (per_total) {
                row.push_back(money(total.rounding_difference.value_or(0)));
            }
            totals.add_row(std::move(row));
        }
        out += totals.render("  ");
    }
    out += "\nNet payment\n";
    for (const auto& net : settlement.net) {
        if (net.amount == 0) {
            out += "  " + partner_label(arge, net.debtor) + " and " +
                   partner_label(arge, net.creditor) + " owe each other nothing for " +
                   settlement.period.label + ".\n";
        } else {
            out += "  " + partner_label(arge, net.debtor) + " pays " +
                   partner_label(arge, net.creditor) + " " + money(net.amount) + " EUR for " +
                   settlement.period.label + ".\n";
        }
    }
    for (const RatesTable* table : settlement.rates_used) {
        if (table->status == RatesStatus::provisional) {
            out += "\nNote: rates table " + table->id +
                   " is provisional; settle again (ausgleich trueup) once the final rates are "
                   "published.\n";
        }
    }
    return out;
}

} // namespace ausgleich::report
