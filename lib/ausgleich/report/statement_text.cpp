#include "ausgleich/report/statement_text.hpp"

#include "ausgleich/report/format.hpp"

namespace ausgleich::report {

namespace {

std::string german_policy(const Policy& policy) {
    std::string text = policy.proration == Proration::days ? "anteilig nach Kalendertagen"
                                                           : "anteilig nach Kalendermonaten";
    text += policy.fte_decimals
                ? ", VZÄ auf " + std::to_string(*policy.fte_decimals) + " Nachkommastellen gerundet"
                : std::string(", VZÄ ungerundet");
    text += policy.rounding == RoundingMode::half_up ? ", Rundung kaufmännisch (half-up)"
                                                     : ", Rundung mathematisch (half-even)";
    switch (policy.round) {
    case RoundingPolicy::per_line:
        return text + " je Zeile";
    case RoundingPolicy::per_component:
        return text + " je Kostenbestandteil";
    case RoundingPolicy::per_total:
        break;
    }
    return text + " je Summe";
}

} // namespace

std::string settlement_heading(const Settlement& settlement, Language language) {
    return std::string(text(language, "Settlement")) + " " + settlement.arge + ", " +
           period_with_range(settlement.period, language);
}

std::string policy_sentence(const Policy& policy, Language language) {
    if (language == Language::de) {
        return german_policy(policy);
    }
    std::string text = "proration by " + std::string(to_string(policy.proration)) + ", FTE ";
    text += policy.fte_decimals ? "rounded to " + std::to_string(*policy.fte_decimals) + " decimals"
                                : std::string("exact");
    text += ", rounding " + std::string(to_string(policy.rounding)) + " " +
            std::string(to_string(policy.round));
    return text;
}

std::string_view status_text(RatesStatus status, Language language) {
    return text(language, to_string(status));
}

std::string net_sentence(const NetPayment& net, const Arge& arge, const Period& period,
                         Language language) {
    const std::string debtor = partner_label(arge, net.debtor);
    const std::string creditor = partner_label(arge, net.creditor);
    if (net.amount == 0) {
        return debtor + " " + std::string(text(language, "and")) + " " + creditor +
               (language == Language::de ? " schulden einander nichts "
                                         : " owe each other nothing ") +
               for_period(period, language) + ".";
    }
    return debtor + " " + std::string(text(language, "pays")) + " " + creditor + " " +
           money_text(net.amount, language) + " EUR " + for_period(period, language) + ".";
}

std::vector<std::string> net_sentences(const Settlement& settlement, const Arge& arge,
                                       Language language) {
    std::vector<std::string> sentences;
    for (const auto& payment : settlement.net) {
        sentences.push_back(net_sentence(payment, arge, settlement.period, language));
    }
    if (sentences.empty()) {
        sentences.push_back((language == Language::de ? "Die Partner schulden einander nichts "
                                                      : "The partners owe each other nothing ") +
                            for_period(settlement.period, language) + ".");
    }
    return sentences;
}

std::string provisional_note(const RatesTable& table, Language language) {
    if (language == Language::de) {
        return "Hinweis: Die Kostensätze " + table.id +
               " sind vorläufig; nach Veröffentlichung der endgültigen Sätze erneut abrechnen "
               "(ausgleich trueup).";
    }
    return "Note: rates table " + table.id +
           " is provisional; settle again (ausgleich trueup) once the final rates are published.";
}

std::string no_lines_sentence(Language language) {
    return language == Language::de
               ? "In diesem Zeitraum hat niemand Aufgaben eines anderen Trägers wahrgenommen."
               : "No staff member worked on another partner's tasks in this period.";
}

} // namespace ausgleich::report
