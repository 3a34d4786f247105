// A staff member who moves to another pay group (BAT to TVöD on 2005-10-01):
// an assignment's own `pay_group` rates its days, a line names every group of
// the days it is made of. Every cent is derived by hand in the comment above it.
//
// The table (2005): BAT-Vb and A9 cost 36500.00 a year (100.00 a day in 2005),
// E9 73000.00 (200.00 a day); versorgung 30 % of base for civil servants only.

#include "ausgleich/arge_check.hpp"
#include "ausgleich/settlement.hpp"
#include "settlement_fixture.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using ausgleich::check_arge_against_rules;
using ausgleich::Diagnostics;
using ausgleich::Line;
using ausgleich::parse_period;
using ausgleich::Settlement;
using ausgleich::split_pay_groups;
using ausgleich::test::arge_yaml;
using ausgleich::test::cents;
using ausgleich::test::k_sgb2_catalog;
using ausgleich::test::rates_yaml;
using ausgleich::test::SettlementFixture;

namespace {

const std::string k_pay_groups = "  BAT-Vb: { kind: tarif, annual: 36500.00 }\n"
                                 "  E9: { kind: tarif, annual: 73000.00 }\n"
                                 "  A9: { kind: beamte, annual: 36500.00 }\n";
const std::string k_versorgung = "  - { id: versorgung, percent: 30, applies_to: beamte }\n";

// K1 (Kommune) works half on alg2 all year; on 2005-10-01 it moves from
// BAT-Vb to E9 (line 7 is the second assignment's pay_group).
const std::string k_moved_on_october_first = "  - id: K1\n"
                                             "    employer: kommune\n"
                                             "    pay_group: BAT-Vb\n"
                                             "    assignments:\n"
                                             "      - { from: 2005-01-01, to: 2005-09-30, fte: 1, "
                                             "tasks: { alg2: 50, kdu: 50 } }\n"
                                             "      - from: 2005-10-01\n"
                                             "        pay_group: E9\n"
                                             "        fte: 1\n"
                                             "        tasks: { alg2: 50, kdu: 50 }\n";

void load(SettlementFixture& fixture, const std::string& staff,
          const std::string& rates_from = "2005-01-01") {
    fixture.add_tasks(k_sgb2_catalog);
    fixture.add_rates(rates_yaml("t2005", rates_from, "2005-12-31", k_pay_groups, k_versorgung));
    fixture.load_arge(arge_yaml(staff));
}

// By value: the settlement passed in is usually a temporary.
Line only_line(const Settlement& settlement) {
    REQUIRE(settlement.lines.size() == 1);
    return settlement.lines.front();
}

} // namespace

TEST_CASE("each assignment's days are rated with its own pay group", "[pay-group-change]") {
    SettlementFixture fixture;
    load(fixture, k_moved_on_october_first);

    SECTION("a year with both groups: the line names both, in date order") {
        // BAT-Vb 2005-01-01..09-30: 273 days × 100.00 × fte 1 × share 0.5 = 13650.00
        // E9     2005-10-01..12-31:  92 days × 200.00 × fte 1 × share 0.5 =  9200.00
        const Line line = only_line(fixture.settle_ok("2005"));
        CHECK(line.pay_group == "BAT-Vb, E9");
        CHECK(line.days == 365);
        CHECK(cents(line.amount) == "22850.00");
    }
    SECTION("a quarter before the move: only the old group") {
        // 91 days × 100.00 × 0.5 = 4550.00
        const Line line = only_line(fixture.settle_ok("2005-Q2"));
        CHECK(line.pay_group == "BAT-Vb");
        CHECK(cents(line.amount) == "4550.00");
    }
    SECTION("the quarter of the move: only the new group") {
        // 92 days × 200.00 × 0.5 = 9200.00
        const Line line = only_line(fixture.settle_ok("2005-Q4"));
        CHECK(line.pay_group == "E9");
        CHECK(cents(line.amount) == "9200.00");
    }
}

