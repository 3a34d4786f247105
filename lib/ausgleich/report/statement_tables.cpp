#include "ausgleich/report/statement_tables.hpp"

#include "ausgleich/report/format.hpp"
#include "ausgleich/report/messages.hpp"
#include "ausgleich/report/pay_group_summary.hpp"
#include "ausgleich/report/rates_report.hpp"
#include "ausgleich/report/statement_text.hpp"
#include "ausgleich/report/surcharge_text.hpp"
#include "ausgleich/text.hpp"

#include <algorithm>
#include <set>

namespace ausgleich::report {

namespace {

std::string word(Language language, Msg id) {
    return std::string(text(language, id));
}

std::string shared_word(Language language, Msg id) {
    return std::string(text(language, id));
}

std::string kind_text(PayKind kind, Language language) {
    switch (kind) {
    case PayKind::beamte:
        return word(language, Msg::civil_servants);
    case PayKind::tarif:
        return word(language, Msg::employees);
    case PayKind::any:
        break;
    }
    return word(language, Msg::all_pay_groups);
}

std::string applies_to_text(AppliesTo applies_to, Language language) {
    switch (applies_to) {
    case AppliesTo::beamte:
        return word(language, Msg::civil_servants);
    case AppliesTo::tarif:
        return word(language, Msg::employees);
    case AppliesTo::all:
        break;
    }
    return word(language, Msg::all_pay_groups);
}

std::string surcharge_value(const Surcharge& surcharge, Language language) {
    const bool plain = surcharge.of.empty() && surcharge.basis == Basis::fte;
    if (plain && surcharge.percent) {
        return localize_decimal(share(*surcharge.percent), language) + " " +
               word(language, Msg::percent_of_pay_group_rate);
    }
    if (plain && surcharge.annual) {
        return amount_text(*surcharge.annual, language) + " " +
               word(language, Msg::eur_per_fte_and_year);
    }
    // SPEC 3.1.1: "28.1 % of base + versorgung", "by career: …", "12 × 194.31, per person".
    std::string value = surcharge_value_text(surcharge, language);
    if (surcharge.is_percent()) {
        value += " " + (surcharge.of.empty()
                            ? word(language, Msg::percent_of_pay_group_rate)
                            : format(language, Msg::percent_of_ids, {{"ids", of_text(surcharge)}}));
    }
    if (surcharge.basis == Basis::head) {
        value += ", " + word(language, Msg::per_person);
    }
    return value;
}

std::string role_text(const std::string& role, Language language) {
    if (role == "arge") {
        return word(language, Msg::arge_file);
    }
    if (role == "rates") {
        return word(language, Msg::role_rates);
    }
    if (role == "tasks") {
        return word(language, Msg::role_tasks);
    }
    return role;
}

} // namespace

std::string validity_text(const DateRange& range, Language language) {
    return date_text(range.first, language) + " " + word(language, Msg::to_date) + " " +
           date_text(range.last, language);
}

std::string policy_paragraph(const Policy& policy, Language language) {
    std::string sentence = policy_sentence(policy, language);
    if (!sentence.empty() && sentence[0] >= 'a' && sentence[0] <= 'z') {
        sentence[0] = static_cast<char>(sentence[0] - 'a' + 'A');
    }
    return sentence + ".";
}

StatementTable totals_table(const Settlement& settlement, const Arge& arge, Language language) {
    const bool per_total = settlement.policy.round == RoundingPolicy::per_total;
    StatementTable table{{{shared_word(language, Msg::debtor)},
                          {shared_word(language, Msg::creditor)},
                          {shared_word(language, Msg::lines_column), ColumnKind::number},
                          {shared_word(language, Msg::amount_eur), ColumnKind::number}},
                         {}};
    if (per_total) {
        table.columns.push_back(
            {shared_word(language, Msg::rounding_difference_column), ColumnKind::number});
    }
    for (const auto& total : settlement.totals) {
        const auto count =
            std::count_if(settlement.lines.begin(), settlement.lines.end(), [&](const Line& line) {
                return line.debtor == total.debtor && line.creditor == total.creditor;
            });
        std::vector<std::string> row = {partner_label(arge, total.debtor),
                                        partner_label(arge, total.creditor), std::to_string(count),
                                        money_text(total.amount, language)};
        if (per_total) {
            row.push_back(money_text(total.rounding_difference.value_or(0), language));
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

StatementTable pay_group_summary_table(const Settlement& settlement, Language language) {
    StatementTable table{{{shared_word(language, Msg::debtor)},
                          {shared_word(language, Msg::employer_column)},
                          {shared_word(language, Msg::pay_group_column)},
                          {shared_word(language, Msg::staff_members), ColumnKind::number},
                          {shared_word(language, Msg::amount_eur), ColumnKind::number}},
                         {}};
    for (const auto& group : summarize_by_pay_group(settlement)) {
        table.rows.push_back({group.debtor, group.employer, group.pay_group,
                              std::to_string(group.staff), money_text(group.amount, language)});
    }
    return table;
}

StatementTable lines_table_columns(Language language) {
    return {{{shared_word(language, Msg::staff_column)},
             {shared_word(language, Msg::employer_column)},
             {shared_word(language, Msg::pay_group_column)},
             {shared_word(language, Msg::debtor)},
             {shared_word(language, Msg::days_column), ColumnKind::number},
             {shared_word(language, Msg::fte_column), ColumnKind::number},
             {shared_word(language, Msg::share_column), ColumnKind::number},
             {shared_word(language, Msg::amount_eur), ColumnKind::number}},
            {}};
}

std::vector<std::string> lines_table_row(const Line& line, const Policy& policy,
                                         Language language) {
    return {line.staff_id,
            line.employer,
            line.pay_group,
            line.debtor,
            std::to_string(line.days),
            localize_decimal(fte(line.fte, policy), language),
            localize_decimal(share(line.share), language),
            money_text(line.amount, language)};
}

StatementTable lines_table(const Settlement& settlement, Language language) {
    StatementTable table = lines_table_columns(language);
    for (const auto& line : settlement.lines) {
        table.rows.push_back(lines_table_row(line, settlement.policy, language));
    }
    return table;
}

StatementTable pay_group_rates_table(const RatesTable& table, const Settlement& settlement,
                                     Language language) {
    std::set<const PayGroupRate*> shown;
    for (const auto& line : settlement.lines) {
        for (const auto& pay_group : split_pay_groups(line.pay_group)) {
            if (const PayGroupRate* rate = table.rate_for(pay_group)) {
                shown.insert(rate);
            }
        }
    }
    std::vector<const PayGroupRate*> ordered(shown.begin(), shown.end());
    std::sort(ordered.begin(), ordered.end(),
              [](const PayGroupRate* a, const PayGroupRate* b) { return pay_group_less(*a, *b); });
    StatementTable rates{{{shared_word(language, Msg::pay_group_column)},
                          {word(language, Msg::kind_column)},
                          {word(language, Msg::annual_eur_per_fte), ColumnKind::number}},
                         {}};
    for (const PayGroupRate* rate : ordered) {
        rates.rows.push_back({rate->pay_group, kind_text(rate->kind, language),
                              amount_text(rate->annual, language)});
    }
    return rates;
}

StatementTable surcharges_table(const RatesTable& table, Language language) {
    StatementTable surcharges{{{word(language, Msg::surcharge)},
                               {word(language, Msg::title_column)},
                               {word(language, Msg::value)},
                               {word(language, Msg::applies_to)}},
                              {}};
    for (const auto& surcharge : table.surcharges) {
        surcharges.rows.push_back({surcharge.id, surcharge.title,
                                   surcharge_value(surcharge, language),
                                   applies_to_text(surcharge.applies_to, language)});
    }
    return surcharges;
}

StatementTable inputs_table(const std::vector<InputRecord>& inputs, Language language) {
    StatementTable table{{{word(language, Msg::role)},
                          {word(language, Msg::id_column)},
                          {word(language, Msg::path), ColumnKind::code},
                          {word(language, Msg::sha256), ColumnKind::code}},
                         {}};
    for (const auto& input : inputs) {
        table.rows.push_back({role_text(input.role, language), printable(input.id),
                              printable(input.path), input.sha256});
    }
    return table;
}

} // namespace ausgleich::report
