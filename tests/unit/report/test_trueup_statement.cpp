// The printable true-up statement (`trueup --format html|markdown`): text from
// the input files escaped, the sections in order, the status in the heading and
// columns, --aggregate without staff ids. tests/formats/check_trueup_html.sh
// reads the HTML of the CLI cases with an XML parser and checks its sums.

#include "../test_support.hpp"
#include "../trueup_fixture.hpp"
#include "ausgleich/report/trueup_statement.hpp"

#include <catch2/catch.hpp>

using namespace ausgleich;
using namespace ausgleich::report;
using namespace ausgleich::test;

namespace {

/// The year of trueup_fixture.hpp with hostile names from the input files.
struct HostileTrueup : YearTrueup {
    HostileTrueup() {
        final_year.arge = "ARGE <Süd> & \"Nord\"";
        arge.partners[0].name = "Agentur | *Nord*";
        trueup.paid[0].path = "q1 <a>&b.json";
    }
};

const std::vector<InputRecord> k_inputs = {
    {"arge", "", "arge.yaml", std::string(64, 'a'), "", std::nullopt, true},
    {"rates", "r2005-final", "rates/r2005.yaml", std::string(64, 'b'), "", std::nullopt, true}};

std::size_t position(const std::string& text, const std::string& part) {
    const std::size_t found = text.find(part);
    REQUIRE(found != std::string::npos);
    return found;
}

} // namespace

TEST_CASE("the true-up HTML escapes text from the input files and loads nothing",
          "[trueup][html]") {
    const HostileTrueup year_trueup;
    const std::string html =
        trueup_html({year_trueup.final_year, year_trueup.trueup, year_trueup.arge, k_inputs, {}},
                    {Detail::lines, Language::en});
    CHECK(contains(html, "<h1>True-up ARGE &lt;Süd&gt; &amp; &quot;Nord&quot;, 2005"));
    CHECK(contains(html, "Agentur | *Nord* (agentur)"));
    CHECK(contains(html, "<td class=\"code\">q1 &lt;a&gt;&amp;b.json</td>"));
    CHECK_FALSE(contains(html, "<Süd>"));
    CHECK_FALSE(contains(html, "<script"));
    CHECK_FALSE(contains(html, "url("));
    // A signature place for each partner, as in settle's statement.
    CHECK(contains(html, "<p class=\"signer\">Agentur | *Nord* (agentur)</p>"));
    CHECK(contains(html, "<p class=\"signer\">Stadt Test (kommune)</p>"));
}

TEST_CASE("the true-up statement puts the net first, then pairs, directions, paid files and lines",
          "[trueup][html]") {
    const YearTrueup year_trueup;
    const std::string html =
        trueup_html({year_trueup.final_year, year_trueup.trueup, year_trueup.arge, k_inputs, {}},
                    {Detail::lines, Language::en});
    const std::size_t net = position(html, "<h2>Net true-up payment</h2>");
    const std::size_t pairs = position(html, "<h2>Net per partner pair</h2>");
    const std::size_t totals = position(html, "<h2>Totals per direction</h2>");
    const std::size_t paid = position(html, "<h2>Paid settlements</h2>");
    const std::size_t lines = position(html, "<h2>Detail lines</h2>");
    const std::size_t rates = position(html, "<h2>Rates tables used</h2>");
    const std::size_t inputs = position(html, "<h2>Input files</h2>");
    const std::size_t signatures = position(html, "<h2>Signatures</h2>");
    CHECK(net < pairs);
    CHECK(pairs < totals);
    CHECK(totals < paid);
    CHECK(paid < lines);
    CHECK(lines < rates);
    CHECK(rates < inputs);
    CHECK(inputs < signatures);
    // The pair: the Agentur owes 18432.50 - 1858.40 = 16574.10 net now and paid
    // 18250.00: -1675.90, which the Kommune refunds.
    CHECK(contains(html, "<td class=\"num\">16574.10</td><td class=\"num\">18250.00</td>"
                         "<td class=\"num\">-1675.90</td>"));
    CHECK(contains(html, "refunds Agentur für Arbeit Test (agentur) 1675.90 EUR overpaid"));
    CHECK_FALSE(contains(html, "provisional"));
}

TEST_CASE("a provisional true-up statement says so in heading, columns and note",
          "[trueup][html][status]") {
    YearTrueup provisional;
    provisional.final_rates().status = RatesStatus::provisional;
    provisional.trueup = compute_trueup(provisional.final_year, {});
    const std::string html =
        trueup_html({provisional.final_year, provisional.trueup, provisional.arge, k_inputs, {}},
                    {Detail::lines, Language::de});
    CHECK(contains(html, "<h1>Spitzabrechnung ARGE Test, 2005 (01.01.2005 bis 31.12.2005), "
                         "vorläufig</h1>"));
    CHECK(contains(html, "<h2>Ausgleichszahlung aus der Spitzabrechnung (vorläufig)</h2>"));
    CHECK(contains(html, "<th class=\"num\">Vorläufig EUR</th>"));
    CHECK_FALSE(contains(html, "Endgültig EUR"));
    CHECK(contains(html, "<p class=\"note\">Hinweis: Die Kostensätze r2005-final sind vorläufig"));

    const std::string markdown = trueup_markdown(
        {provisional.final_year, provisional.trueup, provisional.arge, k_inputs, {}},
        {Detail::lines, Language::en});
    CHECK_THAT(markdown, Catch::StartsWith("# True-up ARGE Test, 2005 (2005-01-01 to 2005-12-31), "
                                           "provisional\n"));
    CHECK(contains(markdown, "| Provisional EUR | Paid EUR | Difference EUR |"));
    CHECK(contains(markdown, "\n> Note: rates table r2005-final is provisional;"));
}

TEST_CASE("an aggregated true-up statement has groups instead of lines and no staff id",
          "[trueup][html][markdown]") {
    const YearTrueup year_trueup;
    for (const Language language : {Language::en, Language::de}) {
        const std::string html = trueup_html(
            {year_trueup.final_year, year_trueup.trueup, year_trueup.arge, k_inputs, {}},
            {Detail::by_pay_group, language});
        const std::string markdown = trueup_markdown(
            {year_trueup.final_year, year_trueup.trueup, year_trueup.arge, k_inputs, {}},
            {Detail::by_pay_group, language});
        for (const std::string& document : {html, markdown}) {
            CHECK_FALSE(contains(document, "T01"));
            CHECK_FALSE(contains(document, "T02"));
        }
    }
    const std::string markdown = trueup_markdown(
        {year_trueup.final_year, year_trueup.trueup, year_trueup.arge, k_inputs, {}},
        {Detail::by_pay_group, Language::en});
    CHECK(contains(markdown, "| agentur | kommune | E9 | 1 | 18432.50 | 18250.00 | 182.50 |\n"));
    CHECK_FALSE(contains(markdown, "Signatures"));
}

TEST_CASE("the true-up Markdown escapes names and sets paths as code", "[trueup][markdown]") {
    const HostileTrueup year_trueup;
    const std::string markdown = trueup_markdown(
        {year_trueup.final_year, year_trueup.trueup, year_trueup.arge, k_inputs, {}},
        {Detail::lines, Language::en});
    CHECK_THAT(markdown, Catch::StartsWith("# True-up ARGE \\<Süd\\> & \"Nord\", 2005"));
    CHECK(contains(markdown, "- Agentur \\| \\*Nord\\* (agentur)\n"));
    CHECK(contains(markdown, "| `q1 <a>&b.json` | 2005-Q1 (2005-01-01 to 2005-03-31) |"));
}
