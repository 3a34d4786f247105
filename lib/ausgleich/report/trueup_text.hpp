#pragma once
// The words and sentences every true-up document shares (table, CSV titles,
// HTML, Markdown), in English or German: the heading with the status, the
// column titles, and the sentence for each partner pair's true-up payment.

#include "ausgleich/arge.hpp"
#include "ausgleich/rates.hpp"
#include "ausgleich/report/language.hpp"
#include "ausgleich/settlement.hpp"
#include "ausgleich/trueup.hpp"

#include <string>
#include <string_view>

namespace ausgleich::report {

/// "True-up ARGE X, 2005 (2005-01-01 to 2005-12-31)", with ", provisional" /
/// ", vorläufig" appended when `status` is provisional (SPEC 5.2).
std::string trueup_heading(const Settlement& final_settlement, RatesStatus status,
                           Language language);

/// The title of the column of amounts as settled now: "Final EUR" /
/// "Endgültig EUR", or "Provisional EUR" / "Vorläufig EUR" when the rates now
/// are provisional: a figure from provisional rates is not called final.
std::string now_column(RatesStatus status, Language language);

/// "Net true-up payment" / "Ausgleichszahlung aus der Spitzabrechnung", with
/// " (provisional)" / " (vorläufig)" when provisional.
std::string net_heading(RatesStatus status, Language language);

/// The true-up payment of one partner pair as a sentence, worded by what it is:
///  - "A pays B 182.50 EUR more for 2005." / "A zahlt an B zusätzlich 182,50 EUR …":
///    owed on top of what was paid;
///  - "B refunds A 1675.90 EUR overpaid for 2005." / "B zahlt an A 1.675,90 EUR
///    zurück, die für das Jahr 2005 zu viel gezahlt wurden.": A had paid too much;
///  - both parts when the net changed direction;
///  - "A and B owe each other nothing more for 2005." when it is 0.00.
std::string net_trueup_sentence(const TrueupPair& pair, const Arge& arge, const Period& period,
                                Language language);

} // namespace ausgleich::report
