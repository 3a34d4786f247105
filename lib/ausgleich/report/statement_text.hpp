#pragma once
// The sentences every settlement document shares (table, HTML, Markdown), in
// English or German: the heading, the policy, the net payments and the note on
// provisional rates. One wording, so the documents cannot contradict each other.

#include "ausgleich/arge.hpp"
#include "ausgleich/rates.hpp"
#include "ausgleich/report/language.hpp"
#include "ausgleich/settlement.hpp"

#include <string>
#include <vector>

namespace ausgleich::report {

/// "Settlement ARGE Musterstadt, 2005-Q2 (2005-04-01 to 2005-06-30)".
std::string settlement_heading(const Settlement& settlement, Language language);

/// "proration by days, FTE rounded to 4 decimals, rounding half-up per-line".
std::string policy_sentence(const Policy& policy, Language language);

/// The quota of quota mode: "agentur 84.8 %, kommune 15.2 %" ("84,8 %" in German).
std::string quota_text(const Policy& policy, Language language);

/// "provisional" / "vorläufig", "final" / "endgültig".
std::string_view status_text(RatesStatus status, Language language);

/// Whom a surcharge applies to, as explain and the rates listing name it: "beamte", "tarif" or
/// "all" in English; "Beamte", "Tarifbeschäftigte" or "alle" in German (the catalogue).
std::string surcharge_scope_text(AppliesTo applies_to, Language language);

/// "A (a) pays B (b) 51276.12 EUR for 2005-Q2." or "… owe each other nothing …".
std::string net_sentence(const NetPayment& net, const Arge& arge, const Period& period,
                         Language language);

/// net_sentence for each net payment; for a settlement without any (no line at
/// all, SPEC 6.1) the one sentence "The partners owe each other nothing for …".
std::vector<std::string> net_sentences(const Settlement& settlement, const Arge& arge,
                                       Language language);

/// The note that a provisional table calls for a true-up once final rates exist.
std::string provisional_note(const RatesTable& table, Language language);

/// "No staff member worked on another partner's tasks in this period."
std::string no_lines_sentence(Language language);

} // namespace ausgleich::report
