#include "ausgleich/report/trueup_tables.hpp"

#include "ausgleich/report/format.hpp"
#include "ausgleich/report/messages.hpp"
#include "ausgleich/report/pay_group_summary.hpp"
#include "ausgleich/report/trueup_text.hpp"
#include "ausgleich/text.hpp"

#include <vector>

namespace ausgleich::report {

namespace {

std::string word(Language language, Msg id) {
    return std::string(text(language, id));
}

// The three figure columns every table of the statement ends with.
std::vector<StatementColumn> with_amounts(std::vector<StatementColumn> columns, RatesStatus status,
                                          Language language) {
    columns.push_back({now_column(status, language), ColumnKind::number});
    columns.push_back({word(language, Msg::paid_eur), ColumnKind::number});
    columns.push_back({word(language, Msg::difference_eur), ColumnKind::number});
    return columns;
}

std::vector<std::string> with_amounts(std::vector<std::string> row, const TrueupAmounts& amounts,
                                      Language language) {
    row.push_back(money_text(amounts.final_amount, language));
    row.push_back(money_text(amounts.paid, language));
    row.push_back(money_text(amounts.difference, language));
    return row;
}

} // namespace

StatementTable trueup_pairs_table(const Trueup& trueup, const Arge& arge, Language language) {
    StatementTable table{
        with_amounts({{word(language, Msg::debtor)}, {word(language, Msg::creditor)}},
                     trueup.status, language),
        {}};
    for (const auto& pair : trueup.pairs) {
        table.rows.push_back(
            with_amounts({partner_label(arge, pair.debtor), partner_label(arge, pair.creditor)},
                         pair.amounts, language));
    }
    return table;
}

std::string trueup_pairs_explanation(Language language) {
    return format(language, Msg::trueup_pairs_explanation);
}

StatementTable trueup_totals_table(const Trueup& trueup, const Arge& arge, Language language) {
    StatementTable table{
        with_amounts({{word(language, Msg::debtor)}, {word(language, Msg::creditor)}},
                     trueup.status, language),
        {}};
    for (const auto& total : trueup.totals) {
        table.rows.push_back(
            with_amounts({partner_label(arge, total.debtor), partner_label(arge, total.creditor)},
                         total.amounts, language));
    }
    return table;
}

StatementTable trueup_lines_table(const Trueup& trueup, Language language) {
    StatementTable table{with_amounts({{word(language, Msg::staff_column)},
                                       {word(language, Msg::employer_column)},
                                       {word(language, Msg::pay_group_column)},
                                       {word(language, Msg::debtor)}},
                                      trueup.status, language),
                         {}};
    for (const auto& line : trueup.lines) {
        table.rows.push_back(with_amounts(
            {line.staff_id, line.employer, line.pay_group, line.debtor}, line.amounts, language));
    }
    return table;
}

StatementTable trueup_groups_table(const Trueup& trueup, Language language) {
    StatementTable table{with_amounts({{word(language, Msg::debtor)},
                                       {word(language, Msg::employer_column)},
                                       {word(language, Msg::pay_group_column)},
                                       {word(language, Msg::staff_members), ColumnKind::number}},
                                      trueup.status, language),
                         {}};
    for (const auto& group : summarize_by_pay_group(trueup)) {
        table.rows.push_back(with_amounts(
            {group.debtor, group.employer, group.pay_group, std::to_string(group.staff)},
            group.amounts, language));
    }
    return table;
}

StatementTable paid_settlements_table(const Trueup& trueup, Language language) {
    StatementTable table{{{std::string(text(language, Msg::path)), ColumnKind::code},
                          {word(language, Msg::period_column)},
                          {std::string(text(language, Msg::sha256)), ColumnKind::code}},
                         {}};
    for (const auto& paid : trueup.paid) {
        table.rows.push_back(
            {printable(paid.path), period_with_range(paid.period, language), paid.sha256});
    }
    return table;
}

} // namespace ausgleich::report
