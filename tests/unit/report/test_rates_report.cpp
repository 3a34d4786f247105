// The rates listing (`ausgleich rates`): which tables a date or period selects,
// the natural order of pay groups, and the exact text (English and German) and
// JSON of a small table.

#include "../test_support.hpp"
#include "ausgleich/report/rates_report.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

using ausgleich::AppliesTo;
using ausgleich::Date;
using ausgleich::DateRange;
using ausgleich::Diagnostics;
using ausgleich::natural_less;
using ausgleich::no_table_message;
using ausgleich::parse_decimal;
using ausgleich::parse_period;
using ausgleich::pay_group_less;
using ausgleich::PayGroupRate;
using ausgleich::PayKind;
using ausgleich::RateBook;
using ausgleich::RatesQuery;
using ausgleich::RatesStatus;
using ausgleich::RatesTable;
using ausgleich::Surcharge;
using ausgleich::tables_in_force;
using ausgleich::report::Language;
using ausgleich::report::rates_json;
using ausgleich::report::rates_table;
using ausgleich::test::contains;

namespace {

PayGroupRate rate(const char* pay_group, PayKind kind, const char* annual) {
    PayGroupRate result;
    result.pay_group = pay_group;
    result.kind = kind;
    result.annual = parse_decimal(annual);
    return result;
}

RatesTable bare_table(const std::string& id, const char* valid_from, const char* valid_to,
                      std::vector<PayGroupRate> pay_groups) {
    RatesTable table;
    table.id = id;
    table.title = "Table " + id;
    table.validity = DateRange{Date::parse(valid_from), Date::parse(valid_to)};
    table.sources = {{"Source of " + id, ""}};
    table.pay_groups = std::move(pay_groups);
    return table;
}

// A small table: pay groups out of order, a percent surcharge whose value needs
// rounding for display (12.5 % of 150.01 = 18.75125), a fixed surcharge, a rate
// written with one decimal ("100.5"), and a source without a url.
RatesTable sample_table() {
    RatesTable table =
        bare_table("test-2005", "2005-01-01", "2005-12-31",
                   {rate("E10", PayKind::tarif, "100.5"), rate("A10", PayKind::beamte, "200.00"),
                    rate("E9", PayKind::tarif, "90.00"), rate("A9", PayKind::beamte, "150.01")});
    table.title = "Testsätze 2005";
    table.status = RatesStatus::final_rates;
    table.sources = {{"Rundschreiben \"A\"", "https://example.org/a"}, {"Vermerk B", ""}};
    Surcharge pension;
    pension.id = "versorgung";
    pension.title = "Versorgungszuschlag";
    pension.percent = parse_decimal("12.5");
    pension.applies_to = AppliesTo::beamte;
    Surcharge material;
    material.id = "sachkosten";
    material.title = "Sachkostenpauschale";
    material.annual = parse_decimal("10");
    material.applies_to = AppliesTo::all;
    table.surcharges = {pension, material};
    return table;
}

RateBook book_of(std::vector<RatesTable> tables) {
    RateBook book;
    Diagnostics diagnostics;
    for (auto& table : tables) {
        book.add(std::move(table), diagnostics);
    }
    REQUIRE(diagnostics.format_all() == "");
    return book;
}

std::vector<std::string> ids(const std::vector<const RatesTable*>& tables) {
    std::vector<std::string> result;
    for (const RatesTable* table : tables) {
        result.push_back(table->id);
    }
    return result;
}

} // namespace

TEST_CASE("natural_less compares digit runs as numbers and other characters byte by byte") {
    CHECK(natural_less("A6", "A10"));
    CHECK_FALSE(natural_less("A10", "A6"));
    CHECK(natural_less("E9", "E10"));
    CHECK(natural_less("A13", "B1"));
    CHECK(natural_less("E9", "E9a"));
    CHECK(natural_less("E9a", "E9b"));
    CHECK(natural_less("E9b", "E10"));
    CHECK(natural_less("S8b", "S11b"));
    CHECK(natural_less("A", "A1"));
    CHECK_FALSE(natural_less("A9", "A9"));
}

