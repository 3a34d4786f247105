// The printable statement (`settle --format html`): escaping of text from the
// input files, the order of its sections, --aggregate privacy, German numbers
// and the A4 print rules. tests/formats/check_html.sh reads the Musterstadt
// statements with an XML parser.
//
// The settlement: A9 at 43800.00 a year is 120.00 a day, E9 at 36500.00 is
// 100.00 a day; 2005-Q2 has 91 days, everyone works FTE 1.
//  - STAFF-K-001 (Kommune, A9) spends 37 % on alg2 (Agentur's task):
//    91 × 120.00 × 0.37 = 4040.40 owed by the Agentur.
//  - STAFF-A-002 (Agentur, E9) spends 10 % on kdu (Kommune's task):
//    91 × 100.00 × 0.1 = 910.00 owed by the Kommune.
//  - Net: the Agentur pays the Kommune 4040.40 - 910.00 = 3130.40.

#include "../settlement_fixture.hpp"
#include "../test_support.hpp"
#include "ausgleich/report/html_report.hpp"
#include "ausgleich/report/statement_tables.hpp"

#include <catch2/catch.hpp>
#include <string>

using ausgleich::test::contains;
using namespace ausgleich;
using namespace ausgleich::report;
using ausgleich::test::k_sgb2_catalog;
using ausgleich::test::SettlementFixture;

namespace {

constexpr std::string_view k_rates = R"(schema: ausgleich/rates/v1
id: r2005
title: "Rates <2005> & more"
status: provisional
valid_from: 2005-01-01
valid_to: 2005-12-31
sources:
  - title: "Circular \"A\" & B"
    url: "https://example.org/rates?year=2005&kind=all"
pay_groups:
  A9: { kind: beamte, annual: 43800.00 }
  E9: { kind: tarif, annual: 36500.00 }
  E13: { kind: tarif, annual: 60000.00 }
)";

std::string arge(std::string_view policy = "") {
    return std::string(R"(schema: ausgleich/arge/v1
arge: "ARGE <Süd> & \"Nord\""
partners:
  agentur: { name: "Agentur | Nord", full_time_hours: 40 }
  kommune: { name: "Kommune <K&K>", full_time_hours: 40 }
)") + std::string(policy) +
           R"(staff:
  - { id: STAFF-K-001, employer: kommune, pay_group: A9, assignments: [ { from: 2005-01-01, fte: 1, tasks: { alg2: 37, kdu: 63 } } ] }
  - { id: STAFF-A-002, employer: agentur, pay_group: E9, assignments: [ { from: 2005-01-01, fte: 1, tasks: { alg2: 90, kdu: 10 } } ] }
)";
}

Settlement settle(SettlementFixture& fixture, std::string_view period = "2005-Q2",
                  std::string_view policy = "") {
    fixture.add_tasks(k_sgb2_catalog);
    fixture.add_rates(k_rates);
    fixture.load_arge(arge(policy));
    return fixture.settle_ok(period);
}

const std::vector<InputRecord> k_inputs = {
    {"arge", "", "in/arge&co.yaml",
     "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff", "", std::nullopt, true},
    {"rates", "r2005", "rates/r2005.yaml",
     "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100", "", std::nullopt, true},
};

} // namespace

TEST_CASE("the HTML statement escapes <, & and quotes from names, titles, sources and paths",
          "[html]") {
    SettlementFixture fixture;
    const Settlement settlement = settle(fixture);
    const std::string html =
        settlement_html({settlement, fixture.arge(), k_inputs, {}}, {Detail::lines, Language::en});

    CHECK(contains(html, "<title>Settlement ARGE &lt;Süd&gt; &amp; &quot;Nord&quot;, 2005-Q2 "
                         "(2005-04-01 to 2005-06-30)</title>"));
    CHECK(contains(html, "<h1>Settlement ARGE &lt;Süd&gt; &amp; &quot;Nord&quot;, 2005-Q2 "
                         "(2005-04-01 to 2005-06-30)</h1>"));
    CHECK(contains(html, "<dd>Kommune &lt;K&amp;K&gt; (kommune)</dd>"));
    CHECK(contains(html, "<h3>r2005: Rates &lt;2005&gt; &amp; more</h3>"));
    CHECK(contains(html, "<li>Circular &quot;A&quot; &amp; B <span class=\"url\">"
                         "https://example.org/rates?year=2005&amp;kind=all</span></li>"));
    CHECK(contains(html, "<td class=\"code\">in/arge&amp;co.yaml</td>"));
    // Nothing from the input files is left unescaped.
    CHECK_FALSE(contains(html, "<Süd>"));
    CHECK_FALSE(contains(html, "<K&K>"));
    CHECK_FALSE(contains(html, "<2005>"));
    CHECK_FALSE(contains(html, "&kind"));
}

