#include "ausgleich/report/table_report.hpp"

#include "ausgleich/report/format.hpp"
#include "ausgleich/report/messages.hpp"
#include "ausgleich/report/pay_group_summary.hpp"
#include "ausgleich/report/statement_text.hpp"

#include <algorithm>

namespace ausgleich::report {

namespace {

std::string pad(const std::string& text, std::size_t width, TextTable::Align align) {
    const std::string fill(width - std::min(width, display_width(text)), ' ');
    return align == TextTable::Align::left ? text + fill : fill + text;
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

std::string settlement_table(const SettlementDocument& document, const RenderOptions& options) {
    const Settlement& settlement = document.settlement;
    const Arge& arge = document.arge;
    const Language language = options.language;
    using Align = TextTable::Align;
    const auto t = [language](Msg id) {
        return std::string(text(language, id));
    };
    const auto number = [language](const std::string& plain) {
        return localize_decimal(plain, language);
    };
    // "Policy: " and "Rates:  " start their values in one column, in either language.
    const std::size_t label_width =
        std::max(display_width(t(Msg::policy_title)), display_width(t(Msg::rates))) + 2;
    const auto label = [&](const std::string& name) {
        return pad(name + ":", label_width, Align::left);
    };
    std::string out = settlement_heading(settlement, language) + "\n";
    out += label(t(Msg::policy_title)) + policy_sentence(settlement.policy, language) + "\n";
    for (const RatesTable& table : settlement.rates_used) {
        out += label(t(Msg::rates)) + table.id + " (" +
               std::string(status_text(table.status, language)) + ") " + table.title + "\n";
    }
    out += "\n";
    if (settlement.lines.empty()) {
        out += no_lines_sentence(language) + "\n";
    } else {
        if (options.detail == Detail::by_pay_group) {
            out += t(Msg::summary_by_pay_group) + "\n";
            TextTable groups({{t(Msg::debtor), Align::left},
                              {t(Msg::employer_column), Align::left},
                              {t(Msg::pay_group_column), Align::left},
                              {t(Msg::staff_members), Align::right},
                              {t(Msg::amount_eur), Align::right}});
            for (const auto& group : summarize_by_pay_group(settlement)) {
                groups.add_row({group.debtor, group.employer, group.pay_group,
                                std::to_string(group.staff), money_text(group.amount, language)});
            }
            out += groups.render("  ");
        } else {
            TextTable lines({{t(Msg::staff_column), Align::left},
                             {t(Msg::employer_column), Align::left},
                             {t(Msg::pay_group_column), Align::left},
                             {t(Msg::debtor), Align::left},
                             {t(Msg::days_column), Align::right},
                             {t(Msg::fte_column), Align::right},
                             {t(Msg::share_column), Align::right},
                             {t(Msg::amount_eur), Align::right}});
            for (const auto& line : settlement.lines) {
                lines.add_row({line.staff_id, line.employer, line.pay_group, line.debtor,
                               std::to_string(line.days), number(fte(line.fte, settlement.policy)),
                               number(share(line.share)), money_text(line.amount, language)});
            }
            out += lines.render();
        }
        out += "\n" + t(Msg::totals_per_direction) + "\n";
        const bool per_total = settlement.policy.round == RoundingPolicy::per_total;
        std::vector<std::pair<std::string, Align>> columns = {{t(Msg::debtor), Align::left},
                                                              {t(Msg::creditor), Align::left},
                                                              {t(Msg::lines_column), Align::right},
                                                              {t(Msg::amount_eur), Align::right}};
        if (per_total) {
            columns.emplace_back(t(Msg::rounding_difference_column), Align::right);
        }
        TextTable totals(columns);
        for (const auto& total : settlement.totals) {
            const auto count = std::count_if(
                settlement.lines.begin(), settlement.lines.end(), [&](const Line& line) {
                    return line.debtor == total.debtor && line.creditor == total.creditor;
                });
            std::vector<std::string> row = {total.debtor, total.creditor, std::to_string(count),
                                            money_text(total.amount, language)};
            if (per_total) {
                row.push_back(money_text(total.rounding_difference.value_or(0), language));
            }
            totals.add_row(std::move(row));
        }
        out += totals.render("  ");
    }
    out += "\n" + t(Msg::net_payment) + "\n";
    for (const auto& sentence : net_sentences(settlement, arge, language)) {
        out += "  " + sentence + "\n";
    }
    for (const RatesTable& table : settlement.rates_used) {
        if (table.status == RatesStatus::provisional) {
            out += "\n" + provisional_note(table, language) + "\n";
        }
    }
    return out;
}

} // namespace ausgleich::report