TEST_CASE("natural_less is a total order: equal numbers with leading zeros fall back to bytes") {
    CHECK(natural_less("A06", "A6"));
    CHECK_FALSE(natural_less("A6", "A06"));
    CHECK(natural_less("A007", "A10"));
    // Numbers longer than any integer type still compare by value.
    CHECK(natural_less("E99999999999999999999999", "E100000000000000000000000"));
}

TEST_CASE("pay groups sort by kind (beamte, tarif, any), then letter prefix, then number") {
    std::vector<PayGroupRate> rates = {
        rate("*", PayKind::any, "1"),       rate("E10", PayKind::tarif, "1"),
        rate("A10", PayKind::beamte, "1"),  rate("E9", PayKind::tarif, "1"),
        rate("B3", PayKind::beamte, "1"),   rate("A6", PayKind::beamte, "1"),
        rate("A13Z", PayKind::beamte, "1"), rate("A13", PayKind::beamte, "1"),
        rate("E9a", PayKind::tarif, "1"),   rate("A9", PayKind::beamte, "1")};
    std::sort(rates.begin(), rates.end(), pay_group_less);
    std::vector<std::string> names;
    for (const auto& entry : rates) {
        names.push_back(entry.pay_group);
    }
    CHECK(names == std::vector<std::string>{"A6", "A9", "A10", "A13", "A13Z", "B3", "E9", "E9a",
                                            "E10", "*"});
}

TEST_CASE("a tarif pay group sorts after every beamte group whatever its letter") {
    CHECK(pay_group_less(rate("Z1", PayKind::beamte, "1"), rate("A1", PayKind::tarif, "1")));
    CHECK_FALSE(pay_group_less(rate("A1", PayKind::tarif, "1"), rate("Z1", PayKind::beamte, "1")));
}

TEST_CASE("tables_in_force selects by day, by overlap with a period, or every table") {
    const RateBook book = book_of({
        bare_table("pks-2006", "2006-01-01", "2006-12-31", {rate("A9", PayKind::beamte, "2")}),
        bare_table("pks-2005", "2005-01-01", "2005-12-31", {rate("A9", PayKind::beamte, "1")}),
        bare_table("b-2005", "2005-01-01", "2005-12-31", {rate("E9", PayKind::tarif, "1")}),
    });
    CHECK(ids(tables_in_force(book, {})) ==
          std::vector<std::string>{"b-2005", "pks-2005", "pks-2006"});
    CHECK(ids(tables_in_force(book, {Date::parse("2005-12-31"), std::nullopt})) ==
          std::vector<std::string>{"b-2005", "pks-2005"});
    CHECK(ids(tables_in_force(book, {Date::parse("2006-01-01"), std::nullopt})) ==
          std::vector<std::string>{"pks-2006"});
    CHECK(ids(tables_in_force(book, {std::nullopt, parse_period("2005-12-31..2006-01-01")})) ==
          std::vector<std::string>{"b-2005", "pks-2005", "pks-2006"});
    CHECK(tables_in_force(book, {Date::parse("2007-01-01"), std::nullopt}).empty());
}

TEST_CASE("the message for no table in force names the days the loaded tables cover") {
    const RateBook book = book_of({
        bare_table("a", "2005-01-01", "2005-12-31", {rate("A9", PayKind::beamte, "1")}),
        bare_table("b", "2006-01-01", "2006-06-30", {rate("A9", PayKind::beamte, "1")}),
        bare_table("c", "2006-03-01", "2006-12-31", {rate("E9", PayKind::tarif, "1")}),
        bare_table("d", "2008-01-01", "2008-12-31", {rate("A9", PayKind::beamte, "1")}),
    });
    CHECK(no_table_message(book, {Date::parse("2007-01-01"), std::nullopt}) ==
          "no rates table in force on 2007-01-01; loaded tables cover 2005-01-01..2006-12-31, "
          "2008-01-01..2008-12-31");
    CHECK(no_table_message(book, {std::nullopt, parse_period("2007-Q1")}) ==
          "no rates table in force in 2007-Q1 (2007-01-01..2007-03-31); loaded tables cover "
          "2005-01-01..2006-12-31, 2008-01-01..2008-12-31");
    CHECK(no_table_message(RateBook(), {Date::parse("2007-01-01"), std::nullopt}) ==
          "no rates table in force on 2007-01-01; the rules directories hold none");
    CHECK(no_table_message(RateBook(), {}) == "the rules directories hold no rates table");
}

