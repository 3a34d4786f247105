// The arithmetic of SPEC section 4 through ausgleich::settle: rules and ARGE files
// are loaded from YAML text, settled for a period, and every amount is compared
// to the cent with a value derived by hand in the comment above it.
//
// Most figures use an annual rate of 36500.00 (100.00 per day in a 365-day year)
// or 36600.00 in 2004 (100.00 per day in a 366-day year), so that the days
// proration of step 2 is easy to follow.

#include "ausgleich/settlement.hpp"
#include "settlement_fixture.hpp"

#include <catch2/catch.hpp>
#include <cstdio>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

using ausgleich::Line;
using ausgleich::Rational;
using ausgleich::Settlement;
using ausgleich::test::arge_yaml;
using ausgleich::test::cents;
using ausgleich::test::dec;
using ausgleich::test::k_sgb2_catalog;
using ausgleich::test::rates_yaml;
using ausgleich::test::SettlementFixture;
using ausgleich::test::staff;

namespace {

// 100.00 per day in 2005 for a civil servant (A9) and an employee (E9).
const std::string k_pay_groups_2005 = "  A9: { kind: beamte, annual: 36500.00 }\n"
                                      "  E9: { kind: tarif, annual: 36500.00 }\n";

const std::string k_rates_2005 =
    rates_yaml("bmf-2005", "2005-01-01", "2005-12-31", k_pay_groups_2005);

// The SPEC 3.2 catalog and the 2005 rates.
void add_standard_rules(SettlementFixture& fixture) {
    fixture.add_tasks(k_sgb2_catalog);
    fixture.add_rates(k_rates_2005);
}

std::vector<std::string> staff_ids(const Settlement& settlement) {
    std::vector<std::string> ids;
    for (const auto& line : settlement.lines) {
        ids.push_back(line.staff_id + ":" + line.debtor + ">" + line.creditor);
    }
    return ids;
}

} // namespace

// --- the basic line ------------------------------------------------------------

TEST_CASE("a Kommune employee working half on alg2 in 2005-Q2 is owed 4550.00 by the Agentur",
          "[settlement]") {
    SettlementFixture fixture;
    add_standard_rules(fixture);
    fixture.load_arge(arge_yaml(
        staff("K1", "kommune", "E9", "from: 2005-01-01, fte: 1, tasks: { kdu: 50, alg2: 50 }")));
    const Settlement settlement = fixture.settle_ok("2005-Q2");

    CHECK(settlement.arge == "ARGE Test");
    CHECK(settlement.period.label == "2005-Q2");
    REQUIRE(settlement.lines.size() == 1);
    const Line& line = settlement.lines[0];
    CHECK(line.staff_id == "K1");
    CHECK(line.employer == "kommune");
    CHECK(line.pay_group == "E9");
    CHECK(line.debtor == "agentur");
    CHECK(line.creditor == "kommune");
    // 2005-Q2: April 30 + May 31 + June 30 = 91 days.
    CHECK(line.days == 91);
    CHECK(line.fte == 1);
    // share(agentur) = 50/100 × 100/100 (alg2) + 50/100 × 0/100 (kdu) = 0.5
    CHECK(line.share == dec("0.5"));
    // 36500 × 1 × 91/365 × 0.5 = 100 × 91 × 0.5 = 4550 exactly; no surcharges: base only.
    REQUIRE(line.components.size() == 1);
    CHECK(line.components[0].id == "base");
    CHECK(line.components[0].exact == 4550);
    CHECK(cents(line.components[0].amount) == "4550.00");
    CHECK(line.exact == 4550);
    CHECK(cents(line.amount) == "4550.00");

    REQUIRE(settlement.totals.size() == 1);
    CHECK(settlement.totals[0].debtor == "agentur");
    CHECK(settlement.totals[0].creditor == "kommune");
    CHECK(cents(settlement.totals[0].amount) == "4550.00");
    CHECK_FALSE(settlement.totals[0].rounding_difference.has_value());

    // net(agentur, kommune) = 4550.00 − 0.00: the Agentur pays.
    REQUIRE(settlement.net.size() == 1);
    CHECK(settlement.net[0].debtor == "agentur");
    CHECK(settlement.net[0].creditor == "kommune");
    CHECK(cents(settlement.net[0].amount) == "4550.00");

    REQUIRE(settlement.rates_used.size() == 1);
    CHECK(settlement.rates_used[0].id == "bmf-2005");
}

TEST_CASE("9000 staff in reverse order give 9000 lines sorted by staff id, the total their sum",
          "[settlement]") {
    SettlementFixture fixture;
    add_standard_rules(fixture);
    std::string yaml;
    for (int i = 9000; i >= 1; --i) {
        char id[8];
        std::snprintf(id, sizeof id, "K%04d", i);
        yaml +=
            staff(id, "kommune", "E9", "from: 2005-01-01, fte: 1, tasks: { kdu: 50, alg2: 50 }");
    }
    fixture.load_arge(arge_yaml(yaml));
    const Settlement settlement = fixture.settle_ok("2005-Q2");
    REQUIRE(settlement.lines.size() == 9000);
    CHECK(settlement.lines.front().staff_id == "K0001");
    CHECK(settlement.lines[4095].staff_id == "K4096");
    CHECK(settlement.lines[4096].staff_id == "K4097");
    CHECK(settlement.lines.back().staff_id == "K9000");
    // Each 4550.00, as in the case above: 9000 × 4550.00 = 40,950,000.00.
    REQUIRE(settlement.totals.size() == 1);
    CHECK(cents(settlement.totals[0].amount) == "40950000.00");
}

TEST_CASE("a settlement keeps copies of the rates tables it used, so it outlives the rules",
          "[settlement]") {
    std::optional<Settlement> settlement;
    {
        SettlementFixture fixture;
        add_standard_rules(fixture);
        fixture.load_arge(arge_yaml(staff(
            "K1", "kommune", "E9", "from: 2005-01-01, fte: 1, tasks: { kdu: 50, alg2: 50 }")));
        settlement = fixture.settle_ok("2005-Q2");
    } // the RateBook is gone with the fixture
    REQUIRE(settlement->rates_used.size() == 1);
    CHECK(settlement->rates_used[0].id == "bmf-2005");
    const ausgleich::PayGroupRate* rate = settlement->rates_used[0].rate_for("E9");
    REQUIRE(rate != nullptr);
    CHECK(rate->annual == 36500);
}

// --- step 1: FTE ---------------------------------------------------------------

