#include "ausgleich/report/statement_tables.hpp"

#include "ausgleich/report/format.hpp"
#include "ausgleich/report/pay_group_summary.hpp"
#include "ausgleich/report/rates_report.hpp"
#include "ausgleich/report/statement_text.hpp"
#include "ausgleich/text.hpp"

#include <algorithm>
#include <set>

namespace ausgleich::report {

namespace {

// The statement's words beyond the shared catalogue of language.cpp.
constexpr Translation k_german[] = {
    {"% of the pay-group rate", "% des Gruppensatzes"},
    {"ARGE file", "ARGE-Datei"},
    {"Annual EUR per FTE", "Jahresbetrag EUR je VZÄ"},
    {"Applies to", "Gilt für"},
    {"Detail lines", "Einzelnachweis"},
    {"EUR per FTE and year", "EUR je VZÄ und Jahr"},
    {"Id", "Kennung"},
    {"Input files", "Eingabedateien"},
    {"Kind", "Art"},
    {"Partners", "Träger"},
    {"Path", "Pfad"},
    {"Place, date", "Ort, Datum"},
    {"Produced by", "Erstellt mit"},
    {"Rates of the pay groups settled", "Sätze der abgerechneten Gruppen"},
    {"Rates tables used", "Zugrunde gelegte Kostensätze"},
    {"Role", "Dateiart"},
    {"SHA-256", "SHA-256"},
    {"Signature", "Unterschrift"},
    {"Signatures", "Unterschriften"},
    {"Sources", "Quellen"},
    {"Status", "Status"},
    {"Surcharge", "Zuschlag"},
    {"Surcharges", "Zuschläge"},
    {"Title", "Bezeichnung"},
    {"Validity", "Gültigkeit"},
    {"Value", "Wert"},
    {"all pay groups", "alle Gruppen"},
    {"civil servants", "Beamte"},
    {"employees", "Tarifbeschäftigte"},
    {"rates table", "Kostensätze"},
    {"task catalog", "Aufgabenkatalog"},
    {"to", "bis"},
};

std::string word(Language language, std::string_view english) {
    return std::string(statement_word(language, english));
}

std::string shared_word(Language language, std::string_view english) {
    return std::string(text(language, english));
}

std::string kind_text(PayKind kind, Language language) {
    switch (kind) {
    case PayKind::beamte:
        return word(language, "civil servants");
    case PayKind::tarif:
        return word(language, "employees");
    case PayKind::any:
        break;
    }
    return word(language, "all pay groups");
}

std::string applies_to_text(AppliesTo applies_to, Language language) {
    switch (applies_to) {
    case AppliesTo::beamte:
        return word(language, "civil servants");
    case AppliesTo::tarif:
        return word(language, "employees");
    case AppliesTo::all:
        break;
    }
    return word(language, "all pay groups");
}

std::string surcharge_value(const Surcharge& surcharge, Language language) {
    if (surcharge.percent) {
        return localize_decimal(share(*surcharge.percent), language) + " " +
               word(language, "% of the pay-group rate");
    }
    return amount_text(surcharge.annual.value_or(0), language) + " " +
           word(language, "EUR per FTE and year");
}

std::string role_text(const std::string& role, Language language) {
    if (role == "arge") {
        return word(language, "ARGE file");
    }
    if (role == "rates") {
        return word(language, "rates table");
    }
    if (role == "tasks") {
        return word(language, "task catalog");
    }
    return role;
}

} // namespace

std::string_view statement_word(Language language, std::string_view english) {
    return translate(language, english, k_german);
}

std::string validity_text(const DateRange& range, Language language) {
    return date_text(range.first, language) + " " + word(language, "to") + " " +
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
    StatementTable table{{{shared_word(language, "Debtor")},
                          {shared_word(language, "Creditor")},
                          {shared_word(language, "Lines"), ColumnKind::number},
                          {shared_word(language, "Amount EUR"), ColumnKind::number}},
                         {}};
    if (per_total) {
        table.columns.push_back({shared_word(language, "Rounding difference"), ColumnKind::number});
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
    StatementTable table{{{shared_word(language, "Debtor")},
                          {shared_word(language, "Employer")},
                          {shared_word(language, "Pay group")},
                          {shared_word(language, "Staff members"), ColumnKind::number},
                          {shared_word(language, "Amount EUR"), ColumnKind::number}},
                         {}};
    for (const auto& group : summarize_by_pay_group(settlement)) {
        table.rows.push_back({group.debtor, group.employer, group.pay_group,
                              std::to_string(group.staff), money_text(group.amount, language)});
    }
    return table;
}

StatementTable lines_table(const Settlement& settlement, Language language) {
    StatementTable table{{{shared_word(language, "Staff")},
                          {shared_word(language, "Employer")},
                          {shared_word(language, "Pay group")},
                          {shared_word(language, "Debtor")},
                          {shared_word(language, "Days"), ColumnKind::number},
                          {shared_word(language, "FTE"), ColumnKind::number},
                          {shared_word(language, "Share"), ColumnKind::number},
                          {shared_word(language, "Amount EUR"), ColumnKind::number}},
                         {}};
    for (const auto& line : settlement.lines) {
        table.rows.push_back(
            {line.staff_id, line.employer, line.pay_group, line.debtor, std::to_string(line.days),
             localize_decimal(fte(line.fte, settlement.policy), language),
             localize_decimal(share(line.share), language), money_text(line.amount, language)});
    }
    return table;
}

StatementTable pay_group_rates_table(const RatesTable& table, const Settlement& settlement,
                                     Language language) {
    std::set<const PayGroupRate*> shown;
    for (const auto& line : settlement.lines) {
        if (const PayGroupRate* rate = table.rate_for(line.pay_group)) {
            shown.insert(rate);
        }
    }
    std::vector<const PayGroupRate*> ordered(shown.begin(), shown.end());
    std::sort(ordered.begin(), ordered.end(),
              [](const PayGroupRate* a, const PayGroupRate* b) { return pay_group_less(*a, *b); });
    StatementTable rates{{{shared_word(language, "Pay group")},
                          {word(language, "Kind")},
                          {word(language, "Annual EUR per FTE"), ColumnKind::number}},
                         {}};
    for (const PayGroupRate* rate : ordered) {
        rates.rows.push_back({rate->pay_group, kind_text(rate->kind, language),
                              amount_text(rate->annual, language)});
    }
    return rates;
}

StatementTable surcharges_table(const RatesTable& table, Language language) {
    StatementTable surcharges{{{word(language, "Surcharge")},
                               {word(language, "Title")},
                               {word(language, "Value")},
                               {word(language, "Applies to")}},
                              {}};
    for (const auto& surcharge : table.surcharges) {
        surcharges.rows.push_back({surcharge.id, surcharge.title,
                                   surcharge_value(surcharge, language),
                                   applies_to_text(surcharge.applies_to, language)});
    }
    return surcharges;
}

StatementTable inputs_table(const std::vector<InputRecord>& inputs, Language language) {
    StatementTable table{{{word(language, "Role")},
                          {word(language, "Id")},
                          {word(language, "Path"), ColumnKind::code},
                          {word(language, "SHA-256"), ColumnKind::code}},
                         {}};
    for (const auto& input : inputs) {
        table.rows.push_back({role_text(input.role, language), printable(input.id),
                              printable(input.path), input.sha256});
    }
    return table;
}

} // namespace ausgleich::report