TEST_CASE("the table listing shows each surcharge per pay group, totals and sources") {
    const RatesTable table = sample_table();
    CHECK(rates_table({&table}, {Date::parse("2005-06-30"), std::nullopt}) ==
          "Rates tables in force on 2005-06-30\n"
          "\n"
          "test-2005 (final) 2005-01-01..2005-12-31\n"
          "  Testsätze 2005\n"
          "\n"
          "  Sources\n"
          "    - Rundschreiben \"A\"\n"
          "      https://example.org/a\n"
          "    - Vermerk B\n"
          "\n"
          "  Pay groups, EUR per FTE and year\n"
          "    Pay group  Kind    Annual EUR  versorgung  sachkosten  Total EUR\n"
          "    ----------------------------------------------------------------\n"
          "    A9         beamte      150.01       18.75       10.00     178.76\n"
          "    A10        beamte      200.00       25.00       10.00     235.00\n"
          "    E9         tarif        90.00           -       10.00     100.00\n"
          "    E10        tarif       100.50           -       10.00     110.50\n"
          "    Percent surcharges and totals are shown rounded to cents; settlements use the "
          "exact values.\n"
          "\n"
          "  Surcharges, per FTE on top of the pay-group rate\n"
          "    Id          Title                Percent  Annual EUR  Applies to\n"
          "    ----------------------------------------------------------------\n"
          "    versorgung  Versorgungszuschlag   12.5 %              beamte\n"
          "    sachkosten  Sachkostenpauschale                10.00  all\n");
}

TEST_CASE("with a period the table listing says which part of it each table covers") {
    const RatesTable table = sample_table();
    const std::string partly =
        rates_table({&table}, {std::nullopt, parse_period("2005-12-01..2006-01-31")});
    CHECK(partly.rfind("Rates tables in force in 2005-12-01..2006-01-31\n"
                       "\n"
                       "test-2005 (final) 2005-01-01..2005-12-31\n"
                       "  Testsätze 2005\n"
                       "  Covers 2005-12-01..2005-12-31 of the period.\n"
                       "\n",
                       0) == 0);
    const std::string whole = rates_table({&table}, {std::nullopt, parse_period("2005-Q2")});
    CHECK(whole.rfind("Rates tables in force in 2005-Q2 (2005-04-01..2005-06-30)\n"
                      "\n"
                      "test-2005 (final) 2005-01-01..2005-12-31\n"
                      "  Testsätze 2005\n"
                      "  Covers the whole period.\n",
                      0) == 0);
}

TEST_CASE("a flat-rate table without surcharges lists only the rate and explains the star") {
    const RatesTable table =
        bare_table("flat", "2005-01-01", "2005-12-31", {rate("*", PayKind::any, "67400.00")});
    CHECK(rates_table({&table}, {}) == "All loaded rates tables\n"
                                       "\n"
                                       "flat (provisional) 2005-01-01..2005-12-31\n"
                                       "  Table flat\n"
                                       "\n"
                                       "  Sources\n"
                                       "    - Source of flat\n"
                                       "\n"
                                       "  Pay groups, EUR per FTE and year\n"
                                       "    Pay group  Kind  Annual EUR\n"
                                       "    ---------------------------\n"
                                       "    *          any     67400.00\n"
                                       "    * = every pay group this table does not list\n"
                                       "\n"
                                       "  Surcharges: none\n");
}