TEST_CASE("weekly hours are divided by the full-time hours of the staff member or the employer",
          "[settlement][fte]") {
    // Partner kommune works 39 hours; K2 has a 40-hour contract of their own.
    const std::string partners = "partners:\n"
                                 "  agentur: { name: Agentur, full_time_hours: 40 }\n"
                                 "  kommune: { name: Kommune, full_time_hours: 39 }\n";
    const std::string staff_yaml =
        staff("K1", "kommune", "E9",
              "from: 2005-01-01, weekly_hours: 20, tasks: { kdu: 50, alg2: 50 }") +
        "  - { id: K2, employer: kommune, pay_group: E9, full_time_hours: 40, assignments: [ { "
        "from: "
        "2005-01-01, weekly_hours: 20, tasks: { kdu: 50, alg2: 50 } } ] }\n";

    SECTION("fte_decimals 4 (default) rounds 20/39 = 0.512820... to 0.5128") {
        SettlementFixture fixture;
        add_standard_rules(fixture);
        fixture.load_arge(arge_yaml(staff_yaml, "", "", partners));
        const Settlement settlement = fixture.settle_ok("2005-Q2");
        REQUIRE(settlement.lines.size() == 2);
        // K1: f = 0.5128; 36500 × 0.5128 × 91/365 × 0.5 = 9100 × 0.2564 = 2333.24 exactly.
        CHECK(settlement.lines[0].staff_id == "K1");
        CHECK(settlement.lines[0].fte == dec("0.5128"));
        CHECK(settlement.lines[0].exact == dec("2333.24"));
        CHECK(cents(settlement.lines[0].amount) == "2333.24");
        // K2: f = 20/40 = 0.5; 36500 × 0.5 × 91/365 × 0.5 = 9100 × 0.25 = 2275.00.
        CHECK(settlement.lines[1].staff_id == "K2");
        CHECK(settlement.lines[1].fte == dec("0.5"));
        CHECK(cents(settlement.lines[1].amount) == "2275.00");
        CHECK(cents(settlement.totals[0].amount) == "4608.24");
    }
    SECTION("fte_decimals null keeps 20/39 exact, which gives different cents") {
        SettlementFixture fixture;
        add_standard_rules(fixture);
        fixture.load_arge(arge_yaml(staff_yaml, "policy: { fte_decimals: null }", "", partners));
        const Settlement settlement = fixture.settle_ok("2005-Q2");
        REQUIRE(settlement.lines.size() == 2);
        // K1: 9100 × 20/39 × 0.5 = 91000/39 = 7000/3 = 2333.3333... -> 2333.33 (not 2333.24).
        CHECK(settlement.lines[0].fte == Rational(20, 39));
        CHECK(settlement.lines[0].exact == Rational(7000, 3));
        CHECK(cents(settlement.lines[0].amount) == "2333.33");
        CHECK(cents(settlement.lines[1].amount) == "2275.00");
    }
    SECTION("fte_decimals 2 rounds 20/39 to 0.51") {
        SettlementFixture fixture;
        add_standard_rules(fixture);
        fixture.load_arge(arge_yaml(staff_yaml, "policy: { fte_decimals: 2 }", "", partners));
        const Settlement settlement = fixture.settle_ok("2005-Q2");
        REQUIRE(settlement.lines.size() == 2);
        // K1: 9100 × 0.51 × 0.5 = 2320.50 exactly.
        CHECK(settlement.lines[0].fte == dec("0.51"));
        CHECK(cents(settlement.lines[0].amount) == "2320.50");
    }
}

TEST_CASE("an fte given directly is used as written", "[settlement][fte]") {
    SettlementFixture fixture;
    add_standard_rules(fixture);
    fixture.load_arge(arge_yaml(
        staff("K1", "kommune", "E9", "from: 2005-01-01, fte: 0.75, tasks: { alg2: 100 }")));
    const Settlement settlement = fixture.settle_ok("2005-Q2");
    REQUIRE(settlement.lines.size() == 1);
    // 36500 × 0.75 × 91/365 × 1 = 9100 × 0.75 = 6825.00
    CHECK(settlement.lines[0].fte == dec("0.75"));
    CHECK(settlement.lines[0].share == 1);
    CHECK(cents(settlement.lines[0].amount) == "6825.00");
}

// --- step 4: components --------------------------------------------------------

TEST_CASE("a percent surcharge for beamte applies to an A group and not to an E group, an annual "
          "surcharge for all is prorated",
          "[settlement][surcharges]") {
    SettlementFixture fixture;
    fixture.add_tasks(k_sgb2_catalog);
    fixture.add_rates(rates_yaml(
        "bmf-2005", "2005-01-01", "2005-12-31", k_pay_groups_2005,
        "  - { id: versorgung, title: Versorgungszuschlag, percent: 30, applies_to: beamte }\n"
        "  - { id: sachkosten, title: Sachkostenpauschale, annual: 11070.00, applies_to: all }\n"));
    fixture.load_arge(
        arge_yaml(staff("B1", "kommune", "A9", "from: 2005-01-01, fte: 1, tasks: { alg2: 100 }") +
                  staff("T1", "kommune", "E9", "from: 2005-01-01, fte: 1, tasks: { alg2: 100 }")));
    const Settlement settlement = fixture.settle_ok("2005-Q2");
    REQUIRE(settlement.lines.size() == 2);

    // B1 (A9, beamte), share 1, t = 91/365:
    //   base       36500 × 91/365                = 9100.00
    //   versorgung 30/100 × 36500 = 10950 × 91/365 = 30 × 91 = 2730.00
    //   sachkosten 11070 × 91/365 = 1007370/365 = 201474/73 = 2759.9178... -> 2759.92
    //   line exact 9100 + 2730 + 201474/73 = (863590 + 201474)/73 = 1065064/73
    //              = 14589.9178... -> 14589.92
    const Line& beamter = settlement.lines[0];
    CHECK(beamter.staff_id == "B1");
    REQUIRE(beamter.components.size() == 3);
    CHECK(beamter.components[0].id == "base");
    CHECK(cents(beamter.components[0].amount) == "9100.00");
    CHECK(beamter.components[1].id == "versorgung");
    CHECK(beamter.components[1].exact == 2730);
    CHECK(cents(beamter.components[1].amount) == "2730.00");
    CHECK(beamter.components[2].id == "sachkosten");
    CHECK(beamter.components[2].exact == Rational(201474, 73));
    CHECK(cents(beamter.components[2].amount) == "2759.92");
    CHECK(beamter.exact == Rational(1065064, 73));
    CHECK(cents(beamter.amount) == "14589.92");

    // T1 (E9, tarif): no versorgung.
    //   line exact 9100 + 201474/73 = (664300 + 201474)/73 = 865774/73 = 11859.9178... -> 11859.92
    const Line& employee = settlement.lines[1];
    CHECK(employee.staff_id == "T1");
    REQUIRE(employee.components.size() == 2);
    CHECK(employee.components[0].id == "base");
    CHECK(employee.components[1].id == "sachkosten");
    CHECK(employee.exact == Rational(865774, 73));
    CHECK(cents(employee.amount) == "11859.92");

    // per-line: the total is the sum of the rounded lines, 14589.92 + 11859.92 = 26449.84.
    REQUIRE(settlement.totals.size() == 1);
    CHECK(cents(settlement.totals[0].amount) == "26449.84");
}

TEST_CASE("the flat \"*\" rate takes only the surcharges that apply to all",
          "[settlement][surcharges]") {
    SettlementFixture fixture;
    fixture.add_tasks(k_sgb2_catalog);
    fixture.add_rates(rates_yaml("flat-2005", "2005-01-01", "2005-12-31",
                                 "  A9: { kind: beamte, annual: 36500.00 }\n"
                                 "  \"*\": { kind: any, annual: 36500.00 }\n",
                                 "  - { id: versorgung, percent: 30, applies_to: beamte }\n"
                                 "  - { id: tarifzuschlag, percent: 10, applies_to: tarif }\n"
                                 "  - { id: sachkosten, annual: 11070.00, applies_to: all }\n"));
    fixture.load_arge(
        arge_yaml(staff("B1", "kommune", "A9", "from: 2005-01-01, fte: 1, tasks: { alg2: 100 }") +
                  staff("X1", "kommune", "E13", "from: 2005-01-01, fte: 1, tasks: { alg2: 100 }")));
    const Settlement settlement = fixture.settle_ok("2005-Q2");
    REQUIRE(settlement.lines.size() == 2);

    // B1: A9 is listed (beamte): base 9100.00 + versorgung 2730.00 + sachkosten 2759.92;
    // exact 1065064/73 -> 14589.92 (as in the test above). No tarifzuschlag.
    REQUIRE(settlement.lines[0].components.size() == 3);
    CHECK(settlement.lines[0].components[1].id == "versorgung");
    CHECK(cents(settlement.lines[0].amount) == "14589.92");

    // X1: E13 is not listed, so the "*" entry (kind any) rates it: neither versorgung
    // (beamte) nor tarifzuschlag (tarif), only sachkosten (all):
    // 9100 + 201474/73 = 865774/73 = 11859.9178... -> 11859.92
    const Line& flat = settlement.lines[1];
    CHECK(flat.pay_group == "E13");
    REQUIRE(flat.components.size() == 2);
    CHECK(flat.components[0].id == "base");
    CHECK(cents(flat.components[0].amount) == "9100.00");
    CHECK(flat.components[1].id == "sachkosten");
    CHECK(cents(flat.components[1].amount) == "2759.92");
    CHECK(flat.exact == Rational(865774, 73));
    CHECK(cents(flat.amount) == "11859.92");
}

