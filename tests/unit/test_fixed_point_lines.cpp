// Step 4 in fixed point (issue 13): which staff members take which path, the
// fallback to rationals, and the check that compares the two. The amounts
// themselves are checked by hand in test_settlement.cpp, which now runs on
// the fixed-point path.

#include "ausgleich/fixed_point_lines.hpp"
#include "settlement_fixture.hpp"

#include <catch2/catch.hpp>

using ausgleich::Arithmetic;
using ausgleich::arithmetic_counts;
using ausgleich::Line;
using ausgleich::LineComponent;
using ausgleich::Settlement;
using ausgleich::test::arge_yaml;
using ausgleich::test::cents;
using ausgleich::test::dec;
using ausgleich::test::k_sgb2_catalog;
using ausgleich::test::rates_yaml;
using ausgleich::test::SettlementFixture;
using ausgleich::test::staff;

namespace {

// The derivation of the fixture's first staff member over `period`, and its
// lines by the path asked for.
std::vector<Line> lines_by(SettlementFixture& fixture, std::string_view period,
                           Arithmetic arithmetic) {
    const auto derivation = ausgleich::derive_staff(
        fixture.arge().staff[0],
        {fixture.arge(), fixture.tasks(), fixture.rates(), ausgleich::parse_period(period)},
        fixture.diagnostics);
    return ausgleich::staff_lines(derivation, fixture.arge().policy, arithmetic);
}

} // namespace

TEST_CASE("figures that fit take the fixed-point path and give the rational path's values",
          "[fixed_point]") {
    SettlementFixture fixture;
    fixture.add_tasks(k_sgb2_catalog);
    // 2005: 36500.00 = 100.00 a day; 2006: 73000.00 plus 25.5 % of it.
    fixture.add_rates(rates_yaml("bmf-2005", "2005-01-01", "2005-12-31",
                                 "  E9: { kind: tarif, annual: 36500.00 }\n"),
                      "rates-2005.yaml");
    fixture.add_rates(rates_yaml("bmf-2006", "2006-01-01", "2006-12-31",
                                 "  E9: { kind: tarif, annual: 73000.00 }\n",
                                 "  - { id: zuschlag, percent: 25.5, applies_to: all }\n"),
                      "rates-2006.yaml");
    // 20 of 39 hours, half on leitung (Agentur 87.4 %), half on kdu (Kommune).
    fixture.load_arge(
        arge_yaml(staff("K1", "kommune", "E9",
                        "from: 2005-01-01, weekly_hours: 20, tasks: { leitung: 50, kdu: 50 }"),
                  "policy: { fte_decimals: null }", "",
                  "partners:\n  agentur: { name: A, full_time_hours: 39 }\n"
                  "  kommune: { name: K, full_time_hours: 39 }\n"));

    const auto before = arithmetic_counts();
    const auto fixed = lines_by(fixture, "2005-12-01..2006-01-31", Arithmetic::fixed_point);
    const auto after_fixed = arithmetic_counts();
    const auto rational = lines_by(fixture, "2005-12-01..2006-01-31", Arithmetic::rational);
    const auto after_rational = arithmetic_counts();
    CHECK(after_fixed.fixed_point == before.fixed_point + 1);
    CHECK(after_rational.rational == after_fixed.rational + 1);

    REQUIRE(fixed.size() == 1);
    REQUIRE(rational.size() == 1);
    CHECK(ausgleich::figures_difference(fixed[0], rational[0]).empty());
    // share(agentur) = 0.5 × 0.874 = 0.437, fte = 20/39.
    // base: 36500 × 20/39 × 31/365 × 0.437 + 73000 × 20/39 × 31/365 × 0.437
    //     = (3100 + 6200) × 20/39 × 0.437 = 9300 × 8.74/39 = 81282/39 = 2084.1538…
    // zuschlag (2006): 25.5 % of 6200 × 8.74/39 = 1581 × 8.74/39 = 13817.94/39 = 354.3061…
    REQUIRE(fixed[0].components.size() == 2);
    CHECK(fixed[0].components[0].exact == ausgleich::Rational(81282, 39));
    CHECK(cents(fixed[0].components[0].amount) == "2084.15");
    CHECK(fixed[0].components[1].exact == dec("13817.94") / 39);
    CHECK(cents(fixed[0].components[1].amount) == "354.31");
    // line: (81282 + 13817.94) / 39 = 95099.94/39 = 2438.4600 (2438.46)
    CHECK(cents(fixed[0].amount) == "2438.46");
}

TEST_CASE("a product beyond 128 bits falls back to rationals for that staff member, to the cent",
          "[fixed_point]") {
    SettlementFixture fixture;
    fixture.add_tasks(k_sgb2_catalog);
    // 3.65 × 10^36 a year = 10^34 a day. For 91 days at a share of 0.333 the
    // product 3.65 × 10^36 × 91 × 333 of step 4 is about 1.1 × 10^41, beyond
    // 2^127 ≈ 1.7 × 10^38, so the fixed-point path cannot take it.
    fixture.add_rates(
        rates_yaml("huge", "2005-01-01", "2005-12-31",
                   "  E9: { kind: tarif, annual: 3650000000000000000000000000000000000 }\n"
                   "  E8: { kind: tarif, annual: 36500.00 }\n"));
    fixture.load_arge(arge_yaml(
        staff("K1", "kommune", "E9", "from: 2005-01-01, fte: 1, tasks: { kdu: 66.7, alg2: 33.3 }") +
        staff("K2", "kommune", "E8", "from: 2005-01-01, fte: 1, tasks: { kdu: 50, alg2: 50 }")));
    const auto before = arithmetic_counts();
    const Settlement settlement = fixture.settle_ok("2005-Q2");
    const auto after = arithmetic_counts();
    // K1 on the rational path, K2 (100.00 a day) on the fixed-point path.
    CHECK(after.rational == before.rational + 1);
    CHECK(after.fixed_point == before.fixed_point + 1);
    REQUIRE(settlement.lines.size() == 2);
    // K1: 10^34 × 91 days × 0.333 = 30.303 × 10^34; K2: 100 × 91 × 0.5 = 4550.
    CHECK(cents(settlement.lines[0].amount) == "303030000000000000000000000000000000.00");
    CHECK(cents(settlement.lines[1].amount) == "4550.00");
    CHECK(cents(settlement.net[0].amount) == "303030000000000000000000000000004550.00");
}

TEST_CASE("the arithmetic check names the first figure the two paths disagree on",
          "[fixed_point]") {
    Line a;
    a.staff_id = "K1";
    a.debtor = "agentur";
    a.components = {LineComponent{"base", dec("10.005"), dec("10.01")},
                    LineComponent{"sachkosten", 2, 2}};
    a.exact = dec("12.005");
    a.amount = dec("12.01");
    Line b = a;
    CHECK(ausgleich::figures_difference(a, b).empty());
    b.components[1].exact = dec("2.001");
    CHECK(ausgleich::figures_difference(a, b) ==
          "line K1 agentur: component sachkosten: fixed point 2 (2), rational 2001/1000 (2)");
    b = a;
    b.amount = dec("12.00");
    CHECK(ausgleich::figures_difference(a, b) ==
          "line K1 agentur: fixed point 2401/200 (1201/100), rational 2401/200 (12)");
    b = a;
    b.components.pop_back();
    CHECK(ausgleich::figures_difference(a, b) ==
          "line K1 agentur: a different number of components");
}
