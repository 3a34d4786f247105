// `explain` (report/explain_report): the text of one hand-built case in full
// (English and German), the pieces of the derivation it prints, and, for every
// staff member of the
// Musterstadt example, that the derivation explained gives the very lines the
// settlement has.

#include "../settlement_fixture.hpp"
#include "../test_support.hpp"
#include "ausgleich/app/settle.hpp"
#include "ausgleich/io/arge_loader.hpp"
#include "ausgleich/io/source_file.hpp"
#include "ausgleich/report/explain_report.hpp"
#include "ausgleich/report/format.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>
#include <unistd.h>
#include <vector>

using ausgleich::Diagnostics;
using ausgleich::Line;
using ausgleich::Period;
using ausgleich::Policy;
using ausgleich::Rational;
using ausgleich::Segment;
using ausgleich::SettlementInputs;
using ausgleich::StaffDerivation;
using ausgleich::report::Language;
using ausgleich::report::StaffExplanation;
using ausgleich::test::arge_yaml;
using ausgleich::test::contains;
using ausgleich::test::dec;
using ausgleich::test::SettlementFixture;

namespace {

// 100.00 per day in 2005 for A9, a 30 % surcharge for beamte and 10.00 per day
// of material costs, so that every amount below is easy to follow.
const std::string k_rates = R"(schema: ausgleich/rates/v1
id: test-2005
title: Test rates 2005
status: final
valid_from: 2005-01-01
valid_to: 2005-12-31
sources:
  - title: Test circular
    url: https://example.org/rates
pay_groups:
  A9: { kind: beamte, annual: 36500.00 }
surcharges:
  - { id: versorgung, title: Versorgungszuschlag, percent: 30, applies_to: beamte }
  - { id: sachkosten, title: Sachkostenpauschale, annual: 3650.00, applies_to: all }
)";

const std::string k_tasks = R"(schema: ausgleich/tasks/v1
id: test-tasks
tasks:
  alg2: { owner: agentur, title: Arbeitslosengeld II, ref: "§ 19 SGB II" }
  kdu: { owner: kommune, title: Unterkunft und Heizung, ref: "§ 22 SGB II" }
)";

// P001 (Kommune, A9) works 20 of 40 hours, half on alg2 (Agentur), half on kdu.
const std::string k_staff = "  - { id: P001, employer: kommune, pay_group: A9, assignments: [ "
                            "{ from: 2005-01-01, weekly_hours: 20, tasks: { kdu: 50, alg2: 50 } } "
                            "] }\n";

// The settled case with everything an explanation refers to.
struct Explained {
    SettlementFixture fixture;
    Period period;
    std::optional<StaffDerivation> derivation;
    std::vector<Line> lines;

    explicit Explained(const std::string& period_text, const std::string& policy = "")
        : period(ausgleich::parse_period(period_text)) {
        fixture.add_rates(k_rates);
        fixture.add_tasks(k_tasks);
        fixture.load_arge(arge_yaml(k_staff, policy));
        const auto settlement = fixture.settle_ok(period_text);
        Diagnostics diagnostics;
        derivation = ausgleich::derive_staff(
            fixture.arge().staff.front(),
            SettlementInputs{fixture.arge(), fixture.tasks(), fixture.rates(), period},
            diagnostics);
        lines.assign(settlement.lines.begin(), settlement.lines.end());
    }
    StaffExplanation explanation() const {
        return StaffExplanation{fixture.arge(),       fixture.tasks(), fixture.arge().staff.front(),
                                *derivation,          lines,           period,
                                fixture.arge().policy};
    }
};

const std::string k_expected_text =
    R"(Explanation for staff P001, ARGE Test, 2005-Q2 (2005-04-01 to 2005-06-30)

Staff member P001
  employer:  Kommune (kommune)
  pay group: A9
  days:      91 assignment days in the period, 1 segment(s) (split at assignment and rates-table boundaries)