TEST_CASE("the Rhein-Erft flat rate of 67400 per workplace gives 67400.00 for a full year",
          "[settlement][surcharges]") {
    SettlementFixture fixture;
    fixture.add_tasks(k_sgb2_catalog);
    fixture.add_rates(rates_yaml("rhein-erft-2005", "2005-01-01", "2005-12-31",
                                 "  \"*\": { kind: any, annual: 67400.00 }\n"));
    fixture.load_arge(
        arge_yaml(staff("K1", "kommune", "E9", "from: 2005-01-01, fte: 1, tasks: { alg2: 100 }")));
    const Settlement settlement = fixture.settle_ok("2005");
    REQUIRE(settlement.lines.size() == 1);
    // 67400 × 1 × 365/365 × 1 = 67400.00; 300 posts: 300 × 67400.00 = 20220000.00.
    CHECK(settlement.lines[0].days == 365);
    CHECK(cents(settlement.lines[0].amount) == "67400.00");
    CHECK(cents(300 * settlement.lines[0].amount) == "20220000.00");
}

TEST_CASE("the 2011 Sachkostenpauschale of 10455 + 1910 adds up to 12365.00 for a full year",
          "[settlement][surcharges][anchors]") {
    SettlementFixture fixture;
    fixture.add_tasks(k_sgb2_catalog);
    fixture.add_rates(rates_yaml("bmf-2011", "2011-01-01", "2011-12-31",
                                 "  E9: { kind: tarif, annual: 36500.00 }\n",
                                 "  - { id: buero, annual: 10455, applies_to: all }\n"
                                 "  - { id: gemeinkosten, annual: 1910, applies_to: all }\n"));
    fixture.load_arge(
        arge_yaml(staff("K1", "kommune", "E9", "from: 2011-01-01, fte: 1, tasks: { alg2: 100 }")));
    const Settlement settlement = fixture.settle_ok("2011");
    REQUIRE(settlement.lines.size() == 1);
    const Line& line = settlement.lines[0];
    REQUIRE(line.components.size() == 3);
    // A whole year is t = 365/365 = 1: every component is its annual value.
    CHECK(cents(line.components[0].amount) == "36500.00");
    CHECK(cents(line.components[1].amount) == "10455.00");
    CHECK(cents(line.components[2].amount) == "1910.00");
    CHECK(cents(line.components[1].amount + line.components[2].amount) == "12365.00");
    // 36500 + 12365 = 48865.00
    CHECK(cents(line.amount) == "48865.00");
}

// --- step 2: time fraction ------------------------------------------------------

TEST_CASE("2004-Q1 has 91 days of a 366-day year", "[settlement][proration]") {
    // E9 at 36600.00 (100.00 per day in 2004), E8 at 36500.00.
    const std::string rates = rates_yaml("bmf-2004", "2004-01-01", "2004-12-31",
                                         "  E8: { kind: tarif, annual: 36500.00 }\n"
                                         "  E9: { kind: tarif, annual: 36600.00 }\n");
    const std::string staff_yaml =
        staff("K1", "kommune", "E9", "from: 2004-01-01, fte: 1, tasks: { alg2: 100 }") +
        staff("K2", "kommune", "E8", "from: 2004-01-01, fte: 1, tasks: { alg2: 100 }");

    SECTION("days: 91/366") {
        SettlementFixture fixture;
        fixture.add_tasks(k_sgb2_catalog);
        fixture.add_rates(rates);
        fixture.load_arge(arge_yaml(staff_yaml));
        const Settlement settlement = fixture.settle_ok("2004-Q1");
        REQUIRE(settlement.lines.size() == 2);
        // January 31 + February 29 + March 31 = 91 days.
        CHECK(settlement.lines[0].days == 91);
        // K1: 36600 × 91/366 = 100 × 91 = 9100.00
        CHECK(settlement.lines[0].exact == 9100);
        CHECK(cents(settlement.lines[0].amount) == "9100.00");
        // K2: 36500 × 91/366 = 3321500/366 = 1660750/183 = 9075.1366... -> 9075.14
        CHECK(settlement.lines[1].exact == Rational(1660750, 183));
        CHECK(cents(settlement.lines[1].amount) == "9075.14");
    }
    SECTION("months: three whole months are 3/12") {
        SettlementFixture fixture;
        fixture.add_tasks(k_sgb2_catalog);
        fixture.add_rates(rates);
        fixture.load_arge(arge_yaml(staff_yaml, "policy: { proration: months }"));
        const Settlement settlement = fixture.settle_ok("2004-Q1");
        REQUIRE(settlement.lines.size() == 2);
        // K1: 36600 × (31/31 + 29/29 + 31/31)/12 = 36600/4 = 9150.00
        CHECK(cents(settlement.lines[0].amount) == "9150.00");
        // K2: 36500/4 = 9125.00
        CHECK(cents(settlement.lines[1].amount) == "9125.00");
    }
}

TEST_CASE("a mid-month start is prorated by days of the year or by days of the month",
          "[settlement][proration]") {
    const std::string staff_yaml =
        staff("K1", "kommune", "E9", "from: 2005-05-16, fte: 1, tasks: { alg2: 100 }");

    SECTION("days: 46/365") {
        SettlementFixture fixture;
        add_standard_rules(fixture);
        fixture.load_arge(arge_yaml(staff_yaml));
        const Settlement settlement = fixture.settle_ok("2005-Q2");
        REQUIRE(settlement.lines.size() == 1);
        // May 16-31 = 16 days, June = 30 days: 46 days; 36500 × 46/365 = 4600.00
        CHECK(settlement.lines[0].days == 46);
        CHECK(settlement.lines[0].exact == 4600);
        CHECK(cents(settlement.lines[0].amount) == "4600.00");
    }
    SECTION("months: (16/31 + 30/30)/12") {
        SettlementFixture fixture;
        add_standard_rules(fixture);
        fixture.load_arge(arge_yaml(staff_yaml, "policy: { proration: months }"));
        const Settlement settlement = fixture.settle_ok("2005-Q2");
        REQUIRE(settlement.lines.size() == 1);
        // t = (16/31 + 1)/12 = (47/31)/12 = 47/372;
        // 36500 × 47/372 = 1715500/372 = 428875/93 = 4611.5591... -> 4611.56
        CHECK(settlement.lines[0].days == 46);
        CHECK(settlement.lines[0].exact == Rational(428875, 93));
        CHECK(cents(settlement.lines[0].amount) == "4611.56");
    }
    SECTION("a whole year is 1 under both methods") {
        SettlementFixture fixture;
        add_standard_rules(fixture);
        fixture.load_arge(arge_yaml(
            staff("K1", "kommune", "E9", "from: 2005-01-01, fte: 1, tasks: { alg2: 100 }"),
            "policy: { proration: months }"));
        const Settlement settlement = fixture.settle_ok("2005");
        REQUIRE(settlement.lines.size() == 1);
        CHECK(settlement.lines[0].exact == 36500);
    }
}

