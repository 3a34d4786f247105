// The statement as Markdown (`settle --format markdown`): pipe tables with
// escaped cells, the order of the sections, --aggregate privacy and German
// numbers.
//
// The settlement (as in test_html_report.cpp): A9 at 43800.00 a year is
// 120.00 a day, E9 at 36500.00 is 100.00 a day, 2005-Q2 has 91 days, FTE 1.
//  - STAFF-K-001 (Kommune, A9), 37 % alg2: 91 × 120.00 × 0.37 = 4040.40 owed by the Agentur.
//  - STAFF-A-002 (Agentur, E9), 10 % kdu: 91 × 100.00 × 0.1 = 910.00 owed by the Kommune.
//  - Net: the Agentur pays the Kommune 4040.40 - 910.00 = 3130.40.

#include "../settlement_fixture.hpp"
#include "../test_support.hpp"
#include "ausgleich/report/markdown_report.hpp"

#include <catch2/catch.hpp>
#include <string>

using ausgleich::test::contains;
using namespace ausgleich;
using namespace ausgleich::report;
using ausgleich::test::k_sgb2_catalog;
using ausgleich::test::rates_yaml;
using ausgleich::test::SettlementFixture;

namespace {

std::string arge() {
    return R"(schema: ausgleich/arge/v1
arge: "ARGE *Süd* | Nord"
partners:
  agentur: { name: "Agentur | Nord", full_time_hours: 40 }
  kommune: { name: "Kommune <K_K>", full_time_hours: 40 }
staff:
  - { id: STAFF-K-001, employer: kommune, pay_group: A9, assignments: [ { from: 2005-01-01, fte: 1, tasks: { alg2: 37, kdu: 63 } } ] }
  - { id: STAFF-A-002, employer: agentur, pay_group: E9, assignments: [ { from: 2005-01-01, fte: 1, tasks: { alg2: 90, kdu: 10 } } ] }
)";
}

Settlement settle(SettlementFixture& fixture) {
    fixture.add_tasks(k_sgb2_catalog);
    fixture.add_rates(rates_yaml("r2005", "2005-01-01", "2005-12-31",
                                 "  A9: { kind: beamte, annual: 43800.00 }\n"
                                 "  E9: { kind: tarif, annual: 36500.00 }\n"));
    fixture.load_arge(arge());
    return fixture.settle_ok("2005-Q2");
}

const std::vector<InputRecord> k_inputs = {
    {"arge", "", "in/a|b.yaml", "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff",
     "", std::nullopt, true},
};

} // namespace

TEST_CASE("Markdown escapes pipes in table cells and emphasis and HTML characters in text",
          "[markdown]") {
    SettlementFixture fixture;
    const Settlement settlement = settle(fixture);
    const std::string markdown = settlement_markdown({settlement, fixture.arge(), k_inputs, {}},
                                                     {Detail::lines, Language::en});

    CHECK(markdown.rfind("# Settlement ARGE \\*Süd\\* \\| Nord, 2005-Q2 (2005-04-01 to "
                         "2005-06-30)\n\nPartners:\n\n- Agentur \\| Nord (agentur)\n"
                         "- Kommune \\<K\\_K\\> (kommune)\n",
                         0) == 0);
    CHECK(contains(markdown, "## Totals per direction\n\n"
                             "| Debtor | Creditor | Lines | Amount EUR |\n"
                             "| --- | --- | ---: | ---: |\n"
                             "| Agentur \\| Nord (agentur) | Kommune \\<K\\_K\\> (kommune) | 1 | "
                             "4040.40 |\n"
                             "| Kommune \\<K\\_K\\> (kommune) | Agentur \\| Nord (agentur) | 1 | "
                             "910.00 |\n\n"));
    // A path is a code span; its '|' is still escaped, or it would end the cell.
    CHECK(contains(markdown,
                   "| ARGE file | | `in/a\\|b.yaml` | "
                   "`00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff` |\n"));
}