TEST_CASE("the JSON listing carries the amounts as read, in natural pay-group order") {
    const RatesTable table = sample_table();
    CHECK(rates_json({&table}, {Date::parse("2005-06-30"), std::nullopt}) ==
          "{\n"
          "  \"schema\": \"ausgleich/rates-listing/v1\",\n"
          "  \"tool\": \"ausgleich 0.3.0\",\n"
          "  \"date\": \"2005-06-30\",\n"
          "  \"tables\": [\n"
          "    {\n"
          "      \"id\": \"test-2005\",\n"
          "      \"title\": \"Testsätze 2005\",\n"
          "      \"status\": \"final\",\n"
          "      \"valid_from\": \"2005-01-01\",\n"
          "      \"valid_to\": \"2005-12-31\",\n"
          "      \"sources\": [\n"
          "        {\"title\": \"Rundschreiben \\\"A\\\"\", \"url\": \"https://example.org/a\"},\n"
          "        {\"title\": \"Vermerk B\", \"url\": \"\"}\n"
          "      ],\n"
          "      \"pay_groups\": [\n"
          "        {\"pay_group\": \"A9\", \"kind\": \"beamte\", \"annual\": \"150.01\"},\n"
          "        {\"pay_group\": \"A10\", \"kind\": \"beamte\", \"annual\": \"200.00\"},\n"
          "        {\"pay_group\": \"E9\", \"kind\": \"tarif\", \"annual\": \"90.00\"},\n"
          "        {\"pay_group\": \"E10\", \"kind\": \"tarif\", \"annual\": \"100.50\"}\n"
          "      ],\n"
          "      \"surcharges\": [\n"
          "        {\"id\": \"versorgung\", \"title\": \"Versorgungszuschlag\", \"percent\": "
          "\"12.5\", \"applies_to\": \"beamte\"},\n"
          "        {\"id\": \"sachkosten\", \"title\": \"Sachkostenpauschale\", \"annual\": "
          "\"10.00\", \"applies_to\": \"all\"}\n"
          "      ]\n"
          "    }\n"
          "  ]\n"
          "}\n");
}

TEST_CASE("the JSON listing records a period with label and range, and keeps sub-cent rates") {
    RatesTable table =
        bare_table("fine", "2005-01-01", "2005-12-31", {rate("E9", PayKind::tarif, "100.125")});
    const std::string json = rates_json({&table}, {std::nullopt, parse_period("2005-Q2")});
    CHECK(json.find("  \"period\": {\"label\": \"2005-Q2\", \"from\": \"2005-04-01\", \"to\": "
                    "\"2005-06-30\"},\n") != std::string::npos);
    CHECK(json.find("\"annual\": \"100.125\"") != std::string::npos);
    CHECK(json.find("\"surcharges\": []\n") != std::string::npos);
}

// --- German (--lang de) -----------------------------------------------------------

namespace {} // namespace

TEST_CASE("in German the table listing has German words, decimal commas and German dates") {
    const RatesTable table = sample_table();
    CHECK(rates_table({&table}, {Date::parse("2005-06-30"), std::nullopt}, Language::de) ==
          "Geltende Kostensatztabellen am 30.06.2005\n"
          "\n"
          "test-2005 (endgültig), gültig vom 01.01.2005 bis 31.12.2005\n"
          "  Testsätze 2005\n"
          "\n"
          "  Quellen\n"
          "    - Rundschreiben \"A\"\n"
          "      https://example.org/a\n"
          "    - Vermerk B\n"
          "\n"
          "  Besoldungs-/Entgeltgruppen, EUR je VZÄ und Jahr\n"
          "    Gruppe  Art                Jahresbetrag EUR  versorgung  sachkosten  Summe EUR\n"
          "    ------------------------------------------------------------------------------\n"
          "    A9      Beamte                       150,01       18,75       10,00     178,76\n"
          "    A10     Beamte                       200,00       25,00       10,00     235,00\n"
          "    E9      Tarifbeschäftigte             90,00           -       10,00     100,00\n"
          "    E10     Tarifbeschäftigte            100,50           -       10,00     110,50\n"
          "    Prozentuale Zuschläge und Summen sind auf Cent gerundet angezeigt; die "
          "Abrechnung verwendet die exakten Werte.\n"
          "\n"
          "  Zuschläge je VZÄ, zusätzlich zum Personalkostensatz\n"
          "    Kennung     Bezeichnung          Prozent  Jahresbetrag EUR  Gilt für\n"
          "    --------------------------------------------------------------------\n"
          "    versorgung  Versorgungszuschlag   12,5 %                    Beamte\n"
          "    sachkosten  Sachkostenpauschale                      10,00  alle\n");
}

