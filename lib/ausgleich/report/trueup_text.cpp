#include "ausgleich/report/trueup_text.hpp"

#include "ausgleich/report/format.hpp"
#include "ausgleich/report/messages.hpp"

namespace ausgleich::report {

namespace {

std::string word(Language language, Msg id) {
    return std::string(text(language, id));
}

} // namespace

std::string trueup_heading(const Settlement& final_settlement, RatesStatus status,
                           Language language) {
    std::string heading = word(language, Msg::trueup_title) + " " + final_settlement.arge + ", " +
                          period_with_range(final_settlement.period, language);
    if (status == RatesStatus::provisional) {
        heading += ", " + std::string(text(language, Msg::status_provisional));
    }
    return heading;
}

std::string now_column(RatesStatus status, Language language) {
    return word(language,
                status == RatesStatus::provisional ? Msg::provisional_eur : Msg::final_eur);
}

std::string net_heading(RatesStatus status, Language language) {
    std::string heading = word(language, Msg::net_trueup_payment);
    if (status == RatesStatus::provisional) {
        heading += " (" + std::string(text(language, Msg::status_provisional)) + ")";
    }
    return heading;
}

std::string net_trueup_sentence(const TrueupPair& pair, const Arge& arge, const Period& period,
                                Language language) {
    const NetPayment& payment = pair.payment;
    const std::string payer = partner_label(arge, payment.debtor);
    const std::string payee = partner_label(arge, payment.creditor);
    const auto say = [&](Msg id) {
        return format(language, id,
                      {{"payer", payer},
                       {"payee", payee},
                       {"amount", money_text(payment.amount, language)},
                       {"refund", money_text(pair.refund, language)},
                       {"more", money_text(payment.amount - pair.refund, language)},
                       {"for_period", for_period(period, language)}});
    };
    if (payment.amount == 0) {
        return say(Msg::trueup_nothing_more);
    }
    if (pair.refund == 0) {
        return say(Msg::trueup_pays_more);
    }
    // The net changed direction when the payer both returns what the payee had
    // paid it and pays what it owes now.
    return say(payment.amount == pair.refund ? Msg::trueup_refunds : Msg::trueup_refund_and_more);
}

} // namespace ausgleich::report
