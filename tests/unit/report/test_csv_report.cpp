// CSV in both dialects: rfc4180 for programs, excel-de for German spreadsheets.

#include "../settlement_fixture.hpp"
#include "ausgleich/report/csv_report.hpp"

#include <catch2/catch.hpp>

using namespace ausgleich;
using namespace ausgleich::report;
using ausgleich::test::arge_yaml;
using ausgleich::test::k_sgb2_catalog;
using ausgleich::test::rates_yaml;
using ausgleich::test::SettlementFixture;

namespace {

// One Kommune employee, A9 at 43800.00 a year (120.00 a day), 19.5 of 39 hours
// (FTE 0.5), 50 % alg2 in 2005-Q2: 91 × 120.00 × 0.5 × 0.5 = 2730.00.
Settlement one_line(SettlementFixture& fixture) {
    fixture.add_tasks(k_sgb2_catalog);
    fixture.add_rates(rates_yaml("r2005", "2005-01-01", "2005-12-31",
                                 "  A9: { kind: beamte, annual: 43800.00 }\n"));
    fixture.load_arge(arge_yaml(
        "  - { id: K1, employer: kommune, pay_group: A9, full_time_hours: 39, assignments: "
        "[ { from: 2005-01-01, weekly_hours: 19.5, tasks: { alg2: 50, kdu: 50 } } ] }\n"));
    return fixture.settle_ok("2005-Q2");
}

} // namespace

TEST_CASE("rfc4180 CSV: field names, commas, decimal points, CRLF", "[csv]") {
    SettlementFixture fixture;
    CHECK(settlement_csv({one_line(fixture), fixture.arge(), {}, {}}) ==
          "staff_id,employer,pay_group,debtor,creditor,days,fte,share,amount\r\n"
          "K1,kommune,A9,agentur,kommune,91,0.5000,0.5,2730.00\r\n");
}

TEST_CASE("excel-de CSV: BOM, semicolons, decimal commas, German titles, CRLF", "[csv]") {
    SettlementFixture fixture;
    CHECK(settlement_csv({one_line(fixture), fixture.arge(), {}, {}},
                         {Detail::lines, Language::de, CsvDialect::excel_de}) ==
          "\xEF\xBB\xBF"
          "Personal-Nr.;Arbeitgeber;Gruppe;Schuldner;Gläubiger;Tage;VZÄ;Anteil;Betrag EUR\r\n"
          "K1;kommune;A9;agentur;kommune;91;0,5000;0,5;2730,00\r\n");
}

TEST_CASE("excel-de CSV with --lang en keeps the dialect and titles the columns in English",
          "[csv]") {
    SettlementFixture fixture;
    const std::string csv = settlement_csv({one_line(fixture), fixture.arge(), {}, {}},
                                           {Detail::lines, Language::en, CsvDialect::excel_de});
    CHECK(csv.rfind("\xEF\xBB\xBF"
                    "Staff;Employer;Pay group;Debtor;Creditor;Days;FTE;Share;Amount EUR\r\n",
                    0) == 0);
    CHECK(csv.find("0,5000;0,5;2730,00\r\n") != std::string::npos);
}

TEST_CASE("aggregated CSV has no staff ids", "[csv]") {
    SettlementFixture fixture;
    const Settlement settlement = one_line(fixture);
    CHECK(settlement_csv({settlement, fixture.arge(), {}, {}}, {Detail::by_pay_group}) ==
          "debtor,creditor,employer,pay_group,staff,amount\r\n"
          "agentur,kommune,kommune,A9,1,2730.00\r\n");
    CHECK(settlement_csv({settlement, fixture.arge(), {}, {}},
                         {Detail::by_pay_group, Language::de, CsvDialect::excel_de}) ==
          "\xEF\xBB\xBF"
          "Schuldner;Gläubiger;Arbeitgeber;Gruppe;Beschäftigte;Betrag EUR\r\n"
          "agentur;kommune;kommune;A9;1;2730,00\r\n");
}

TEST_CASE("fields are quoted when they hold the dialect's separator, a quote or a line break",
          "[csv]") {
    CHECK(csv_field("a,b") == "\"a,b\"");
    CHECK(csv_field("a;b") == "a;b");
    CHECK(csv_field("a;b", ';') == "\"a;b\"");
    CHECK(csv_field("a,b", ';') == "a,b");
    CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_field("two\nlines") == "\"two\nlines\"");
}

TEST_CASE("excel-de defuses text a spreadsheet would run as a formula, not negative numbers",
          "[csv]") {
    CsvWriter csv(CsvDialect::excel_de);
    csv.text("=HYPERLINK(\"x\")");
    csv.text("@SUM(A1)");
    csv.number("-9033.75");
    csv.end_row();
    CHECK(csv.str() == "\xEF\xBB\xBF"
                       "\"'=HYPERLINK(\"\"x\"\")\";'@SUM(A1);-9033,75\r\n");

    CsvWriter plain(CsvDialect::rfc4180);
    plain.text("=1+1");
    plain.end_row();
    CHECK(plain.str() == "=1+1\r\n"); // rfc4180 is for programs: the data as it is
}

TEST_CASE("dialect names", "[csv]") {
    CHECK(parse_csv_dialect("rfc4180") == CsvDialect::rfc4180);
    CHECK(parse_csv_dialect("excel-de") == CsvDialect::excel_de);
    CHECK_THROWS(parse_csv_dialect("excel"));
}
