#include "ausgleich/report/trueup_tables.hpp"

#include "ausgleich/report/format.hpp"
#include "ausgleich/report/pay_group_summary.hpp"
#include "ausgleich/report/trueup_text.hpp"
#include "ausgleich/text.hpp"

#include <vector>

namespace ausgleich::report {

namespace {

std::string shared_word(Language language, std::string_view english) {
    return std::string(text(language, english));
}

std::string word(Language language, std::string_view english) {
    return std::string(trueup_word(language, english));
}

// The three figure columns every table of the statement ends with.
std::vector<StatementColumn> with_amounts(std::vector<StatementColumn> columns, RatesStatus status,
                                          Language language) {
    columns.push_back({now_column(status, language), ColumnKind::number});
    columns.push_back({word(language, "Paid EUR"), ColumnKind::number});
    columns.push_back({word(language, "Difference EUR"), ColumnKind::number});
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
        with_amounts({{shared_word(language, "Debtor")}, {shared_word(language, "Creditor")}},
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
    return language == Language::de
               ? "Saldo beider Zahlungsrichtungen, vom jetzt schuldenden an den anderen Träger; "
                 "ein negativer Betrag floss in die Gegenrichtung."
               : "Both directions netted, from the partner that owes now to the other; a "
                 "negative amount went the other way.";
}

StatementTable trueup_totals_table(const Trueup& trueup, const Arge& arge, Language language) {
    StatementTable table{
        with_amounts({{shared_word(language, "Debtor")}, {shared_word(language, "Creditor")}},
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
    StatementTable table{with_amounts({{shared_word(language, "Staff")},
                                       {shared_word(language, "Employer")},
                                       {shared_word(language, "Pay group")},
                                       {shared_word(language, "Debtor")}},
                                      trueup.status, language),
                         {}};
    for (const auto& line : trueup.lines) {
        table.rows.push_back(with_amounts(
            {line.staff_id, line.employer, line.pay_group, line.debtor}, line.amounts, language));
    }
    return table;
}

StatementTable trueup_groups_table(const Trueup& trueup, Language language) {
    StatementTable table{
        with_amounts({{shared_word(language, "Debtor")},
                      {shared_word(language, "Employer")},
                      {shared_word(language, "Pay group")},
                      {shared_word(language, "Staff members"), ColumnKind::number}},
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
    StatementTable table{{{std::string(statement_word(language, "Path")), ColumnKind::code},
                          {word(language, "Period")},
                          {std::string(statement_word(language, "SHA-256")), ColumnKind::code}},
                         {}};
    for (const auto& paid : trueup.paid) {
        table.rows.push_back(
            {printable(paid.path), period_with_range(paid.period, language), paid.sha256});
    }
    return table;
}

} // namespace ausgleich::report