TEST_CASE("one table's segment across New Year is prorated per calendar year",
          "[settlement][proration]") {
    // One table valid 2004-01-01..2005-12-31: no split at the year boundary by rates.
    const std::string rates = rates_yaml("two-years", "2004-01-01", "2005-12-31",
                                         "  E9: { kind: tarif, annual: 73000.00 }\n");
    const std::string staff_yaml =
        staff("K1", "kommune", "E9", "from: 2004-01-01, fte: 1, tasks: { alg2: 100 }");

    SECTION("days") {
        SettlementFixture fixture;
        fixture.add_tasks(k_sgb2_catalog);
        fixture.add_rates(rates);
        fixture.load_arge(arge_yaml(staff_yaml));
        const Settlement settlement = fixture.settle_ok("2004-12-01..2005-01-31");
        REQUIRE(settlement.lines.size() == 1);
        // t = 31/366 + 31/365; 73000 × 31/366 = 1131500/183 = 6183.0601..., 73000 × 31/365 = 6200;
        // exact (1131500 + 6200 × 183)/183 = 2266100/183 = 12383.0601... -> 12383.06
        CHECK(settlement.lines[0].days == 62);
        CHECK(settlement.lines[0].exact == Rational(2266100, 183));
        CHECK(cents(settlement.lines[0].amount) == "12383.06");
    }
    SECTION("months") {
        SettlementFixture fixture;
        fixture.add_tasks(k_sgb2_catalog);
        fixture.add_rates(rates);
        fixture.load_arge(arge_yaml(staff_yaml, "policy: { proration: months }"));
        const Settlement settlement = fixture.settle_ok("2004-12-01..2005-01-31");
        REQUIRE(settlement.lines.size() == 1);
        // t = 2/12; 73000/6 = 12166.666... -> 12166.67
        CHECK(settlement.lines[0].exact == Rational(36500, 3));
        CHECK(cents(settlement.lines[0].amount) == "12166.67");
    }
}

// --- rates tables --------------------------------------------------------------

TEST_CASE("a rates change inside the period splits the line into segments that are summed",
          "[settlement][rates]") {
    SettlementFixture fixture;
    fixture.add_tasks(k_sgb2_catalog);
    fixture.add_rates(k_rates_2005, "rates-2005.yaml");
    // 2006: E9 at 73000.00 = 200.00 per day, plus a surcharge of 3650.00 = 10.00 per day.
    fixture.add_rates(rates_yaml("bmf-2006", "2006-01-01", "2006-12-31",
                                 "  E9: { kind: tarif, annual: 73000.00 }\n",
                                 "  - { id: sachkosten, annual: 3650.00, applies_to: all }\n"),
                      "rates-2006.yaml");
    fixture.load_arge(
        arge_yaml(staff("K1", "kommune", "E9", "from: 2005-01-01, fte: 1, tasks: { alg2: 100 }")));
    const Settlement settlement = fixture.settle_ok("2005-12-01..2006-01-31");

    // Segments: 2005-12-01..2005-12-31 (bmf-2005) and 2006-01-01..2006-01-31 (bmf-2006).
    const auto derivation =
        ausgleich::derive_staff(fixture.arge().staff[0],
                                {fixture.arge(), fixture.tasks(), fixture.rates(),
                                 ausgleich::parse_period("2005-12-01..2006-01-31")},
                                fixture.diagnostics);
    REQUIRE(derivation.segments.size() == 2);
    CHECK(derivation.segments[0].table->id == "bmf-2005");
    CHECK(derivation.segments[0].days() == 31);
    CHECK(derivation.segments[0].time_fraction == Rational(31, 365));
    CHECK(derivation.segments[1].table->id == "bmf-2006");
    CHECK(derivation.segments[1].days() == 31);

    REQUIRE(settlement.lines.size() == 1);
    const Line& line = settlement.lines[0];
    CHECK(line.days == 62);
    // base: 36500 × 31/365 + 73000 × 31/365 = 3100 + 6200 = 9300.00
    // sachkosten (2006 only): 3650 × 31/365 = 310.00
    REQUIRE(line.components.size() == 2);
    CHECK(line.components[0].id == "base");
    CHECK(cents(line.components[0].amount) == "9300.00");
    CHECK(line.components[1].id == "sachkosten");
    CHECK(cents(line.components[1].amount) == "310.00");
    CHECK(line.exact == 9610);
    CHECK(cents(line.amount) == "9610.00");

    REQUIRE(settlement.rates_used.size() == 2);
    CHECK(settlement.rates_used[0].id == "bmf-2005");
    CHECK(settlement.rates_used[1].id == "bmf-2006");
}

TEST_CASE("a day without a rate makes settle return nothing, naming staff, pay group and date",
          "[settlement][rates]") {
    // arge.yaml: the first staff item is on line 7; its pay_group value E9 is in column 45.
    SECTION("a month without a rate") {
        SettlementFixture fixture;
        add_standard_rules(fixture);
        fixture.load_arge(arge_yaml(
            staff("K1", "kommune", "E9", "from: 2005-01-01, fte: 1, tasks: { alg2: 100 }")));
        CHECK_FALSE(fixture.settle("2005-12-01..2006-01-31").has_value());
        REQUIRE(fixture.diagnostics.error_count() == 1);
        const std::string message = fixture.diagnostics.all()[0].format();
        CHECK_THAT(message, Catch::StartsWith("arge.yaml:7:45: error: "));
        CHECK_THAT(message, Catch::Contains("E9"));
        CHECK_THAT(message, Catch::Contains("K1"));
        CHECK_THAT(message, Catch::Contains("2006-01-01..2006-01-31"));
    }
    SECTION("a single day without a rate") {
        SettlementFixture fixture;
        add_standard_rules(fixture);
        fixture.load_arge(arge_yaml(
            staff("K1", "kommune", "E9", "from: 2005-01-01, fte: 1, tasks: { alg2: 100 }")));
        CHECK_FALSE(fixture.settle("2005-12-31..2006-01-01").has_value());
        REQUIRE(fixture.diagnostics.error_count() == 1);
        const std::string message = fixture.diagnostics.all()[0].format();
        CHECK_THAT(message, Catch::Contains("E9") && Catch::Contains("K1") &&
                                Catch::Contains("2006-01-01") && !Catch::Contains(".."));
    }
    SECTION("a pay group that no table lists") {
        SettlementFixture fixture;
        add_standard_rules(fixture);
        fixture.load_arge(arge_yaml(
            staff("K1", "kommune", "E9", "from: 2005-01-01, fte: 1, tasks: { alg2: 100 }") +
            staff("K2", "kommune", "E15", "from: 2005-05-01, fte: 1, tasks: { alg2: 100 }")));
        CHECK_FALSE(fixture.settle("2005-Q2").has_value());
        REQUIRE(fixture.diagnostics.error_count() == 1);
        const std::string message = fixture.diagnostics.all()[0].format();
        CHECK_THAT(message, Catch::StartsWith("arge.yaml:8:45: error: "));
        CHECK_THAT(message, Catch::Contains("E15") && Catch::Contains("K2") &&
                                Catch::Contains("2005-05-01..2005-06-30"));
    }
    SECTION("every staff member without a rate is reported") {
        SettlementFixture fixture;
        add_standard_rules(fixture);
        fixture.load_arge(arge_yaml(
            staff("K1", "kommune", "E15", "from: 2005-01-01, fte: 1, tasks: { alg2: 100 }") +
            staff("K2", "kommune", "E9", "from: 2005-01-01, fte: 1, tasks: { alg2: 100 }") +
            staff("K3", "kommune", "E14", "from: 2005-01-01, fte: 1, tasks: { alg2: 100 }")));
        CHECK_FALSE(fixture.settle("2005-Q2").has_value());
        INFO(fixture.diagnostics.format_all());
        REQUIRE(fixture.diagnostics.error_count() == 2);
        CHECK_THAT(fixture.diagnostics.all()[0].format(),
                   Catch::StartsWith("arge.yaml:7:45: error: ") && Catch::Contains("K1") &&
                       Catch::Contains("E15") && Catch::Contains("2005-04-01..2005-06-30"));
        CHECK_THAT(fixture.diagnostics.all()[1].format(),
                   Catch::StartsWith("arge.yaml:9:45: error: ") && Catch::Contains("K3") &&
                       Catch::Contains("E14"));
    }
    SECTION("days outside the period need no rate") {
        SettlementFixture fixture;
        add_standard_rules(fixture);
        fixture.load_arge(arge_yaml(
            staff("K1", "kommune", "E9", "from: 2005-01-01, fte: 1, tasks: { alg2: 100 }")));
        // The assignment is open-ended, but 2005-Q4 ends where the rates end.
        const Settlement settlement = fixture.settle_ok("2005-Q4");
        REQUIRE(settlement.lines.size() == 1);
        // October 31 + November 30 + December 31 = 92 days: 9200.00
        CHECK(cents(settlement.lines[0].amount) == "9200.00");
    }
}

