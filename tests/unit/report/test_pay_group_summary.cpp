// The settlement summed by pay group and employer (`--aggregate`, and the
// summary of the printable statement). Rates of 36500.00 a year are 100.00 a
// day, so 2005-Q2 (91 days) at FTE 1 and share 1 is 9100.00.

#include "../settlement_fixture.hpp"
#include "ausgleich/report/pay_group_summary.hpp"

#include <catch2/catch.hpp>

using namespace ausgleich;
using ausgleich::test::arge_yaml;
using ausgleich::test::cents;
using ausgleich::test::k_sgb2_catalog;
using ausgleich::test::rates_yaml;
using ausgleich::test::SettlementFixture;

namespace {

Settlement four_kommune_staff_and_one_agentur_employee(SettlementFixture& fixture) {
    fixture.add_tasks(k_sgb2_catalog);
    fixture.add_rates(rates_yaml("r2005", "2005-01-01", "2005-12-31",
                                 "  A9: { kind: beamte, annual: 36500.00 }\n"
                                 "  A10: { kind: beamte, annual: 36500.00 }\n"
                                 "  E9: { kind: tarif, annual: 36500.00 }\n"));
    fixture.load_arge(arge_yaml(
        // 9100.00 × 0.5 = 4550.00 and 9100.00 × 1 = 9100.00: A9 sums to 13650.00.
        "  - { id: K1, employer: kommune, pay_group: A9, assignments: [ { from: 2005-01-01, "
        "fte: 1, tasks: { alg2: 50, kdu: 50 } } ] }\n"
        "  - { id: K2, employer: kommune, pay_group: A9, assignments: [ { from: 2005-01-01, "
        "fte: 1, tasks: { alg2: 100 } } ] }\n"
        // 9100.00 × 0.1 = 910.00
        "  - { id: K3, employer: kommune, pay_group: A10, assignments: [ { from: 2005-01-01, "
        "fte: 1, tasks: { alg2: 10, kdu: 90 } } ] }\n"
        // 9100.00 × 0.5 (FTE) × 1 = 4550.00
        "  - { id: K4, employer: kommune, pay_group: E9, assignments: [ { from: 2005-01-01, "
        "fte: 0.5, tasks: { alg2: 100 } } ] }\n"
        // The other direction: 9100.00 × 0.2 = 1820.00
        "  - { id: A1, employer: agentur, pay_group: E9, assignments: [ { from: 2005-01-01, "
        "fte: 1, tasks: { alg2: 80, kdu: 20 } } ] }\n"));
    return fixture.settle_ok("2005-Q2");
}

} // namespace

TEST_CASE("lines are summed per direction and pay group, in natural pay-group order",
          "[pay_group_summary]") {
    SettlementFixture fixture;
    const Settlement settlement = four_kommune_staff_and_one_agentur_employee(fixture);
    const auto groups = report::summarize_by_pay_group(settlement);
    REQUIRE(groups.size() == 4);

    CHECK(groups[0].debtor == "agentur");
    CHECK(groups[0].creditor == "kommune");
    CHECK(groups[0].employer == "kommune");
    CHECK(groups[0].pay_group == "A9");
    CHECK(groups[0].staff == 2);
    CHECK(cents(groups[0].amount) == "13650.00");

    CHECK(groups[1].pay_group == "A10"); // after A9, although "A10" < "A9" byte by byte
    CHECK(groups[1].staff == 1);
    CHECK(cents(groups[1].amount) == "910.00");

    CHECK(groups[2].pay_group == "E9");
    CHECK(cents(groups[2].amount) == "4550.00");

    CHECK(groups[3].debtor == "kommune");
    CHECK(groups[3].creditor == "agentur");
    CHECK(groups[3].employer == "agentur");
    CHECK(groups[3].pay_group == "E9");
    CHECK(cents(groups[3].amount) == "1820.00");
}

TEST_CASE("the sums of one direction add up to its total", "[pay_group_summary]") {
    SettlementFixture fixture;
    const Settlement settlement = four_kommune_staff_and_one_agentur_employee(fixture);
    for (const Total& total : settlement.totals) {
        Rational sum = 0;
        for (const auto& group : report::summarize_by_pay_group(settlement)) {
            if (group.debtor == total.debtor && group.creditor == total.creditor) {
                sum += group.amount;
            }
        }
        CHECK(sum == total.amount);
    }
    CHECK(cents(settlement.totals.at(0).amount) == "19110.00"); // 13650 + 910 + 4550
}

TEST_CASE("a settlement without lines has no groups", "[pay_group_summary]") {
    Settlement empty{"ARGE", parse_period("2005-Q2"), {}, {}, {}, {}, {}};
    CHECK(report::summarize_by_pay_group(empty).empty());
}

TEST_CASE("a true-up is summed per pay group with final, paid and difference each added up",
          "[pay_group_summary][trueup]") {
    const auto line = [](const char* staff, const char* debtor, const char* creditor,
                         const char* pay_group, const char* final_amount, const char* paid) {
        TrueupLine result{staff, creditor, pay_group, debtor, creditor, {}};
        result.amounts.final_amount = parse_decimal(final_amount);
        result.amounts.paid = parse_decimal(paid);
        result.amounts.difference = result.amounts.final_amount - result.amounts.paid;
        return result;
    };
    Trueup trueup;
    trueup.lines = {line("T01", "agentur", "kommune", "E9", "100.00", "90.00"),
                    line("T02", "kommune", "agentur", "A9", "10.00", "0.00"),
                    line("T03", "agentur", "kommune", "E9", "50.00", "60.00"),
                    line("T04", "agentur", "kommune", "A10", "0.00", "25.00")};
    const auto groups = report::summarize_by_pay_group(trueup);
    REQUIRE(groups.size() == 3);

    CHECK(groups[0].pay_group == "A10"); // A10 before E9 for agentur -> kommune
    CHECK(cents(groups[0].amounts.difference) == "-25.00");

    // E9: T01 (+10.00) and T03 (-10.00) cancel out.
    CHECK(groups[1].pay_group == "E9");
    CHECK(groups[1].employer == "kommune");
    CHECK(groups[1].staff == 2);
    CHECK(cents(groups[1].amounts.final_amount) == "150.00");
    CHECK(cents(groups[1].amounts.paid) == "150.00");
    CHECK(cents(groups[1].amounts.difference) == "0.00");

    CHECK(groups[2].debtor == "kommune");
    CHECK(groups[2].pay_group == "A9");
    CHECK(cents(groups[2].amounts.difference) == "10.00");
}
