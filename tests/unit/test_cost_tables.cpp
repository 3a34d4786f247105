// SPEC 3.1.1 and 3.3 through ausgleich::settle: the published-cost-table keys
// (career percents, amounts by pay group, monthly per head, percents of
// earlier components, deductions) and quota mode. Every cent is derived by
// hand in the comment above it.
//
// The table: both pay groups cost 36500.00 a year (100.00 a day in 2005);
//   versorgung   29.3 % (gehoben) / 27.9 % (mittel) of base, civil servants
//   sv           7300.00 for E9b only (E9 is not listed: no such component)
//   it           12 × 100.00 = 1200.00 per person (basis head)
//   sachkosten   10000.00
//   abschlag     -4 % of sachkosten = -400.00
//   gemeinkosten 28.1 % of base + versorgung + sv + sachkosten + abschlag

#include "ausgleich/settlement.hpp"
#include "settlement_fixture.hpp"

#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <utility>

using ausgleich::Line;
using ausgleich::Settlement;
using ausgleich::test::arge_yaml;
using ausgleich::test::cents;
using ausgleich::test::dec;
using ausgleich::test::k_sgb2_catalog;
using ausgleich::test::rates_yaml;
using ausgleich::test::SettlementFixture;
using ausgleich::test::staff;

namespace {

const std::string k_pay_groups = "  A9-gD: { kind: beamte, annual: 36500.00, career: gehoben }\n"
                                 "  A9-mD: { kind: beamte, annual: 36500.00, career: mittel }\n"
                                 "  E9b: { kind: tarif, annual: 36500.00 }\n"
                                 "  E9: { kind: tarif, annual: 36500.00 }\n";

std::string surcharges(const std::string& overhead_percent = "28.1") {
    return "  - { id: versorgung, percent: { gehoben: 29.3, mittel: 27.9 }, applies_to: beamte }\n"
           "  - { id: sv, annual: { E9b: 7300.00 }, applies_to: tarif }\n"
           "  - { id: it, monthly: 100.00, basis: head, applies_to: all }\n"
           "  - { id: sachkosten, annual: 10000.00, applies_to: all }\n"
           "  - { id: abschlag, percent: -4, of: [sachkosten], applies_to: all }\n"
           "  - { id: gemeinkosten, percent: " +
           overhead_percent +
           ", of: [base, versorgung, sv, sachkosten, abschlag], applies_to: all }\n";
}

// The components of a line by id, in cents.
std::map<std::string, std::string> components(const Line& line) {
    std::map<std::string, std::string> by_id;
    for (const auto& component : line.components) {
        by_id[component.id] = cents(component.amount);
    }
    return by_id;
}

Settlement settle(const std::string& staff_items, const std::string& period,
                  const std::string& policy = "", const std::string& overhead = "28.1") {
    SettlementFixture fixture;
    fixture.add_tasks(k_sgb2_catalog);
    fixture.add_rates(
        rates_yaml("costs", "2005-01-01", "2005-12-31", k_pay_groups, surcharges(overhead)));
    fixture.load_arge(arge_yaml(staff_items, policy));
    return fixture.settle_ok(period);
}

} // namespace

TEST_CASE("a civil servant's line has each component of the table, valued as SPEC 4 step 4 says",
          "[cost_tables]") {
    // Kommune civil servant, gehobener Dienst, fte 0.5, a whole year on alg2:
    // the Agentur's share is 1, t = 1.
    const Settlement s =
        settle(staff("K1", "kommune", "A9-gD", "from: 2005-01-01, fte: 0.5, tasks: { alg2: 100 }"),
               "2005");
    REQUIRE(s.lines.size() == 1);
    const auto c = components(s.lines[0]);
    CHECK(c.at("base") == "18250.00"); // 36500 × 0.5
    // 29.3 % (gehoben) × 36500 = 10694.50 a year; × 0.5
    CHECK(c.at("versorgung") == "5347.25");
    CHECK(c.count("sv") == 0);      // for employees only
    CHECK(c.at("it") == "1200.00"); // 12 × 100.00 per person: not halved by the FTE
    CHECK(c.at("sachkosten") == "5000.00");
    CHECK(c.at("abschlag") == "-200.00"); // -4 % × 10000 = -400 a year; × 0.5
    // 28.1 % × (36500 + 10694.50 + 10000 - 400) = 28.1 % × 56794.50 = 15959.2545
    // a year; × 0.5 = 7979.62725
    CHECK(c.at("gemeinkosten") == "7979.63");
    // 18250 + 5347.25 + 1200 + 5000 - 200 + 7979.62725 = 37576.87725
    CHECK(s.lines[0].exact == dec("37576.87725"));
    CHECK(cents(s.lines[0].amount) == "37576.88");
}