// --- rounding ------------------------------------------------------------------

namespace {

// One day (t = 1/365) at 36500.00 a year is 100.00 × fte: an fte of 0.12345 makes
// exactly 12.345, half a cent. The surcharge of 36500.00 a year adds another 12.345.
const std::string k_half_cent_rates =
    rates_yaml("half", "2005-01-01", "2005-12-31", "  E9: { kind: tarif, annual: 36500.00 }\n",
               "  - { id: pauschale, annual: 36500.00, applies_to: all }\n");
const std::string k_one_day = "2005-04-01..2005-04-01";

struct RoundingCase {
    std::string policy;
    std::string component;
    std::string line;
};

} // namespace

TEST_CASE("per-line and per-component rounding differ at an exact half cent in both modes",
          "[settlement][rounding]") {
    // Each component: 36500 × 0.12345 × 1/365 × 1 = 12.345 exactly (2469/200).
    // Line exact: 12.345 + 12.345 = 24.69 exactly.
    //   per-line:      the line is 24.69 in both modes; components are shown rounded:
    //                  half-up 12.35, half-even 12.34 (4 is even).
    //   per-component: half-up 12.35 + 12.35 = 24.70; half-even 12.34 + 12.34 = 24.68.
    //   per-total:     the line is shown rounded (24.69); total 24.69, difference 0.00.
    const std::vector<RoundingCase> cases{
        {"{ fte_decimals: null, round: per-line, rounding: half-up }", "12.35", "24.69"},
        {"{ fte_decimals: null, round: per-line, rounding: half-even }", "12.34", "24.69"},
        {"{ fte_decimals: null, round: per-component, rounding: half-up }", "12.35", "24.70"},
        {"{ fte_decimals: null, round: per-component, rounding: half-even }", "12.34", "24.68"},
        {"{ fte_decimals: null, round: per-total, rounding: half-up }", "12.35", "24.69"},
        {"{ fte_decimals: null, round: per-total, rounding: half-even }", "12.34", "24.69"},
    };
    for (const auto& rounding : cases) {
        INFO("policy: " << rounding.policy);
        SettlementFixture fixture;
        fixture.add_tasks(k_sgb2_catalog);
        fixture.add_rates(k_half_cent_rates);
        fixture.load_arge(arge_yaml(
            staff("K1", "kommune", "E9", "from: 2005-01-01, fte: 0.12345, tasks: { alg2: 100 }"),
            "policy: " + rounding.policy));
        const Settlement settlement = fixture.settle_ok(k_one_day);
        REQUIRE(settlement.lines.size() == 1);
        const Line& line = settlement.lines[0];
        CHECK(line.fte == dec("0.12345"));
        REQUIRE(line.components.size() == 2);
        CHECK(line.components[0].exact == dec("12.345"));
        CHECK(line.components[1].exact == dec("12.345"));
        CHECK(cents(line.components[0].amount) == rounding.component);
        CHECK(cents(line.components[1].amount) == rounding.component);
        CHECK(line.exact == dec("24.69"));
        CHECK(cents(line.amount) == rounding.line);
        REQUIRE(settlement.totals.size() == 1);
        CHECK(cents(settlement.totals[0].amount) == rounding.line);
        CHECK(cents(settlement.net[0].amount) == rounding.line);
    }
}

TEST_CASE("half-up rounds a half cent away from zero and half-even to the even cent",
          "[settlement][rounding]") {
    const std::string rates = rates_yaml("bmf-2005", "2005-01-01", "2005-12-31",
                                         "  E9: { kind: tarif, annual: 36500.00 }\n");
    // One day at 100.00 × fte:
    //   K1 fte 0.12345 -> 12.345: half-up 12.35, half-even 12.34 (4 is even)
    //   K2 fte 0.12355 -> 12.355: half-up 12.36, half-even 12.36 (6 is even)
    const std::string staff_yaml =
        staff("K1", "kommune", "E9", "from: 2005-01-01, fte: 0.12345, tasks: { alg2: 100 }") +
        staff("K2", "kommune", "E9", "from: 2005-01-01, fte: 0.12355, tasks: { alg2: 100 }");

    SECTION("half-up") {
        SettlementFixture fixture;
        fixture.add_tasks(k_sgb2_catalog);
        fixture.add_rates(rates);
        fixture.load_arge(arge_yaml(staff_yaml, "policy: { fte_decimals: null }"));
        const Settlement settlement = fixture.settle_ok(k_one_day);
        REQUIRE(settlement.lines.size() == 2);
        CHECK(settlement.lines[0].exact == dec("12.345"));
        CHECK(cents(settlement.lines[0].amount) == "12.35");
        CHECK(settlement.lines[1].exact == dec("12.355"));
        CHECK(cents(settlement.lines[1].amount) == "12.36");
        // per-line: 12.35 + 12.36 = 24.71
        CHECK(cents(settlement.totals[0].amount) == "24.71");
    }
    SECTION("half-even") {
        SettlementFixture fixture;
        fixture.add_tasks(k_sgb2_catalog);
        fixture.add_rates(rates);
        fixture.load_arge(
            arge_yaml(staff_yaml, "policy: { fte_decimals: null, rounding: half-even }"));
        const Settlement settlement = fixture.settle_ok(k_one_day);
        REQUIRE(settlement.lines.size() == 2);
        CHECK(cents(settlement.lines[0].amount) == "12.34");
        CHECK(cents(settlement.lines[1].amount) == "12.36");
        // per-line: 12.34 + 12.36 = 24.70
        CHECK(cents(settlement.totals[0].amount) == "24.70");
    }
    SECTION("the FTE itself is always rounded half-up, even under half-even") {
        SettlementFixture fixture;
        fixture.add_tasks(k_sgb2_catalog);
        fixture.add_rates(rates);
        fixture.load_arge(
            arge_yaml(staff_yaml, "policy: { fte_decimals: 4, rounding: half-even }"));
        const Settlement settlement = fixture.settle_ok(k_one_day);
        REQUIRE(settlement.lines.size() == 2);
        // 0.12345 -> 0.1235 (half-up; half-even would give 0.1234): 100 × 0.1235 = 12.35
        CHECK(settlement.lines[0].fte == dec("0.1235"));
        CHECK(cents(settlement.lines[0].amount) == "12.35");
        // 0.12355 -> 0.1236: 12.36
        CHECK(settlement.lines[1].fte == dec("0.1236"));
        CHECK(cents(settlement.lines[1].amount) == "12.36");
    }
}

