#include "ausgleich/report/trueup_text.hpp"

#include "ausgleich/report/format.hpp"

namespace ausgleich::report {

namespace {

// "Spitzabrechnung" is the administrative term for settling the exact amounts
// after provisional (Abschlags-) payments.
constexpr Translation k_german[] = {
    {"Already paid", "Bereits gezahlt"},
    {"Difference EUR", "Differenz EUR"},
    {"Final EUR", "Endgültig EUR"},
    {"Net per partner pair", "Saldo je Trägerpaar"},
    {"Net true-up payment", "Ausgleichszahlung aus der Spitzabrechnung"},
    {"Paid EUR", "Gezahlt EUR"},
    {"Paid settlements", "Bereits gezahlte Abrechnungen"},
    {"Period", "Zeitraum"},
    {"Provisional EUR", "Vorläufig EUR"},
    {"Rates now", "Kostensätze jetzt"},
    {"True-up", "Spitzabrechnung"},
};

std::string word(Language language, std::string_view english) {
    return std::string(trueup_word(language, english));
}

} // namespace

std::string_view trueup_word(Language language, std::string_view english) {
    return translate(language, english, k_german);
}

std::string trueup_heading(const Settlement& final_settlement, RatesStatus status,
                           Language language) {
    std::string heading = word(language, "True-up") + " " + final_settlement.arge + ", " +
                          period_with_range(final_settlement.period, language);
    if (status == RatesStatus::provisional) {
        heading += ", " + std::string(text(language, "provisional"));
    }
    return heading;
}

std::string now_column(RatesStatus status, Language language) {
    return word(language, status == RatesStatus::provisional ? "Provisional EUR" : "Final EUR");
}

std::string net_heading(RatesStatus status, Language language) {
    std::string heading = word(language, "Net true-up payment");
    if (status == RatesStatus::provisional) {
        heading += " (" + std::string(text(language, "provisional")) + ")";
    }
    return heading;
}

std::string net_trueup_sentence(const TrueupPair& pair, const Arge& arge, const Period& period,
                                Language language) {
    const NetPayment& payment = pair.payment;
    const std::string payer = partner_label(arge, payment.debtor);
    const std::string payee = partner_label(arge, payment.creditor);
    const bool de = language == Language::de;
    const std::string when = for_period(period, language);
    const auto eur = [language](const Rational& amount) {
        return money_text(amount, language) + " EUR";
    };
    if (payment.amount == 0) {
        return de ? payer + " und " + payee + " schulden einander " + when + " nichts mehr."
                  : payer + " and " + payee + " owe each other nothing more " + when + ".";
    }
    const Rational more = payment.amount - pair.refund;
    if (pair.refund == 0) {
        return de ? payer + " zahlt an " + payee + " zusätzlich " + eur(payment.amount) + " " +
                        when + "."
                  : payer + " pays " + payee + " " + eur(payment.amount) + " more " + when + ".";
    }
    if (more == 0) {
        return de ? payer + " zahlt an " + payee + " " + eur(payment.amount) + " zurück, die " +
                        when + " zu viel gezahlt wurden."
                  : payer + " refunds " + payee + " " + eur(payment.amount) + " overpaid " + when +
                        ".";
    }
    // The net changed direction: the payer returns what the payee had paid it
    // and pays what it owes now.
    return de ? payer + " zahlt an " + payee + " " + eur(payment.amount) + " " + when + ", davon " +
                    eur(pair.refund) + " Rückzahlung zu viel gezahlter Beträge und " + eur(more) +
                    " zusätzlich."
              : payer + " pays " + payee + " " + eur(payment.amount) + " " + when + ": " +
                    eur(pair.refund) + " refunded overpayment and " + eur(more) + " more.";
}

} // namespace ausgleich::report