TEST_CASE("in German amounts of a thousand euros and more have a point between thousands") {
    // The A9 rate of the Musterstadt placeholder table: 30 % of 41318.60 is
    // 12395.58, with 11070.00 of material costs the total is 64784.18.
    RatesTable table =
        bare_table("pks", "2005-01-01", "2005-12-31", {rate("A9", PayKind::beamte, "41318.60")});
    Surcharge versorgung;
    versorgung.id = "versorgung";
    versorgung.title = "Versorgungszuschlag";
    versorgung.percent = parse_decimal("30");
    versorgung.applies_to = AppliesTo::beamte;
    Surcharge sachkosten;
    sachkosten.id = "sachkosten";
    sachkosten.title = "Sachkostenpauschale";
    sachkosten.annual = parse_decimal("11070.00");
    sachkosten.applies_to = AppliesTo::all;
    table.surcharges = {versorgung, sachkosten};
    const std::string german = rates_table({&table}, {}, Language::de);
    CHECK(contains(german,
                   "    A9      Beamte         41.318,60   12.395,58   11.070,00  64.784,18\n"));
    CHECK(
        contains(german, "    sachkosten  Sachkostenpauschale                  11.070,00  alle\n"));
    // The same figures in English, unchanged.
    CHECK(contains(rates_table({&table}, {}),
                   "    A9         beamte    41318.60    12395.58    11070.00   64784.18\n"));
}

TEST_CASE("in German the listing names the period and the part of it a table covers") {
    const RatesTable table = sample_table();
    const std::string partly =
        rates_table({&table}, {std::nullopt, parse_period("2005-12-01..2006-01-31")}, Language::de);
    CHECK(partly.rfind("Geltende Kostensatztabellen im Zeitraum 01.12.2005 bis 31.01.2006\n"
                       "\n"
                       "test-2005 (endgültig), gültig vom 01.01.2005 bis 31.12.2005\n"
                       "  Testsätze 2005\n"
                       "  Gilt im Zeitraum nur vom 01.12.2005 bis 31.12.2005.\n"
                       "\n",
                       0) == 0);
    const std::string quarter =
        rates_table({&table}, {std::nullopt, parse_period("2005-Q2")}, Language::de);
    CHECK(quarter.rfind("Geltende Kostensatztabellen im 2. Quartal 2005 (01.04.2005 bis "
                        "30.06.2005)\n"
                        "\n"
                        "test-2005 (endgültig), gültig vom 01.01.2005 bis 31.12.2005\n"
                        "  Testsätze 2005\n"
                        "  Gilt für den ganzen Zeitraum.\n",
                        0) == 0);
    CHECK(rates_table({&table}, {std::nullopt, parse_period("2005")}, Language::de)
              .rfind("Geltende Kostensatztabellen im Jahr 2005 (01.01.2005 bis 31.12.2005)\n", 0) ==
          0);
    CHECK(rates_table({&table}, {std::nullopt, parse_period("2005-04")}, Language::de)
              .rfind("Geltende Kostensatztabellen im April 2005 (01.04.2005 bis 30.04.2005)\n",
                     0) == 0);
}

TEST_CASE("in German a flat-rate table without surcharges explains the star in German") {
    const RatesTable table =
        bare_table("flat", "2005-01-01", "2005-12-31", {rate("*", PayKind::any, "67400.00")});
    CHECK(rates_table({&table}, {}, Language::de) ==
          "Alle geladenen Kostensatztabellen\n"
          "\n"
          "flat (vorläufig), gültig vom 01.01.2005 bis 31.12.2005\n"
          "  Table flat\n"
          "\n"
          "  Quellen\n"
          "    - Source of flat\n"
          "\n"
          "  Besoldungs-/Entgeltgruppen, EUR je VZÄ und Jahr\n"
          "    Gruppe  Art   Jahresbetrag EUR\n"
          "    ------------------------------\n"
          "    *       alle         67.400,00\n"
          "    * = jede Besoldungs-/Entgeltgruppe, die diese Tabelle nicht aufführt\n"
          "\n"
          "  Zuschläge: keine\n");
}