TEST_CASE("per-component rounds each component after summing it over the line's segments",
          "[settlement][rounding]") {
    // Two tables of 36500.00 a year; one day in each (2005-12-31 and 2006-01-01):
    // base = 36500 × 0.12345 × 1/365 (2005) + 36500 × 0.12345 × 1/365 (2006)
    //      = 12.345 + 12.345 = 24.69 exactly, so per-component gives 24.69;
    // rounding each segment first would give 12.35 + 12.35 = 24.70.
    SettlementFixture fixture;
    fixture.add_tasks(k_sgb2_catalog);
    fixture.add_rates(rates_yaml("a-2005", "2005-01-01", "2005-12-31",
                                 "  E9: { kind: tarif, annual: 36500.00 }\n"),
                      "rates-2005.yaml");
    fixture.add_rates(rates_yaml("a-2006", "2006-01-01", "2006-12-31",
                                 "  E9: { kind: tarif, annual: 36500.00 }\n"),
                      "rates-2006.yaml");
    fixture.load_arge(arge_yaml(
        staff("K1", "kommune", "E9", "from: 2005-01-01, fte: 0.12345, tasks: { alg2: 100 }"),
        "policy: { fte_decimals: null, round: per-component }"));
    const Settlement settlement = fixture.settle_ok("2005-12-31..2006-01-01");
    REQUIRE(settlement.lines.size() == 1);
    const Line& line = settlement.lines[0];
    CHECK(line.days == 2);
    REQUIRE(line.components.size() == 1);
    CHECK(line.components[0].exact == dec("24.69"));
    CHECK(cents(line.components[0].amount) == "24.69");
    CHECK(cents(line.amount) == "24.69");
}

TEST_CASE("per-total rounds the exact total and reports the difference to the rounded lines",
          "[settlement][rounding]") {
    // Three lines, each 36500 × 0.0001 × 1/365 × 0.5 = 0.01 × 0.5 = 0.005 exactly;
    // the exact total is 0.015.
    const std::string half_cent = "from: 2005-01-01, fte: 0.0001, tasks: { alg2: 50, kdu: 50 }";
    const std::string staff_yaml = staff("K1", "kommune", "E9", half_cent) +
                                   staff("K2", "kommune", "E9", half_cent) +
                                   staff("K3", "kommune", "E9", half_cent);
    const auto settle_with = [&](SettlementFixture& fixture, const std::string& policy) {
        add_standard_rules(fixture);
        fixture.load_arge(arge_yaml(staff_yaml, policy));
        return fixture.settle_ok(k_one_day);
    };

    SECTION("per-total, half-up: lines 0.01 each (0.03), total 0.015 -> 0.02, difference -0.01") {
        SettlementFixture fixture;
        const Settlement settlement =
            settle_with(fixture, "policy: { round: per-total, rounding: half-up }");
        REQUIRE(settlement.lines.size() == 3);
        for (const auto& line : settlement.lines) {
            CHECK(line.exact == dec("0.005"));
            CHECK(cents(line.amount) == "0.01");
        }
        REQUIRE(settlement.totals.size() == 1);
        CHECK(settlement.totals[0].exact == dec("0.015"));
        CHECK(cents(settlement.totals[0].amount) == "0.02");
        REQUIRE(settlement.totals[0].rounding_difference.has_value());
        CHECK(cents(*settlement.totals[0].rounding_difference) == "-0.01");
        CHECK(settlement.net[0].debtor == "agentur");
        CHECK(cents(settlement.net[0].amount) == "0.02");
    }
    SECTION("per-total, half-even: lines 0.00 each, total 0.015 -> 0.02, difference 0.02") {
        SettlementFixture fixture;
        const Settlement settlement =
            settle_with(fixture, "policy: { round: per-total, rounding: half-even }");
        REQUIRE(settlement.lines.size() == 3);
        for (const auto& line : settlement.lines) {
            CHECK(cents(line.amount) == "0.00");
        }
        CHECK(cents(settlement.totals[0].amount) == "0.02");
        REQUIRE(settlement.totals[0].rounding_difference.has_value());
        CHECK(cents(*settlement.totals[0].rounding_difference) == "0.02");
    }
    SECTION("per-line, half-up: the total is the sum of the rounded lines, 0.03") {
        SettlementFixture fixture;
        const Settlement settlement = settle_with(fixture, "policy: { round: per-line }");
        CHECK(settlement.totals[0].exact == dec("0.015"));
        CHECK(cents(settlement.totals[0].amount) == "0.03");
        CHECK_FALSE(settlement.totals[0].rounding_difference.has_value());
    }
    SECTION("per-component, half-up: one component per line, 0.03") {
        SettlementFixture fixture;
        const Settlement settlement = settle_with(fixture, "policy: { round: per-component }");
        CHECK(cents(settlement.totals[0].amount) == "0.03");
        CHECK_FALSE(settlement.totals[0].rounding_difference.has_value());
    }
    SECTION("per-line, half-even: 0.00; the net of 0.00 has the byte-order-first id as debtor") {
        SettlementFixture fixture;
        const Settlement settlement = settle_with(fixture, "policy: { rounding: half-even }");
        CHECK(cents(settlement.totals[0].amount) == "0.00");
        REQUIRE(settlement.net.size() == 1);
        CHECK(settlement.net[0].debtor == "agentur");
        CHECK(settlement.net[0].creditor == "kommune");
        CHECK(cents(settlement.net[0].amount) == "0.00");
    }
}

// --- several partners, totals and net ------------------------------------------

TEST_CASE("three partners: totals per direction, net per pair, the larger payer pays",
          "[settlement][net]") {
    // Partners listed out of order; no catalog: tasks are the partner ids.
    const std::string partners = "partners:\n"
                                 "  kreis: { name: Kreis }\n"
                                 "  agentur: { name: Agentur }\n"
                                 "  kommune: { name: Kommune }\n";
    // Every line is 36500 × fte × 91/365 × share = 9100 × fte × share (2005-Q2):
    //   S1 kommune, {agentur 50}            agentur -> kommune 9100 × 0.5  = 4550.00
    //   S2 agentur, {kommune 25, kreis 25}  kommune -> agentur 9100 × 0.25 = 2275.00
    //                                       kreis   -> agentur 9100 × 0.25 = 2275.00
    //   S3 kreis, fte 0.2, {agentur 100}    agentur -> kreis   9100 × 0.2  = 1820.00
    //   S4 kreis, {kommune 10}              kommune -> kreis   9100 × 0.1  =  910.00
    //   S5 kommune, {kreis 10}              kreis   -> kommune 9100 × 0.1  =  910.00
    const std::string staff_yaml =
        staff("S5", "kommune", "E9",
              "from: 2005-01-01, fte: 1, tasks: { kreis: 10, kommune: 90 }") +
        staff("S1", "kommune", "E9",
              "from: 2005-01-01, fte: 1, tasks: { agentur: 50, kommune: 50 }") +
        staff("S3", "kreis", "E9", "from: 2005-01-01, fte: 0.2, tasks: { agentur: 100 }") +
        staff("S2", "agentur", "E9",
              "from: 2005-01-01, fte: 1, tasks: { kommune: 25, kreis: 25, agentur: 50 }") +
        staff("S4", "kreis", "E9", "from: 2005-01-01, fte: 1, tasks: { kommune: 10, kreis: 90 }");
    SettlementFixture fixture;
    fixture.add_rates(k_rates_2005);
    fixture.load_arge(arge_yaml(staff_yaml, "", "", partners));
    const Settlement settlement = fixture.settle_ok("2005-Q2");

    // Lines by staff id, then debtor.
    CHECK(staff_ids(settlement) ==
          std::vector<std::string>{"S1:agentur>kommune", "S2:kommune>agentur", "S2:kreis>agentur",
                                   "S3:agentur>kreis", "S4:kommune>kreis", "S5:kreis>kommune"});
    REQUIRE(settlement.lines.size() == 6);
    CHECK(cents(settlement.lines[0].amount) == "4550.00");
    CHECK(cents(settlement.lines[1].amount) == "2275.00");
    CHECK(settlement.lines[1].share == dec("0.25"));
    CHECK(cents(settlement.lines[2].amount) == "2275.00");
    CHECK(settlement.lines[2].share == dec("0.25"));
    CHECK(cents(settlement.lines[3].amount) == "1820.00");
    CHECK(cents(settlement.lines[4].amount) == "910.00");
    CHECK(cents(settlement.lines[5].amount) == "910.00");

    // Totals by debtor, then creditor.
    REQUIRE(settlement.totals.size() == 6);
    const std::vector<std::tuple<std::string, std::string, std::string>> totals{
        {"agentur", "kommune", "4550.00"}, {"agentur", "kreis", "1820.00"},
        {"kommune", "agentur", "2275.00"}, {"kommune", "kreis", "910.00"},
        {"kreis", "agentur", "2275.00"},   {"kreis", "kommune", "910.00"}};
    for (std::size_t i = 0; i < totals.size(); ++i) {
        INFO("total " << i);
        CHECK(settlement.totals[i].debtor == std::get<0>(totals[i]));
        CHECK(settlement.totals[i].creditor == std::get<1>(totals[i]));
        CHECK(cents(settlement.totals[i].amount) == std::get<2>(totals[i]));
    }

    // Net per pair, pairs by their ids:
    //   {agentur, kommune}: 4550.00 − 2275.00 = 2275.00, agentur pays kommune
    //   {agentur, kreis}:   1820.00 − 2275.00 = −455.00, kreis pays agentur 455.00
    //   {kommune, kreis}:    910.00 −  910.00 = 0.00, kommune (first in byte order) as debtor
    REQUIRE(settlement.net.size() == 3);
    CHECK(settlement.net[0].debtor == "agentur");
    CHECK(settlement.net[0].creditor == "kommune");
    CHECK(cents(settlement.net[0].amount) == "2275.00");
    CHECK(settlement.net[1].debtor == "kreis");
    CHECK(settlement.net[1].creditor == "agentur");
    CHECK(cents(settlement.net[1].amount) == "455.00");
    CHECK(settlement.net[2].debtor == "kommune");
    CHECK(settlement.net[2].creditor == "kreis");
    CHECK(cents(settlement.net[2].amount) == "0.00");
}

