// verify's wording (issue 4): the English lines stay as they were, the German
// ones say the same with German words and numbers.

#include "ausgleich/io/settlement_reader.hpp"
#include "ausgleich/report/verify_report.hpp"

#include <catch2/catch.hpp>
#include <optional>
#include <string>

using namespace ausgleich;
using namespace ausgleich::report;

namespace {

RecordedSettlement recorded_counts(std::size_t lines, std::size_t totals, std::size_t net,
                                   std::size_t inputs) {
    RecordedSettlement recorded;
    recorded.path = "q2.json";
    recorded.lines.resize(lines);
    recorded.totals.resize(totals);
    recorded.net.resize(net);
    recorded.inputs.resize(inputs);
    return recorded;
}

Difference line_difference(std::string field, std::optional<std::string> recorded,
                           std::optional<std::string> now) {
    Difference difference;
    difference.entry = Difference::Entry::line;
    difference.staff_id = "V01";
    difference.debtor = "agentur";
    difference.creditor = "kommune";
    difference.field = std::move(field);
    difference.recorded = std::move(recorded);
    difference.now = std::move(now);
    return difference;
}

} // namespace

TEST_CASE("verify describes differences in English as before and in German", "[verify]") {
    const Difference amount = line_difference("amount", "3412.50", "2275.00");
    CHECK(difference_text(amount, Language::en) ==
          "differs: line V01 agentur -> kommune: amount: recorded 3412.50, now 2275.00");
    CHECK(difference_text(amount, Language::de) ==
          "abweichend: Zeile V01 agentur -> kommune: Betrag: gespeichert 3.412,50, jetzt 2.275,00");
    // FTE and share keep their digits ungrouped, as in the settlement table.
    CHECK(difference_text(line_difference("fte", "0.7500", "0.5000"), Language::de) ==
          "abweichend: Zeile V01 agentur -> kommune: VZÄ: gespeichert 0,7500, jetzt 0,5000");

    Difference net_gone;
    net_gone.entry = Difference::Entry::net;
    net_gone.debtor = "agentur";
    net_gone.creditor = "kommune";
    net_gone.recorded = "455.00";
    CHECK(difference_text(net_gone, Language::en) ==
          "differs: net agentur -> kommune: recorded 455.00, now (absent)");
    CHECK(difference_text(net_gone, Language::de) ==
          "abweichend: Ausgleichszahlung agentur -> kommune: gespeichert 455,00, jetzt (fehlt)");
}

TEST_CASE("verify reports a changed input file in either language", "[verify]") {
    const std::string recorded = "afd9bf5c6f25" + std::string(52, '0');
    const InputRecord input{"rates", "r2005", "rates/r2005.yaml", recorded, "", std::nullopt, true};
    const std::string now = "990f374b3b9c" + std::string(52, '1');
    CHECK(changed_input_text(input, "rules/rates/r2005.yaml", now, Language::en) ==
          "changed: rules/rates/r2005.yaml (r2005): sha256 recorded afd9bf5c6f25…, now "
          "990f374b3b9c…");
    CHECK(changed_input_text(input, "rules/rates/r2005.yaml", now, Language::de) ==
          "geändert: rules/rates/r2005.yaml (r2005): sha256 gespeichert afd9bf5c6f25…, jetzt "
          "990f374b3b9c…");
}

TEST_CASE("verify's summary: English as before, German with singular and plural", "[verify]") {
    const RecordedSettlement q2 = recorded_counts(2, 2, 1, 2);
    CHECK(verification_summary(q2, 0, Language::en) ==
          "verified: q2.json reproduces exactly (2 lines, 2 totals, 1 net entries, 2 input files)");
    CHECK(verification_summary(q2, 4, Language::en) ==
          "NOT verified: q2.json: 4 difference(s) (2 lines, 2 totals, 1 net entries, 2 input "
          "files)");
    CHECK(verification_summary(q2, 0, Language::de) ==
          "bestätigt: q2.json wird exakt reproduziert (2 Zeilen, 2 Summen, 1 Ausgleichszahlung, "
          "2 Eingabedateien)");
    CHECK(verification_summary(recorded_counts(1, 1, 2, 1), 1, Language::de) ==
          "NICHT bestätigt: q2.json: 1 Abweichung (1 Zeile, 1 Summe, 2 Ausgleichszahlungen, "
          "1 Eingabedatei)");
}
