#include "ausgleich/report/statement_text.hpp"

#include "ausgleich/report/format.hpp"
#include "ausgleich/report/messages.hpp"

namespace ausgleich::report {

namespace {

Msg round_id(RoundingPolicy round) {
    switch (round) {
    case RoundingPolicy::per_component:
        return Msg::policy_round_per_component;
    case RoundingPolicy::per_total:
        return Msg::policy_round_per_total;
    case RoundingPolicy::per_line:
        break;
    }
    return Msg::policy_round_per_line;
}

} // namespace

std::string settlement_heading(const Settlement& settlement, Language language) {
    return std::string(text(language, Msg::settlement_title)) + " " + settlement.arge + ", " +
           period_with_range(settlement.period, language);
}

std::string policy_sentence(const Policy& policy, Language language) {
    const std::string fte = policy.fte_decimals
                                ? format(language, Msg::policy_fte_rounded,
                                         {{"places", std::to_string(*policy.fte_decimals)}})
                                : format(language, Msg::policy_fte_exact);
    std::string sentence =
        format(language, Msg::policy_sentence,
               {{"proration", format(language, policy.proration == Proration::days
                                                   ? Msg::policy_proration_days
                                                   : Msg::policy_proration_months)},
                {"fte", fte},
                {"rounding", format(language, policy.rounding == RoundingMode::half_up
                                                  ? Msg::policy_rounding_half_up
                                                  : Msg::policy_rounding_half_even)},
                {"round", format(language, round_id(policy.round))}});
    // SPEC 3.3 quota mode; a settlement of tasks mode reads as it always did.
    if (policy.shares == SharesPolicy::quota) {
        sentence += format(language, Msg::policy_quota, {{"quota", quota_text(policy, language)}});
    }
    return sentence;
}

std::string quota_text(const Policy& policy, Language language) {
    std::string quota;
    for (const auto& entry : policy.quota) {
        quota += (quota.empty() ? "" : ", ") + entry.partner + " " +
                 localize_decimal(format_exact(entry.percent), language) + " %";
    }
    return quota;
}

std::string_view status_text(RatesStatus status, Language language) {
    return text(language,
                status == RatesStatus::provisional ? Msg::status_provisional : Msg::status_final);
}

std::string net_sentence(const NetPayment& net, const Arge& arge, const Period& period,
                         Language language) {
    return format(language, net.amount == 0 ? Msg::net_nothing : Msg::net_pays,
                  {{"debtor", partner_label(arge, net.debtor)},
                   {"creditor", partner_label(arge, net.creditor)},
                   {"amount", money_text(net.amount, language)},
                   {"for_period", for_period(period, language)}});
}

std::vector<std::string> net_sentences(const Settlement& settlement, const Arge& arge,
                                       Language language) {
    std::vector<std::string> sentences;
    for (const auto& payment : settlement.net) {
        sentences.push_back(net_sentence(payment, arge, settlement.period, language));
    }
    if (sentences.empty()) {
        sentences.push_back(format(language, Msg::partners_owe_nothing,
                                   {{"for_period", for_period(settlement.period, language)}}));
    }
    return sentences;
}

std::string provisional_note(const RatesTable& table, Language language) {
    return format(language, Msg::provisional_note, {{"id", table.id}});
}

std::string no_lines_sentence(Language language) {
    return format(language, Msg::no_lines);
}

std::string surcharge_scope_text(AppliesTo applies_to, Language language) {
    switch (applies_to) {
    case AppliesTo::beamte:
        return std::string(text(language, Msg::kind_beamte));
    case AppliesTo::tarif:
        return std::string(text(language, Msg::kind_tarif));
    case AppliesTo::all:
        break;
    }
    return std::string(text(language, Msg::applies_all));
}

} // namespace ausgleich::report