TEST_CASE("a pair of partners with no line between them has no net entry (SPEC 6.1)",
          "[settlement][net]") {
    // Four partners; only agentur and kommune have a line between them:
    //   S1 kommune, {agentur 50}: agentur -> kommune 9100 × 0.5 = 4550.00
    // kreis and gemeinde owe nothing to anyone, so none of the five pairs
    // they belong to is listed (before, every one of the six pairs was).
    const std::string partners = "partners:\n"
                                 "  kreis: { name: Kreis }\n"
                                 "  agentur: { name: Agentur }\n"
                                 "  gemeinde: { name: Gemeinde }\n"
                                 "  kommune: { name: Kommune }\n";
    SettlementFixture fixture;
    fixture.add_rates(k_rates_2005);
    fixture.load_arge(
        arge_yaml(staff("S1", "kommune", "E9",
                        "from: 2005-01-01, fte: 1, tasks: { agentur: 50, kommune: 50 }") +
                      staff("S2", "kreis", "E9", "from: 2005-01-01, fte: 1, tasks: { kreis: 100 }"),
                  "", "", partners));
    const Settlement settlement = fixture.settle_ok("2005-Q2");
    REQUIRE(settlement.net.size() == 1);
    CHECK(settlement.net[0].debtor == "agentur");
    CHECK(settlement.net[0].creditor == "kommune");
    CHECK(cents(settlement.net[0].amount) == "4550.00");
}

TEST_CASE("lines in one direction only still give the pair its net entry", "[settlement][net]") {
    // kommune -> agentur only: net {agentur, kommune} = 0 − 2275.00, so kommune pays.
    SettlementFixture fixture;
    fixture.add_rates(k_rates_2005);
    fixture.load_arge(arge_yaml(staff(
        "S2", "agentur", "E9", "from: 2005-01-01, fte: 1, tasks: { kommune: 25, agentur: 75 }")));
    const Settlement settlement = fixture.settle_ok("2005-Q2");
    REQUIRE(settlement.net.size() == 1);
    CHECK(settlement.net[0].debtor == "kommune");
    CHECK(settlement.net[0].creditor == "agentur");
    CHECK(cents(settlement.net[0].amount) == "2275.00");
}

// --- task ownership ------------------------------------------------------------

TEST_CASE("the split-owner task leitung is shared 87.4 / 12.6 whoever employs the staff member",
          "[settlement][tasks]") {
    SettlementFixture fixture;
    add_standard_rules(fixture);
    fixture.load_arge(arge_yaml(
        staff("A1", "agentur", "E9", "from: 2005-01-01, fte: 1, tasks: { leitung: 100 }") +
        staff("A2", "agentur", "E9", "from: 2005-01-01, fte: 1, tasks: { leitung: 50, kdu: 50 }") +
        staff("K1", "kommune", "E9", "from: 2005-01-01, fte: 1, tasks: { leitung: 100 }")));
    const Settlement settlement = fixture.settle_ok("2005-Q2");
    REQUIRE(settlement.lines.size() == 3);
    // A1: share(kommune) = 100/100 × 12.6/100 = 0.126; 9100 × 0.126 = 1146.60
    CHECK(settlement.lines[0].staff_id == "A1");
    CHECK(settlement.lines[0].debtor == "kommune");
    CHECK(settlement.lines[0].share == dec("0.126"));
    CHECK(cents(settlement.lines[0].amount) == "1146.60");
    // A2: share(kommune) = 0.5 × 0.126 + 0.5 × 1 = 0.563; 9100 × 0.563 = 5123.30
    CHECK(settlement.lines[1].staff_id == "A2");
    CHECK(settlement.lines[1].share == dec("0.563"));
    CHECK(cents(settlement.lines[1].amount) == "5123.30");
    // K1: share(agentur) = 0.874; 9100 × 0.874 = 7953.40
    CHECK(settlement.lines[2].staff_id == "K1");
    CHECK(settlement.lines[2].debtor == "agentur");
    CHECK(settlement.lines[2].share == dec("0.874"));
    CHECK(cents(settlement.lines[2].amount) == "7953.40");
    // agentur -> kommune 7953.40; kommune -> agentur 1146.60 + 5123.30 = 6269.90;
    // net: agentur pays 7953.40 − 6269.90 = 1683.50
    REQUIRE(settlement.totals.size() == 2);
    CHECK(cents(settlement.totals[0].amount) == "7953.40");
    CHECK(cents(settlement.totals[1].amount) == "6269.90");
    REQUIRE(settlement.net.size() == 1);
    CHECK(settlement.net[0].debtor == "agentur");
    CHECK(cents(settlement.net[0].amount) == "1683.50");
}

TEST_CASE("an ARGE file's own tasks entry overrides the catalog entry of the same code",
          "[settlement][tasks]") {
    SettlementFixture fixture;
    add_standard_rules(fixture);
    fixture.load_arge(
        arge_yaml(staff("K1", "kommune", "E9", "from: 2005-01-01, fte: 1, tasks: { leitung: 100 }"),
                  "", "tasks:\n  leitung: { owners: { agentur: 50, kommune: 50 } }\n"));
    const Settlement settlement = fixture.settle_ok("2005-Q2");
    REQUIRE(settlement.lines.size() == 1);
    // The local key 50/50 replaces the catalog's 87.4/12.6: 9100 × 0.5 = 4550.00 (not 7953.40).
    CHECK(settlement.lines[0].share == dec("0.5"));
    CHECK(cents(settlement.lines[0].amount) == "4550.00");
}

TEST_CASE("partner ids are task codes owned by that partner without any catalog",
          "[settlement][tasks]") {
    SettlementFixture fixture;
    fixture.add_rates(k_rates_2005);
    fixture.load_arge(arge_yaml(staff(
        "K1", "kommune", "E9", "from: 2005-01-01, fte: 1, tasks: { agentur: 60, kommune: 40 }")));
    const Settlement settlement = fixture.settle_ok("2005-Q2");
    REQUIRE(settlement.lines.size() == 1);
    // share(agentur) = 0.6; 9100 × 0.6 = 5460.00
    CHECK(settlement.lines[0].debtor == "agentur");
    CHECK(settlement.lines[0].share == dec("0.6"));
    CHECK(cents(settlement.lines[0].amount) == "5460.00");
}