TEST_CASE("Markdown puts the net payment first and the detail lines after the summary",
          "[markdown]") {
    SettlementFixture fixture;
    const Settlement settlement = settle(fixture);
    const std::string markdown = settlement_markdown({settlement, fixture.arge(), k_inputs, {}},
                                                     {Detail::lines, Language::en});

    const auto net = markdown.find("## Net payment\n\n**Agentur \\| Nord (agentur) pays Kommune "
                                   "\\<K\\_K\\> (kommune) 3130.40 EUR for 2005-Q2.**\n");
    const auto totals = markdown.find("## Totals per direction");
    const auto summary = markdown.find("## Summary by pay group and employer");
    const auto details = markdown.find("## Detail lines");
    const auto rates = markdown.find("## Rates tables used");
    const auto policy = markdown.find("## Policy\n\nProration by days, FTE rounded to 4 decimals, "
                                      "rounding half-up per-line.\n");
    const auto inputs = markdown.find("## Input files");
    REQUIRE(net != std::string::npos);
    CHECK(net < totals);
    CHECK(totals < summary);
    CHECK(summary < details);
    CHECK(details < rates);
    CHECK(rates < policy);
    CHECK(policy < inputs);
    CHECK(inputs != std::string::npos);
    CHECK(contains(markdown, "| STAFF-K-001 | kommune | A9 | agentur | 91 | 1.0000 | 0.37 | "
                             "4040.40 |\n"));
    CHECK(contains(markdown, "| STAFF-A-002 | agentur | E9 | kommune | 91 | 1.0000 | 0.1 | "
                             "910.00 |\n"));
    CHECK(markdown.ends_with("\n\n---\n\n*Produced by ausgleich 0.3.0*\n"));
}

TEST_CASE("aggregated Markdown holds no staff id but keeps the summary by pay group",
          "[markdown]") {
    SettlementFixture fixture;
    const Settlement settlement = settle(fixture);
    const std::string markdown = settlement_markdown({settlement, fixture.arge(), k_inputs, {}},
                                                     {Detail::by_pay_group, Language::en});

    CHECK_FALSE(contains(markdown, "STAFF"));
    CHECK_FALSE(contains(markdown, "Detail lines"));
    CHECK(contains(markdown, "## Summary by pay group and employer\n\n"
                             "| Debtor | Employer | Pay group | Staff members | Amount EUR |\n"
                             "| --- | --- | --- | ---: | ---: |\n"
                             "| agentur | kommune | A9 | 1 | 4040.40 |\n"
                             "| kommune | agentur | E9 | 1 | 910.00 |\n\n"));
}

TEST_CASE("German Markdown has German words and numbers as 1.234,56", "[markdown]") {
    SettlementFixture fixture;
    const Settlement settlement = settle(fixture);
    const std::string markdown = settlement_markdown({settlement, fixture.arge(), k_inputs, {}},
                                                     {Detail::lines, Language::de});

    CHECK(markdown.rfind("# Abrechnung ARGE \\*Süd\\* \\| Nord, 2. Quartal 2005 (01.04.2005 bis "
                         "30.06.2005)\n\nTräger:\n",
                         0) == 0);
    CHECK(contains(markdown, "**Agentur \\| Nord (agentur) zahlt an Kommune \\<K\\_K\\> (kommune) "
                             "3.130,40 EUR für das 2. Quartal 2005.**\n"));
    CHECK(contains(markdown, "| STAFF-K-001 | kommune | A9 | agentur | 91 | 1,0000 | 0,37 | "
                             "4.040,40 |\n"));
    CHECK(contains(markdown, "| A9 | Beamte | 43.800,00 |\n"));
    CHECK(contains(markdown, "- Gültigkeit: 01.01.2005 bis 31.12.2005\n"));
    CHECK(contains(markdown, "*Erstellt mit ausgleich 0.3.0*\n"));
    CHECK_FALSE(contains(markdown, "4040.40"));
}