TEST_CASE("a move from a tarif group to a civil-servant group takes the surcharges of its kind",
          "[pay-group-change]") {
    SettlementFixture fixture;
    load(fixture,
         "  - id: K2\n"
         "    employer: kommune\n"
         "    pay_group: E9\n"
         "    assignments:\n"
         "      - { from: 2005-04-01, to: 2005-04-30, fte: 1, tasks: { alg2: 50, kdu: 50 } }\n"
         "      - { from: 2005-05-01, pay_group: A9, fte: 1, tasks: { alg2: 50, kdu: 50 } }\n");
    // April (E9, tarif): 30 days × 200.00 × 0.5 = 3000.00, no versorgung.
    // May-June (A9, beamte): base 61 × 100.00 × 0.5 = 3050.00, versorgung 30 % = 915.00.
    const Line line = only_line(fixture.settle_ok("2005-Q2"));
    CHECK(line.pay_group == "E9, A9");
    REQUIRE(line.components.size() == 2);
    CHECK(line.components[0].id == "base");
    CHECK(cents(line.components[0].amount) == "6050.00");
    CHECK(line.components[1].id == "versorgung");
    CHECK(cents(line.components[1].amount) == "915.00");
    CHECK(cents(line.amount) == "6965.00");
}

TEST_CASE("a line names only the groups of the days its debtor has a share of",
          "[pay-group-change]") {
    SettlementFixture fixture;
    // Until 2005-09-30 only the Kommune's own kdu (no line); from 2005-10-01 in
    // E9 only alg2: 92 days × 200.00 × share 1 = 18400.00, and only E9 is named.
    load(fixture, "  - id: K3\n"
                  "    employer: kommune\n"
                  "    pay_group: BAT-Vb\n"
                  "    assignments:\n"
                  "      - { from: 2005-01-01, to: 2005-09-30, fte: 1, tasks: { kdu: 100 } }\n"
                  "      - { from: 2005-10-01, pay_group: E9, fte: 1, tasks: { alg2: 100 } }\n");
    const Line line = only_line(fixture.settle_ok("2005"));
    CHECK(line.pay_group == "E9");
    CHECK(line.days == 365); // the days of all assignments, as for every line (SPEC 6.1)
    CHECK(cents(line.amount) == "18400.00");
}

TEST_CASE("a day without a rate for an assignment's own pay group is reported where that "
          "group is written",
          "[pay-group-change]") {
    SettlementFixture fixture;
    fixture.add_tasks(k_sgb2_catalog);
    fixture.add_rates(rates_yaml("bat", "2005-01-01", "2005-12-31",
                                 "  BAT-Vb: { kind: tarif, annual: 36500.00 }\n"));
    fixture.add_rates(rates_yaml("tvoed", "2005-10-01", "2005-12-31",
                                 "  E9: { kind: tarif, annual: 73000.00 }\n"));
    // The second assignment starts in E9 a month before any table rates E9.
    fixture.load_arge(arge_yaml("  - id: K4\n"
                                "    employer: kommune\n"
                                "    pay_group: BAT-Vb\n"
                                "    assignments:\n"
                                "      - { from: 2005-01-01, to: 2005-08-31, fte: 1, "
                                "tasks: { alg2: 100 } }\n"
                                "      - from: 2005-09-01\n"
                                "        pay_group: E9\n"
                                "        fte: 1\n"
                                "        tasks: { alg2: 100 }\n"));
    const std::string expected = "arge.yaml:13:20: error: no rate for pay group E9 of staff K4 on "
                                 "2005-09-01..2005-09-30: no loaded rates table covers it";

    SECTION("settle") {
        CHECK_FALSE(fixture.settle("2005").has_value());
        CHECK(fixture.diagnostics.format_all() == expected + "\n");
    }
    SECTION("validate --period") {
        Diagnostics diagnostics;
        check_arge_against_rules(fixture.arge(), fixture.tasks(), fixture.rates(), diagnostics,
                                 parse_period("2005").range);
        CHECK(diagnostics.format_all() == expected + "\n");
    }
    SECTION("a period before the move needs no E9 rate") {
        CHECK(only_line(fixture.settle_ok("2005-Q2")).pay_group == "BAT-Vb");
    }
}

TEST_CASE("the pay groups of a line's field, in their order", "[pay-group-change]") {
    CHECK(split_pay_groups("E9") == std::vector<std::string>{"E9"});
    CHECK(split_pay_groups("BAT-Vb, E9") == std::vector<std::string>{"BAT-Vb", "E9"});
    CHECK(split_pay_groups("BAT-Vb, E9, A9") == std::vector<std::string>{"BAT-Vb", "E9", "A9"});
}