// --- assignments ---------------------------------------------------------------

TEST_CASE("a change of task mix within the period sums both assignments and averages the share "
          "by days",
          "[settlement][assignments]") {
    SettlementFixture fixture;
    add_standard_rules(fixture);
    // The later assignment first: the order in the file does not matter.
    fixture.load_arge(arge_yaml(
        "  - id: K1\n"
        "    employer: kommune\n"
        "    pay_group: E9\n"
        "    assignments:\n"
        "      - { from: 2005-05-16, fte: 1, tasks: { alg2: 20, kdu: 80 } }\n"
        "      - { from: 2005-01-01, to: 2005-05-15, fte: 1, tasks: { alg2: 50, kdu: 50 } }\n"));
    const Settlement settlement = fixture.settle_ok("2005-Q2");
    REQUIRE(settlement.lines.size() == 1);
    const Line& line = settlement.lines[0];
    // April 1 - May 15: 45 days at share 0.5; May 16 - June 30: 46 days at share 0.2.
    // 36500 × 45/365 × 0.5 + 36500 × 46/365 × 0.2 = 2250 + 920 = 3170.00
    CHECK(line.days == 91);
    CHECK(line.exact == 3170);
    CHECK(cents(line.amount) == "3170.00");
    // share = (45 × 0.5 + 46 × 0.2)/91 = 31.7/91 = 317/910
    CHECK(line.share == Rational(317, 910));
    CHECK(line.fte == 1);
}

TEST_CASE("a change of hours within the period averages the FTE by days",
          "[settlement][assignments]") {
    SettlementFixture fixture;
    add_standard_rules(fixture);
    fixture.load_arge(
        arge_yaml("  - id: K1\n"
                  "    employer: kommune\n"
                  "    pay_group: E9\n"
                  "    assignments:\n"
                  "      - { from: 2005-01-01, to: 2005-05-15, fte: 1, tasks: { alg2: 100 } }\n"
                  "      - { from: 2005-05-16, weekly_hours: 20, tasks: { alg2: 100 } }\n"));
    const Settlement settlement = fixture.settle_ok("2005-Q2");
    REQUIRE(settlement.lines.size() == 1);
    // 45 days at fte 1 + 46 days at fte 20/40 = 0.5: 100 × (45 + 23) = 6800.00
    CHECK(cents(settlement.lines[0].amount) == "6800.00");
    // fte = (45 × 1 + 46 × 0.5)/91 = 68/91
    CHECK(settlement.lines[0].fte == Rational(68, 91));
    CHECK(settlement.lines[0].share == 1);
}

TEST_CASE("only the employer's own tasks and assignments outside the period produce no line",
          "[settlement][assignments]") {
    SettlementFixture fixture;
    add_standard_rules(fixture);
    fixture.load_arge(
        arge_yaml(staff("K1", "kommune", "E9", "from: 2005-01-01, fte: 1, tasks: { kdu: 100 }") +
                  staff("K2", "kommune", "E9",
                        "from: 2005-01-01, to: 2005-03-31, fte: 1, tasks: { alg2: 100 }") +
                  staff("K3", "kommune", "E9", "from: 2005-07-01, fte: 1, tasks: { alg2: 100 }")));
    const Settlement settlement = fixture.settle_ok("2005-Q2");
    CHECK(settlement.lines.empty());
    CHECK(settlement.totals.empty());
    // No line between the two partners, so no net entry (SPEC 6.1).
    CHECK(settlement.net.empty());
}

TEST_CASE("days counts the days of the staff member's assignments inside the period",
          "[settlement][assignments]") {
    SettlementFixture fixture;
    add_standard_rules(fixture);
    fixture.load_arge(
        arge_yaml(staff("K1", "kommune", "E9", "from: 2005-06-01, fte: 1, tasks: { alg2: 100 }") +
                  "  - id: K2\n"
                  "    employer: kommune\n"
                  "    pay_group: E9\n"
                  "    assignments:\n"
                  "      - { from: 2005-04-01, to: 2005-04-30, fte: 1, tasks: { alg2: 100 } }\n"
                  "      - { from: 2005-06-01, to: 2005-06-30, fte: 1, tasks: { alg2: 100 } }\n"
                  "  - id: K3\n"
                  "    employer: kommune\n"
                  "    pay_group: E9\n"
                  "    assignments:\n"
                  "      - { from: 2005-04-01, to: 2005-04-30, fte: 1, tasks: { kdu: 100 } }\n"
                  "      - { from: 2005-05-01, fte: 1, tasks: { alg2: 100 } }\n"));
    const Settlement settlement = fixture.settle_ok("2005-Q2");
    REQUIRE(settlement.lines.size() == 3);
    // K1: June only, 30 days: 3000.00
    CHECK(settlement.lines[0].days == 30);
    CHECK(cents(settlement.lines[0].amount) == "3000.00");
    // K2: April (30) and June (30), not May: 60 days, 6000.00
    CHECK(settlement.lines[1].days == 60);
    CHECK(cents(settlement.lines[1].amount) == "6000.00");
    // K3: all 91 days count, though only May and June (61 days) are owed: 6100.00;
    // share = (30 × 0 + 61 × 1)/91 = 61/91
    CHECK(settlement.lines[2].days == 91);
    CHECK(cents(settlement.lines[2].amount) == "6100.00");
    CHECK(settlement.lines[2].share == Rational(61, 91));
}

// --- ordering ------------------------------------------------------------------

TEST_CASE("lines are sorted by staff id in byte order", "[settlement][order]") {
    SettlementFixture fixture;
    add_standard_rules(fixture);
    const std::string assignment = "from: 2005-01-01, fte: 1, tasks: { alg2: 100 }";
    fixture.load_arge(arge_yaml(
        staff("b2", "kommune", "E9", assignment) + staff("\"Ä1\"", "kommune", "E9", assignment) +
        staff("B9", "kommune", "E9", assignment) + staff("a1", "kommune", "E9", assignment) +
        staff("B10", "kommune", "E9", assignment)));
    const Settlement settlement = fixture.settle_ok("2005-Q2");
    // Byte order: 'B' (0x42) < 'a' (0x61) < 'b' (0x62) < 'Ä' (0xC3 0x84); "B10" < "B9".
    CHECK(staff_ids(settlement) ==
          std::vector<std::string>{"B10:agentur>kommune", "B9:agentur>kommune",
                                   "a1:agentur>kommune", "b2:agentur>kommune",
                                   "Ä1:agentur>kommune"});
}

// --- published arithmetic anchors (SOURCES.md) ----------------------------------

TEST_CASE("the published figures reproduce exactly", "[settlement][anchors]") {
    // Rhein-Erft 2005: 300 posts × 67,400 EUR.
    CHECK(dec("300") * dec("67400") == dec("20220000"));
    CHECK(cents(dec("300") * dec("67400.00")) == "20220000.00");
    // BMF 2011: 10,455 office costs + 1,910 other overheads.
    CHECK(dec("10455") + dec("1910") == dec("12365"));
    // BSG, zkT 2018.
    CHECK(cents(dec("3412641.54") - dec("3371097.92")) == "41543.62");
    // Bayer. LSG L 11 AS 391/14 KL.
    CHECK(cents(dec("91488.62") + dec("7022.61")) == "98511.23");
    // The 2006/2007 key: 87.4 % federal + 12.6 % communal.
    CHECK(dec("87.4") + dec("12.6") == 100);
    // 2011: 84.8 % Bund + 15.2 % Kommunen.
    CHECK(dec("84.8") + dec("15.2") == 100);
}