Policy (the ARGE file's policy:, defaults where a setting is absent)
  proration: days (policy)
  fte_decimals: 4 (policy)
  rounding: half-up (policy)
  round: per-line (policy)

Segment 1: 2005-04-01..2005-06-30, 91 days
  Assignment 2005-01-01..open: weekly_hours 20, tasks kdu 50 %, alg2 50 %
  Rates table test-2005 (final): Test rates 2005
    valid 2005-01-01..2005-12-31
    source: Test circular <https://example.org/rates>
  Pay-group rate A9 (beamte): 36500.00 EUR per FTE and year
  1. FTE: weekly_hours 20 / full_time_hours 40 (partner kommune) = 0.5
          rounded half-up to 4 decimals (fte_decimals: 4, policy) = 0.5000
  2. Time fraction (proration: days, policy): 91 days / 365 days in 2005 = 91/365 ≈ 0.249315
  3. Shares (task percent × owner percent, per partner):
     agentur: 0.5
       alg2 50 % × agentur 100 % = 0.5 (test-tasks: Arbeitslosengeld II; § 19 SGB II)
     kommune: 0.5 (the employer's own tasks)
       kdu 50 % × kommune 100 % = 0.5 (test-tasks: Unterkunft und Heizung; § 22 SGB II)
  4. Components (EUR per FTE and year):
     base (Personalkostensatz A9): 36500.00, pay group A9 (beamte) of test-2005
     versorgung (Versorgungszuschlag): 30 % × 36500.00 = 10950.00 (applies_to: beamte, test-2005)
     sachkosten (Sachkostenpauschale): 3650.00, fixed annual amount (applies_to: all, test-2005)
     Owed by agentur (value × FTE × time fraction × share):
       base: 36500.00 × 0.5 × 91/365 × 0.5 = 2275
       versorgung: 10950.00 × 0.5 × 91/365 × 0.5 = 682.5
       sachkosten: 3650.00 × 0.5 × 91/365 × 0.5 = 227.5

Line: agentur owes kommune for staff P001 (91 days, FTE 0.5000, share 0.5)
  base: segment 1 = 2275 → 2275.00
  versorgung: segment 1 = 682.5 → 682.50
  sachkosten: segment 1 = 227.5 → 227.50
  line exact: base + versorgung + sachkosten = 3185
  round: per-line (policy): the exact line rounded half away from zero (rounding: half-up, policy) to cents = 3185.00; the components are rounded for display only
  amount: 3185.00 EUR

Agentur (agentur) owes Kommune (kommune) 3185.00 EUR for staff P001 in 2005-Q2.
)";

// The same explanation with --lang de: German words, dates and period names,
// decimal commas and thousands points; fractions, ids, task titles and the ARGE
// file's setting names ("proration: days") as written.
const std::string k_expected_german =
    R"(Erläuterung für Personal-Nr. P001, ARGE Test, 2. Quartal 2005 (01.04.2005 bis 30.06.2005)

Personal-Nr. P001
  Arbeitgeber:               Kommune (kommune)
  Besoldungs-/Entgeltgruppe: A9
  Tage:                      91 Einsatztage im Zeitraum, 1 Zeitabschnitt(e) (geteilt an den Grenzen der Einsätze und der Kostensatztabellen)
Verfahren (Angaben unter policy: in der ARGE-Datei, Standardwerte für fehlende Einstellungen)
  Anteilsberechnung: nach Kalendertagen (proration: days)
  VZÄ-Rundung: auf 4 Nachkommastellen (fte_decimals: 4)
  Rundungsregel: kaufmännisch (rounding: half-up)
  Rundungsstufe: je Zeile (round: per-line)

Zeitabschnitt 1: 01.04.2005 bis 30.06.2005, 91 Tage
  Einsatz ab 01.01.2005 (unbefristet): Wochenstunden 20, Aufgaben kdu 50 %, alg2 50 %
  Kostensatztabelle test-2005 (endgültig): Test rates 2005
    gültig vom 01.01.2005 bis 31.12.2005
    Quelle: Test circular <https://example.org/rates>
  Personalkostensatz A9 (Beamte): 36.500,00 EUR je VZÄ und Jahr
  1. VZÄ: Wochenstunden 20 / Vollzeitstunden 40 (Träger kommune) = 0,5
          kaufmännisch auf 4 Nachkommastellen gerundet (fte_decimals: 4, Verfahren) = 0,5000
  2. Zeitanteil nach Kalendertagen (proration: days, Verfahren): 91 Tage / 365 Tage im Jahr 2005 = 91/365 ≈ 0,249315
  3. Anteile je Träger (Aufgabenanteil × Trägeranteil an der Aufgabe):
     agentur: 0,5
       alg2 50 % × agentur 100 % = 0,5 (test-tasks: Arbeitslosengeld II; § 19 SGB II)
     kommune: 0,5 (eigene Aufgaben des Arbeitgebers)
       kdu 50 % × kommune 100 % = 0,5 (test-tasks: Unterkunft und Heizung; § 22 SGB II)
  4. Kostenbestandteile (EUR je VZÄ und Jahr):
     base (Personalkostensatz A9): 36.500,00, Besoldungsgruppe A9 (Beamte) aus test-2005
     versorgung (Versorgungszuschlag): 30 % × 36.500,00 = 10.950,00 (gilt für Beamte, test-2005)
     sachkosten (Sachkostenpauschale): 3.650,00, fester Jahresbetrag (gilt für alle, test-2005)
     Geschuldet von agentur (Wert × VZÄ × Zeitanteil × Anteil):
       base: 36.500,00 × 0,5 × 91/365 × 0,5 = 2.275
       versorgung: 10.950,00 × 0,5 × 91/365 × 0,5 = 682,5
       sachkosten: 3.650,00 × 0,5 × 91/365 × 0,5 = 227,5

Zeile: agentur schuldet kommune für Personal-Nr. P001 (91 Tage, VZÄ 0,5000, Anteil 0,5)
  base: Zeitabschnitt 1 = 2.275 → 2.275,00
  versorgung: Zeitabschnitt 1 = 682,5 → 682,50
  sachkosten: Zeitabschnitt 1 = 227,5 → 227,50
  exakter Zeilenbetrag: base + versorgung + sachkosten = 3.185
  Rundung je Zeile (round: per-line, Verfahren): der exakte Zeilenbetrag kaufmännisch (rounding: half-up, Verfahren) auf Cent gerundet = 3.185,00; die Bestandteile sind nur für die Anzeige gerundet
  Betrag: 3.185,00 EUR

Agentur (agentur) schuldet Kommune (kommune) 3.185,00 EUR für Personal-Nr. P001 im 2. Quartal 2005.
)";

} // namespace