TEST_CASE("the career percent follows the pay group's career", "[cost_tables]") {
    const Settlement s = settle(
        staff("K1", "kommune", "A9-mD", "from: 2005-01-01, fte: 1, tasks: { alg2: 100 }"), "2005");
    // 27.9 % (mittel) × 36500 = 10183.50
    CHECK(components(s.lines[0]).at("versorgung") == "10183.50");
}

TEST_CASE("an employee's line over a quarter: amounts by pay group, per head, deduction, overhead",
          "[cost_tables]") {
    // Agentur employee E9b, 20 of 40 hours (fte 0.5), 2005-Q2 (t = 91/365), on kdu:
    // the Kommune pays.
    const Settlement s = settle(
        staff("A1", "agentur", "E9b", "from: 2005-01-01, weekly_hours: 20, tasks: { kdu: 100 }"),
        "2005-Q2");
    REQUIRE(s.lines.size() == 1);
    const auto c = components(s.lines[0]);
    CHECK(c.at("base") == "4550.00");       // 36500 × 0.5 × 91/365
    CHECK(c.at("sv") == "910.00");          // 7300 × 0.5 × 91/365
    CHECK(c.at("it") == "299.18");          // 1200 × 91/365 = 299.178…
    CHECK(c.at("sachkosten") == "1246.58"); // 10000 × 0.5 × 91/365 = 1246.575…
    CHECK(c.at("abschlag") == "-49.86");    // -400 × 0.5 × 91/365 = -49.863…
    // 28.1 % × (36500 + 7300 + 10000 - 400) = 15005.40 a year; × 0.5 × 91/365 = 1870.536…
    CHECK(c.at("gemeinkosten") == "1870.54");
    // exact: (18250 + 3650 + 1200 + 5000 - 200 + 7502.70) × 91/365 = 35402.70 × 91/365
    //      = 8826.4265… → 8826.43
    CHECK(cents(s.lines[0].amount) == "8826.43");
}

TEST_CASE("a pay group missing from an amount by pay group has no such component",
          "[cost_tables]") {
    const Settlement s = settle(
        staff("A1", "agentur", "E9", "from: 2005-01-01, fte: 1, tasks: { kdu: 100 }"), "2005");
    const auto c = components(s.lines[0]);
    CHECK(c.count("sv") == 0);
    // 28.1 % × (36500 + 0 + 10000 - 400) = 28.1 % × 46100 = 12954.10
    CHECK(c.at("gemeinkosten") == "12954.10");
}

TEST_CASE("a 0 % overhead is a component of 0.00 and changes nothing else", "[cost_tables]") {
    const std::string member =
        staff("A1", "agentur", "E9b", "from: 2005-01-01, weekly_hours: 20, tasks: { kdu: 100 }");
    const Settlement with = settle(member, "2005-Q2");
    const Settlement without = settle(member, "2005-Q2", "", "0");
    auto c = components(without.lines[0]);
    CHECK(c.at("gemeinkosten") == "0.00");
    c.erase("gemeinkosten");
    auto expected = components(with.lines[0]);
    expected.erase("gemeinkosten");
    CHECK(c == expected);
    // 8826.43 without the overhead's 1870.536…: 35402.70 - 7502.70 = 27900 × 91/365 = 6955.89…
    CHECK(cents(without.lines[0].amount) == "6955.89");
}