TEST_CASE("the HTML statement opens with the net payment, then totals, and ends with signatures",
          "[html]") {
    SettlementFixture fixture;
    const Settlement settlement = settle(fixture);
    const std::string html =
        settlement_html({settlement, fixture.arge(), k_inputs, {}}, {Detail::lines, Language::en});

    const auto net = html.find("<p class=\"net-sentence\">Agentur | Nord (agentur) pays Kommune "
                               "&lt;K&amp;K&gt; (kommune) 3130.40 EUR for 2005-Q2.</p>");
    const auto totals = html.find("<h2>Totals per direction</h2>");
    const auto summary = html.find("<h2>Summary by pay group and employer</h2>");
    const auto details = html.find("<h2>Detail lines</h2>");
    const auto rates = html.find("<h2>Rates tables used</h2>");
    const auto policy = html.find("<h2>Policy</h2>");
    const auto inputs = html.find("<h2>Input files</h2>");
    const auto note = html.find("<p class=\"note\">Note: rates table r2005 is provisional;");
    const auto signatures = html.find("<h2>Signatures</h2>");
    REQUIRE(net != std::string::npos);
    CHECK(net < totals);
    CHECK(totals < summary);
    CHECK(summary < details);
    CHECK(details < rates);
    CHECK(rates < policy);
    CHECK(policy < inputs);
    CHECK(inputs < note);
    CHECK(note < signatures);
    CHECK(signatures != std::string::npos);

    // Totals with partner names, line counts, right-aligned amounts.
    CHECK(contains(html,
                   "<tr><td>Agentur | Nord (agentur)</td><td>Kommune &lt;K&amp;K&gt; "
                   "(kommune)</td><td class=\"num\">1</td><td class=\"num\">4040.40</td></tr>"));
    CHECK(contains(html,
                   "<tr><td>Kommune &lt;K&amp;K&gt; (kommune)</td><td>Agentur | Nord "
                   "(agentur)</td><td class=\"num\">1</td><td class=\"num\">910.00</td></tr>"));
    // One signature place per partner, and the tool version without a date.
    CHECK(contains(html, "<p class=\"signer\">Agentur | Nord (agentur)</p>\n"
                         "<p class=\"sign-line\">Place, date</p>\n"
                         "<p class=\"sign-line\">Signature</p>"));
    CHECK(contains(html, "<p class=\"signer\">Kommune &lt;K&amp;K&gt; (kommune)</p>"));
    CHECK(contains(html, "<p>Produced by ausgleich 0.3.0</p>"));
    // The rates of the pay groups settled only: E13 has no line.
    CHECK(contains(html,
                   "<tr><td>A9</td><td>civil servants</td><td class=\"num\">43800.00</td></tr>"));
    CHECK(contains(html, "<tr><td>E9</td><td>employees</td><td class=\"num\">36500.00</td></tr>"));
    CHECK_FALSE(contains(html, "<td>E13</td>"));
    CHECK(contains(
        html,
        "<td "
        "class=\"code\">00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff</td>"));
}

TEST_CASE("an aggregated HTML statement holds no staff id but keeps the summary by pay group",
          "[html]") {
    SettlementFixture fixture;
    const Settlement settlement = settle(fixture);
    const std::string full =
        settlement_html({settlement, fixture.arge(), k_inputs, {}}, {Detail::lines, Language::en});
    const std::string aggregated = settlement_html({settlement, fixture.arge(), k_inputs, {}},
                                                   {Detail::by_pay_group, Language::en});

    CHECK(contains(full, "<td>STAFF-K-001</td>"));
    CHECK(contains(full, "<td>STAFF-A-002</td>"));
    CHECK_FALSE(contains(aggregated, "STAFF-K-001"));
    CHECK_FALSE(contains(aggregated, "STAFF-A-002"));
    CHECK_FALSE(contains(aggregated, "STAFF"));
    CHECK_FALSE(contains(aggregated, "Detail lines"));
    CHECK(contains(aggregated, "<tr><td>agentur</td><td>kommune</td><td>A9</td><td "
                               "class=\"num\">1</td><td class=\"num\">4040.40</td></tr>"));
    CHECK(contains(aggregated, "<tr><td>kommune</td><td>agentur</td><td>E9</td><td "
                               "class=\"num\">1</td><td class=\"num\">910.00</td></tr>"));
    CHECK(contains(aggregated, "3130.40 EUR for 2005-Q2."));
}