// --- the hand-built case ----------------------------------------------------------

TEST_CASE("the text explanation of one segment shows every step with its source, exactly",
          "[explain_report]") {
    const Explained explained("2005-Q2");
    CHECK(ausgleich::report::explain_text(explained.explanation()) == k_expected_text);
}

TEST_CASE("the German text explanation has the same figures in German words and number format",
          "[explain_report]") {
    const Explained explained("2005-Q2");
    CHECK(ausgleich::report::explain_text(explained.explanation(), Language::de) ==
          k_expected_german);
}

TEST_CASE("the JSON explanation carries the same figures with exact fractions",
          "[explain_report]") {
    const Explained explained("2005-Q2");
    const std::string json = ausgleich::report::explain_json(explained.explanation());
    CHECK(json.rfind("{\n  \"schema\": \"ausgleich/explain/v1\",\n", 0) == 0);
    CHECK(contains(json, R"("time_fraction": {"exact": "91/365", "decimal": "0.249315", )"));
    CHECK(
        contains(json, R"("fte": {"exact": "1/2", "decimal": "0.500000", "rounded": "0.5000", )"));
    CHECK(contains(json, R"({"debtor": "agentur", "component": "versorgung", "formula": )"
                         R"("10950.00 × 0.5 × 91/365 × 0.5", "exact": "1365/2", )"
                         R"("exact_decimal": "682.500000"})"));
    CHECK(contains(json, R"({"code": "alg2", "percent": "50", "owner_percent": "100", )"
                         R"("share": "0.5", "origin": "test-tasks", "title": )"
                         R"("Arbeitslosengeld II", "ref": "§ 19 SGB II"})"));
    CHECK(contains(json, R"("sources": [{"title": "Test circular", )"
                         R"("url": "https://example.org/rates"}])"));
    CHECK(contains(json, "      \"exact\": \"3185/1\",\n      \"exact_decimal\": "
                         "\"3185.000000\",\n"));
    CHECK(contains(json, "      \"amount\": \"3185.00\"\n    }\n  ]\n}\n"));
}

TEST_CASE("a staff member with no days in the period is explained as owing nothing",
          "[explain_report]") {
    const Explained explained("2004-Q4");
    const std::string text = ausgleich::report::explain_text(explained.explanation());
    CHECK(contains(text, "Staff P001 has no assignment days in 2004-Q4: nobody owes anything"));
    CHECK(contains(ausgleich::report::explain_json(explained.explanation()),
                   "\"segments\": [],\n  \"lines\": []\n}\n"));
}

TEST_CASE("in German a staff member with no days, or no other partner's share, owes nothing",
          "[explain_report]") {
    const Explained idle("2004-Q4");
    CHECK(contains(ausgleich::report::explain_text(idle.explanation(), Language::de),
                   "\nPersonal-Nr. P001 hat im 4. Quartal 2004 keine Einsatztage: niemand schuldet "
                   "dafür etwas.\n"));
    const Explained settled("2005-04");
    // The same segments without lines: what a staff member working only on the
    // employer's own tasks is explained with.
    const StaffExplanation e = settled.explanation();
    const std::vector<Line> no_lines;
    const StaffExplanation without_lines{e.arge,   e.tasks,  e.staff, e.derivation,
                                         no_lines, e.period, e.policy};
    CHECK(contains(ausgleich::report::explain_text(without_lines, Language::de),
                   "\nKein anderer Träger schuldet Kommune (kommune) etwas für Personal-Nr. P001 "
                   "im April 2005: die gesamte Zeit entfiel auf eigene Aufgaben des "
                   "Arbeitgebers.\n"));
    // 30 days of April: (36500 + 10950 + 3650) × 0.5 FTE × 30/365 × 0.5 = 1050.
    CHECK(contains(ausgleich::report::explain_text(settled.explanation(), Language::de),
                   "\nAgentur (agentur) schuldet Kommune (kommune) 1.050,00 EUR für Personal-Nr. "
                   "P001 im April 2005.\n"));
}

// --- the pieces -------------------------------------------------------------------

TEST_CASE("the time fraction names each calendar year or month it adds up", "[explain_report]") {
    const Explained explained("2005-Q2");
    Segment segment = explained.derivation->segments.front();
    segment.range = {ausgleich::Date(2005, 12, 17), ausgleich::Date(2006, 1, 15)};
    segment.time_fraction = ausgleich::time_fraction(segment.range, ausgleich::Proration::days);
    CHECK(ausgleich::report::time_fraction_formula(segment, ausgleich::Proration::days) ==
          "15 days / 365 days in 2005 + 15 days / 365 days in 2006 = 6/73 ≈ 0.082192");
    segment.time_fraction = ausgleich::time_fraction(segment.range, ausgleich::Proration::months);
    CHECK(ausgleich::report::time_fraction_formula(segment, ausgleich::Proration::months) ==
          "(2005-12: 15/31 + 2006-01: 15/31) / 12 = 5/62 ≈ 0.080645");
}

TEST_CASE("in German the time fraction names calendar years and months in German",
          "[explain_report]") {
    const Explained explained("2005-Q2");
    Segment segment = explained.derivation->segments.front();
    segment.range = {ausgleich::Date(2005, 12, 17), ausgleich::Date(2006, 1, 15)};
    segment.time_fraction = ausgleich::time_fraction(segment.range, ausgleich::Proration::days);
    CHECK(ausgleich::report::time_fraction_formula(segment, ausgleich::Proration::days,
                                                   Language::de) ==
          "15 Tage / 365 Tage im Jahr 2005 + 15 Tage / 365 Tage im Jahr 2006 = 6/73 ≈ 0,082192");
    segment.time_fraction = ausgleich::time_fraction(segment.range, ausgleich::Proration::months);
    CHECK(ausgleich::report::time_fraction_formula(segment, ausgleich::Proration::months,
                                                   Language::de) ==
          "(Dezember 2005: 15/31 + Januar 2006: 15/31) / 12 = 5/62 ≈ 0,080645");
}

TEST_CASE("the FTE names where the full-time hours come from and how it was rounded",
          "[explain_report]") {
    const Explained explained("2005-Q2");
    const Segment& segment = explained.derivation->segments.front();
    CHECK(ausgleich::report::fte_formula(explained.fixture.arge(),
                                         explained.fixture.arge().staff.front(), segment) ==
          "weekly_hours 20 / full_time_hours 40 (partner kommune) = 0.5");
    Policy exact;
    exact.fte_decimals.reset();
    CHECK(ausgleich::report::fte_rounding(segment, exact) ==
          "not rounded (fte_decimals: null, policy) = 0.5");
}

TEST_CASE("in German the FTE and its rounding are explained in German with decimal commas",
          "[explain_report]") {
    const Explained explained("2005-Q2");
    const Segment& segment = explained.derivation->segments.front();
    CHECK(ausgleich::report::fte_formula(
              explained.fixture.arge(), explained.fixture.arge().staff.front(), segment,
              Language::de) == "Wochenstunden 20 / Vollzeitstunden 40 (Träger kommune) = 0,5");
    Policy exact;
    exact.fte_decimals.reset();
    CHECK(ausgleich::report::fte_rounding(segment, exact, Language::de) ==
          "nicht gerundet (fte_decimals: null, Verfahren) = 0,5");
    CHECK(ausgleich::report::fte_rounding(segment, Policy{}, Language::de) ==
          "kaufmännisch auf 4 Nachkommastellen gerundet (fte_decimals: 4, Verfahren) = 0,5000");
}

TEST_CASE("in German a percent surcharge is shown with decimal commas and whom it applies to",
          "[explain_report]") {
    const Explained explained("2005-Q2");
    const Segment& segment = explained.derivation->segments.front();
    REQUIRE(segment.components.size() == 3);
    CHECK(ausgleich::report::component_formula(segment, segment.components[0], Language::de) ==
          "36.500,00, Besoldungsgruppe A9 (Beamte) aus test-2005");
    CHECK(ausgleich::report::component_formula(segment, segment.components[1], Language::de) ==
          "30 % × 36.500,00 = 10.950,00 (gilt für Beamte, test-2005)");
    CHECK(ausgleich::report::component_formula(segment, segment.components[2], Language::de) ==
          "3.650,00, fester Jahresbetrag (gilt für alle, test-2005)");
    CHECK(ausgleich::report::amount_formula(segment, segment.components[1], dec("0.5"),
                                            Language::de) == "10.950,00 × 0,5 × 91/365 × 0,5");
}

TEST_CASE("the task contributions of a partner add up to its share", "[explain_report]") {
    const Explained explained("2005-Q2");
    const Segment& segment = explained.derivation->segments.front();
    for (const auto& partner_share : segment.shares) {
        Rational sum = 0;
        for (const auto& contribution : ausgleich::task_contributions(
                 segment, explained.fixture.tasks(), partner_share.partner)) {
            sum += contribution.share;
        }
        CHECK(sum == partner_share.share);
    }
}

TEST_CASE("the rounding of a line is explained as its round policy says", "[explain_report]") {
    Line line;
    line.debtor = "agentur";
    line.creditor = "kommune";
    line.components = {{"base", dec("10.005"), dec("10.01")}, {"sachkosten", dec("1.004"), 1}};
    line.exact = dec("11.009");
    line.amount = dec("11.01");
    Policy policy;
    CHECK(ausgleich::report::line_rounding(line, policy) ==
          "round: per-line (policy): the exact line rounded half away from zero (rounding: "
          "half-up, policy) to cents = 11.01; the components are rounded for display only");
    policy.round = ausgleich::RoundingPolicy::per_component;
    policy.rounding = ausgleich::RoundingMode::half_even;
    line.amount = dec("11.01");
    CHECK(ausgleich::report::line_rounding(line, policy) ==
          "round: per-component (policy): each component rounded half to even (rounding: "
          "half-even, policy) to cents, the line is their sum: 10.01 + 1.00 = 11.01");
    policy.round = ausgleich::RoundingPolicy::per_total;
    CHECK(contains(ausgleich::report::line_rounding(line, policy),
                   "only the total agentur → kommune is rounded"));
}

TEST_CASE("in German the rounding of a line is explained in German for each round policy",
          "[explain_report]") {
    Line line;
    line.debtor = "agentur";
    line.creditor = "kommune";
    line.components = {{"base", dec("1000.005"), dec("1000.01")}, {"sachkosten", dec("1.004"), 1}};
    line.exact = dec("1001.009");
    line.amount = dec("1001.01");
    Policy policy;
    CHECK(ausgleich::report::line_rounding(line, policy, Language::de) ==
          "Rundung je Zeile (round: per-line, Verfahren): der exakte Zeilenbetrag kaufmännisch "
          "(rounding: half-up, Verfahren) auf Cent gerundet = 1.001,01; die Bestandteile sind nur "
          "für die Anzeige gerundet");
    policy.round = ausgleich::RoundingPolicy::per_component;
    policy.rounding = ausgleich::RoundingMode::half_even;
    CHECK(ausgleich::report::line_rounding(line, policy, Language::de) ==
          "Rundung je Kostenbestandteil (round: per-component, Verfahren): jeder Bestandteil "
          "mathematisch (rounding: half-even, Verfahren) auf Cent gerundet, der Zeilenbetrag ist "
          "ihre Summe: 1.000,01 + 1,00 = 1.001,01");
    policy.round = ausgleich::RoundingPolicy::per_total;
    CHECK(ausgleich::report::line_rounding(line, policy, Language::de) ==
          "Rundung nur der Summe (round: per-total, Verfahren): der Zeilenbetrag wird "
          "mathematisch (rounding: half-even, Verfahren) auf Cent gerundet angezeigt = 1.001,01; "
          "gerundet wird nur die Summe agentur → kommune, aus der exakten Summe ihrer Zeilen "
          "(ausgleich settle weist den Unterschied als Rundungsdifferenz aus)");
}

TEST_CASE("exact values are shown as finite decimals or as fractions with 6 places",
          "[explain_report]") {
    CHECK(ausgleich::report::exact_text(dec("0.5065")) == "0.5065");
    CHECK(ausgleich::report::exact_text(Rational(39, 77)) == "39/77 ≈ 0.506494");
    CHECK(ausgleich::report::fraction_text(Rational(2)) == "2/1");
    CHECK(ausgleich::report::annual_text(dec("43560.8")) == "43560.80");
    CHECK(ausgleich::report::annual_text(dec("12581.514")) == "12581.514");
}

TEST_CASE("in German exact values have a decimal comma and thousands points, fractions stay",
          "[explain_report]") {
    CHECK(ausgleich::report::exact_text(dec("0.5065"), Language::de) == "0,5065");
    CHECK(ausgleich::report::exact_text(Rational(39, 77), Language::de) == "39/77 ≈ 0,506494");
    // KO06 of the Musterstadt example: the base component of Q2 2005.
    CHECK(ausgleich::report::exact_text(Rational(5019456533, 912500), Language::de) ==
          "5019456533/912500 ≈ 5.500,774283");
    CHECK(ausgleich::report::annual_text(dec("43560.8"), Language::de) == "43.560,80");
    CHECK(ausgleich::report::annual_text(dec("12581.514"), Language::de) == "12.581,514");
    CHECK(ausgleich::report::annual_text(dec("-1234.5"), Language::de) == "-1.234,50");
}

// --- one code path with settle ----------------------------------------------------

namespace {

// The source tree, as CMake gives it to every unit test.
const std::filesystem::path k_source_root = AUSGLEICH_TEST_SOURCE_DIR;

std::string read_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// What a line is made of, in cents and exactly, as one comparable text.
std::string describe(const std::vector<Line>& lines) {
    std::string out;
    for (const auto& line : lines) {
        out += line.debtor + ">" + line.creditor + " " +
               ausgleich::report::fraction_text(line.exact) + " " + ausgleich::money(line.amount) +
               " [";
        for (const auto& component : line.components) {
            out += component.id + " " + ausgleich::report::fraction_text(component.exact) + " " +
                   ausgleich::money(component.amount) + "; ";
        }
        out += "]\n";
    }
    return out;
}

// The Musterstadt ARGE file, or a temporary copy with other policy lines
// (removed again when this goes out of scope).
class MusterstadtFile {
public:
    explicit MusterstadtFile(const std::string& policy) {
        const auto original = k_source_root / "examples/musterstadt/arge.yaml";
        if (policy.empty()) {
            m_path = original;
            return;
        }
        m_temporary = true;
        m_path = std::filesystem::temp_directory_path() /
                 ("ausgleich-explain-test-" + std::to_string(::getpid()) + ".yaml");
        std::ofstream(m_path, std::ios::binary) << ausgleich::test::with_replaced(
            read_text(original),
            "  proration: days\n  fte_decimals: 4\n  rounding: half-up\n  round: per-line\n",
            policy);
    }
    MusterstadtFile(const MusterstadtFile&) = delete;
    MusterstadtFile& operator=(const MusterstadtFile&) = delete;
    ~MusterstadtFile() {
        if (m_temporary) {
            std::error_code ignored;
            std::filesystem::remove(m_path, ignored);
        }
    }
    std::string path() const { return m_path.string(); }

private:
    std::filesystem::path m_path;
    bool m_temporary = false;
};

std::vector<std::string> staff_ids_of(const std::string& arge_path) {
    Diagnostics diagnostics;
    const auto source = ausgleich::io::read_source_file(arge_path, diagnostics);
    REQUIRE(source);
    const auto arge = ausgleich::io::load_arge(*source, diagnostics);
    REQUIRE(arge);
    std::vector<std::string> ids;
    for (const auto& staff : arge->staff) {
        ids.push_back(staff.id);
    }
    return ids;
}

} // namespace

TEST_CASE("for every Musterstadt staff member, the derivation explained gives the settlement's "
          "lines to the cent and exactly",
          "[explain_report][musterstadt]") {
    const std::string rules = (k_source_root / "rules").string();
    // The example's own policy (the defaults), and two others that change every setting.
    const std::string policy = GENERATE(as<std::string>{}, "",
                                        "  proration: months\n  fte_decimals: 2\n"
                                        "  rounding: half-even\n  round: per-component\n",
                                        "  proration: days\n  fte_decimals: null\n"
                                        "  rounding: half-up\n  round: per-total\n");
    const auto period_text = GENERATE(as<std::string>{}, "2005-Q2", "2005-12-01..2006-01-31");
    const Period period = ausgleich::parse_period(period_text);
    const MusterstadtFile file(policy);
    const std::string arge_path = file.path();
    for (const auto& id : staff_ids_of(arge_path)) {
        INFO("policy:\n" << policy << "period " << period_text << ", staff " << id);
        Diagnostics diagnostics;
        const auto run =
            ausgleich::app::run_settlement(arge_path, {rules}, period, diagnostics, id);
        REQUIRE(run->settlement);
        REQUIRE(run->kept_staff);
        const StaffDerivation derivation = ausgleich::derive_staff(
            *run->kept_staff, SettlementInputs{run->header, *run->tasks, run->rules.rates, period},
            diagnostics);
        REQUIRE_FALSE(diagnostics.has_errors());
        std::vector<Line> settled;
        for (const auto& line : run->settlement->lines) {
            if (line.staff_id == id) {
                settled.push_back(line);
            }
        }
        const auto derived = ausgleich::staff_lines(derivation, run->settlement->policy);
        CHECK(describe(derived) == describe(settled));
        // Both renderers explain every case without throwing.
        const StaffExplanation explanation{
            run->header, *run->tasks, *run->kept_staff,       derivation,
            settled,     period,      run->settlement->policy};
        CHECK_FALSE(ausgleich::report::explain_text(explanation).empty());
        CHECK_FALSE(ausgleich::report::explain_json(explanation).empty());
        // Every sentence has its German (a missing one throws), with every placeholder filled.
        const std::string german = ausgleich::report::explain_text(explanation, Language::de);
        CHECK_FALSE(contains(german, "{"));
        CHECK_FALSE(contains(german, " owes "));
    }
}