TEST_CASE("quota mode: every staff member's share is the other partner's quota", "[cost_tables]") {
    const std::string policy = "policy: { shares: quota, quota: { agentur: 84.8, kommune: 15.2 } }";
    // No tasks: optional in quota mode.
    const Settlement s = settle(staff("A1", "agentur", "E9", "from: 2005-01-01, fte: 1") +
                                    staff("K1", "kommune", "E9",
                                          "from: 2005-01-01, fte: 1, "
                                          "tasks: { kdu: 100 }"),
                                "2005", policy);
    REQUIRE(s.lines.size() == 2);
    // A1 (Agentur): the Kommune pays 15.2 %, whatever the tasks.
    CHECK(s.lines[0].debtor == "kommune");
    CHECK(s.lines[0].share == dec("0.152"));
    CHECK(components(s.lines[0]).at("base") == "5548.00"); // 36500 × 0.152
    CHECK(components(s.lines[0]).at("it") == "182.40");    // 1200 × 0.152
    // K1 (Kommune), all on kdu, a Kommune task: still 84.8 % for the Agentur.
    CHECK(s.lines[1].debtor == "agentur");
    CHECK(components(s.lines[1]).at("base") == "30952.00"); // 36500 × 0.848
    // 28.1 % × 46100 = 12954.10 a year; × 0.848 = 10985.0768
    CHECK(components(s.lines[1]).at("gemeinkosten") == "10985.08");
    REQUIRE(s.net.size() == 1);
}

TEST_CASE("a percent of a per-head component takes its yearly value and its own basis",
          "[cost_tables]") {
    SettlementFixture fixture;
    fixture.add_tasks(k_sgb2_catalog);
    fixture.add_rates(
        rates_yaml("costs", "2005-01-01", "2005-12-31", "  E9: { kind: tarif, annual: 36500.00 }\n",
                   "  - { id: it, monthly: 100.00, basis: head, applies_to: all }\n"
                   "  - { id: it_fte, percent: 10, of: [it], applies_to: all }\n"
                   "  - { id: it_head, percent: 10, of: [it], basis: head, applies_to: all }\n"));
    fixture.load_arge(
        arge_yaml(staff("A1", "agentur", "E9", "from: 2005-01-01, fte: 0.5, tasks: { kdu: 100 }")));
    const auto c = components(fixture.settle_ok("2005").lines[0]);
    CHECK(c.at("it") == "1200.00");     // per person
    CHECK(c.at("it_fte") == "60.00");   // 10 % × 1200 = 120 a year, × fte 0.5
    CHECK(c.at("it_head") == "120.00"); // 10 % × 1200, per person
}

TEST_CASE("doubling every amount of the table doubles every exact value", "[cost_tables]") {
    // Property of SPEC 4 step 4: every value is linear in the amounts (percents
    // of earlier components included), so 2 × every amount gives 2 × every
    // exact component, whatever the share, FTE and time fraction.
    const auto settle_with = [](const std::string& pay_groups, const std::string& surcharges) {
        SettlementFixture fixture;
        fixture.add_tasks(k_sgb2_catalog);
        fixture.add_rates(rates_yaml("costs", "2005-01-01", "2005-12-31", pay_groups, surcharges));
        fixture.load_arge(
            arge_yaml(staff("A1", "agentur", "E9b",
                            "from: 2005-02-03, weekly_hours: 17.3, tasks: { kdu: 100 }") +
                      staff("K1", "kommune", "A9-gD",
                            "from: 2005-01-01, fte: 0.7, tasks: { leitung: 100 }")));
        return fixture.settle_ok("2005-Q2");
    };
    std::string doubled_groups = k_pay_groups;
    std::string doubled = surcharges();
    for (auto [from, to] : {std::pair{"36500.00", "73000.00"}, std::pair{"7300.00", "14600.00"},
                            std::pair{"100.00", "200.00"}, std::pair{"10000.00", "20000.00"}}) {
        for (std::string* text : {&doubled_groups, &doubled}) {
            for (auto at = text->find(from); at != std::string::npos; at = text->find(from, at)) {
                text->replace(at, std::string(from).size(), to);
                at += std::string(to).size();
            }
        }
    }
    const Settlement once = settle_with(k_pay_groups, surcharges());
    const Settlement twice = settle_with(doubled_groups, doubled);
    REQUIRE(once.lines.size() == 2);
    REQUIRE(twice.lines.size() == 2);
    for (std::size_t i = 0; i < once.lines.size(); ++i) {
        REQUIRE(once.lines[i].components.size() == twice.lines[i].components.size());
        for (std::size_t c = 0; c < once.lines[i].components.size(); ++c) {
            CHECK(twice.lines[i].components[c].exact == 2 * once.lines[i].components[c].exact);
        }
        CHECK(twice.lines[i].exact == 2 * once.lines[i].exact);
    }
}