TEST_CASE("a German HTML statement has German words, numbers as 1.234,56 and dates as 30.06.2005",
          "[html]") {
    SettlementFixture fixture;
    const Settlement settlement = settle(fixture);
    const std::string html = settlement_html({settlement, fixture.arge(), k_inputs, {}},
                                             {Detail::by_pay_group, Language::de});

    CHECK(contains(html, "<html lang=\"de\">"));
    CHECK(contains(html, "<h1>Abrechnung ARGE &lt;Süd&gt; &amp; &quot;Nord&quot;, 2. Quartal 2005 "
                         "(01.04.2005 bis 30.06.2005)</h1>"));
    CHECK(contains(html, "zahlt an Kommune &lt;K&amp;K&gt; (kommune) 3.130,40 EUR für das 2. "
                         "Quartal 2005.</p>"));
    CHECK(contains(html, "<td class=\"num\">4.040,40</td>"));
    CHECK(contains(html, "<td class=\"num\">910,00</td>"));
    CHECK(contains(html, "<td class=\"num\">43.800,00</td>"));
    CHECK(contains(html, "<dt>Gültigkeit</dt><dd>01.01.2005 bis 31.12.2005</dd>"));
    CHECK(contains(html, "<p class=\"sign-line\">Ort, Datum</p>\n"
                         "<p class=\"sign-line\">Unterschrift</p>"));
    CHECK(contains(html, "<p>Erstellt mit ausgleich 0.3.0</p>"));
    CHECK_FALSE(contains(html, "4040.40"));
    CHECK_FALSE(contains(html, "Signature"));
}

TEST_CASE("the HTML statement loads nothing and has A4 print rules", "[html]") {
    SettlementFixture fixture;
    const Settlement settlement = settle(fixture);
    const std::string html =
        settlement_html({settlement, fixture.arge(), k_inputs, {}}, {Detail::lines, Language::en});

    CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n",
                     0) == 0);
    CHECK(contains(html, "@page { size: A4;"));
    CHECK(contains(html, "@media print {"));
    CHECK(contains(html, "thead { display: table-header-group; }"));
    CHECK(contains(html, ".signatures { break-inside: avoid;"));
    for (const char* loader : {"<script", "<link", "<img", "<iframe", "<object",
                               "src=", "href=", "url(", "@import", "@font-face"}) {
        INFO(loader);
        CHECK_FALSE(contains(html, loader));
    }
    CHECK(html.ends_with("</footer>\n</body>\n</html>\n"));
}

TEST_CASE("a period without lines says so, and that the partners owe each other nothing",
          "[html]") {
    SettlementFixture fixture;
    const Settlement settlement = settle(fixture, "2004-Q4");
    const std::string html =
        settlement_html({settlement, fixture.arge(), {}, {}}, {Detail::lines, Language::en});

    // No line, so no net entry (SPEC 6.1); the statement still says who owes what.
    CHECK(settlement.net.empty());
    CHECK(contains(html, "<p class=\"net-sentence\">The partners owe each other nothing for "
                         "2004-Q4.</p>"));
    CHECK(
        contains(html, "<p>No staff member worked on another partner's tasks in this period.</p>"));
    CHECK_FALSE(contains(html, "Totals per direction"));
    CHECK_FALSE(contains(html, "Rates tables used"));
    CHECK(contains(html, "<h2>Signatures</h2>"));
}

TEST_CASE("under per-total rounding the totals show the rounding difference", "[html]") {
    SettlementFixture fixture;
    const Settlement settlement = settle(fixture, "2005-Q2", "policy: { round: per-total }\n");
    const StatementTable totals = totals_table(settlement, fixture.arge(), Language::de);

    REQUIRE(totals.columns.size() == 5);
    CHECK(totals.columns[4].title == "Rundungsdifferenz");
    CHECK(totals.columns[4].kind == ColumnKind::number);
    REQUIRE(totals.rows.size() == 2);
    // Both lines are exact cents, so nothing is lost by rounding only the total.
    CHECK(totals.rows[0] == std::vector<std::string>{"Agentur | Nord (agentur)",
                                                     "Kommune <K&K> (kommune)", "1", "4.040,40",
                                                     "0,00"});
}
