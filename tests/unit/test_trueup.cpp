#include "ausgleich/report/trueup_report.hpp"
#include "ausgleich/report/trueup_text.hpp"
#include "ausgleich/trueup.hpp"
#include "trueup_fixture.hpp"

#include <catch2/catch.hpp>

using namespace ausgleich;
using report::CsvDialect;
using report::Detail;
using report::Language;
using namespace ausgleich::test;

TEST_CASE("a true-up subtracts the paid quarters per line, per direction and in the net",
          "[trueup]") {
    // T01: four provisional quarters of 4500.00 + 4550.00 + 4600.00 + 4600.00 = 18250.00
    // paid; the final year is 18432.50: 182.50 more. T02 appears only in the final
    // data: 1858.40, owed by the Kommune. Net: 1858.40 - 182.50 = 1675.90 from the
    // Kommune to the Agentur.
    const std::vector<RecordedSettlement> quarters = {
        paid(1, {{"T01", "4500.00"}}), paid(2, {{"T01", "4550.00"}}), paid(3, {{"T01", "4600.00"}}),
        paid(4, {{"T01", "4600.00"}})};
    const Settlement final_year = year({line("T01", "agentur", "kommune", "18432.50"),
                                        line("T02", "kommune", "agentur", "1858.40")});
    const Trueup trueup = compute_trueup(final_year, quarters);

    REQUIRE(trueup.lines.size() == 2);
    CHECK(trueup.lines[0].staff_id == "T01");
    CHECK(trueup.lines[0].amounts.paid == eur("18250.00"));
    CHECK(trueup.lines[0].amounts.difference == eur("182.50"));
    CHECK(trueup.lines[1].staff_id == "T02");
    CHECK(trueup.lines[1].amounts.paid == 0);
    CHECK(trueup.lines[1].amounts.difference == eur("1858.40"));

    REQUIRE(trueup.totals.size() == 2);
    CHECK(trueup.totals[0].debtor == "agentur");
    CHECK(trueup.totals[0].amounts.difference == eur("182.50"));
    CHECK(trueup.totals[1].debtor == "kommune");
    CHECK(trueup.totals[1].amounts.difference == eur("1858.40"));

    REQUIRE(trueup.net.size() == 1);
    CHECK(trueup.net[0].debtor == "kommune");
    CHECK(trueup.net[0].creditor == "agentur");
    CHECK(trueup.net[0].amount == eur("1675.90"));
}

TEST_CASE("a line paid before but absent now is refunded as a negative difference", "[trueup]") {
    // T03 was paid 100.00 (Agentur to Kommune) in Q1 and has no line now: -100.00.
    // Net agentur/kommune: -100.00 - 0.00 < 0, so the Kommune pays the Agentur 100.00 back.
    const Trueup trueup = compute_trueup(year({}), {paid(1, {{"T03", "100.00"}})});
    REQUIRE(trueup.lines.size() == 1);
    CHECK(trueup.lines[0].amounts.final_amount == 0);
    CHECK(trueup.lines[0].amounts.difference == eur("-100.00"));
    REQUIRE(trueup.net.size() == 1);
    CHECK(trueup.net[0].debtor == "kommune");
    CHECK(trueup.net[0].creditor == "agentur");
    CHECK(trueup.net[0].amount == eur("100.00"));
}

TEST_CASE("paid settlements of another ARGE, outside the period or overlapping are refused",
          "[trueup]") {
    const Settlement final_year = year({});
    auto other = paid(1, {});
    other.arge = "ARGE Anderswo";
    auto outside = paid(1, {});
    outside.period = parse_period("2006-Q1");
    const auto first = paid(2, {});
    auto overlapping = paid(2, {});
    overlapping.period = parse_period("2005-06");

    Diagnostics diagnostics;
    check_paid_settlements(final_year, {other, outside, first, overlapping}, diagnostics);
    const std::string text = diagnostics.format_all();
    CHECK(diagnostics.error_count() == 3);
    CHECK_THAT(text,
               Catch::Contains("q1.json: error: paid settlement is for ARGE 'ARGE Anderswo'"));
    CHECK_THAT(text, Catch::Contains("paid period 2006-Q1 (2006-01-01..2006-03-31) is not inside"));
    CHECK_THAT(text,
               Catch::Contains("paid period 2005-06 (2005-06-01..2005-06-30) overlaps q2.json "
                               "(2005-Q2) on 2005-06-01..2005-06-30"));
}

TEST_CASE("the German true-up table has German words, numbers, dates and period names",
          "[trueup][report]") {
    const YearTrueup year_trueup;
    CHECK(
        report::trueup_table({year_trueup.final_year, year_trueup.trueup, year_trueup.arge, {}, {}},
                             {Detail::lines, Language::de}) ==
        "Spitzabrechnung ARGE Test, 2005 (01.01.2005 bis 31.12.2005)\n"
        "Kostensätze jetzt: r2005-final (endgültig) Test rates 2005\n"
        "Bereits gezahlt:\n"
        "  q1.json (1. Quartal 2005, sha256 0123456789ab…)\n"
        "  q2.json (2. Quartal 2005, sha256 0123456789ab…)\n"
        "  q3.json (3. Quartal 2005, sha256 0123456789ab…)\n"
        "  q4.json (4. Quartal 2005, sha256 0123456789ab…)\n"
        "\n"
        "Personal-Nr.  Arbeitgeber  Gruppe  Schuldner  Endgültig EUR  Gezahlt EUR  Differenz EUR\n"
        "---------------------------------------------------------------------------------------\n"
        "T01           kommune      E9      agentur        18.432,50    18.250,00         182,50\n"
        "T02           agentur      E9      kommune         1.858,40         0,00       1.858,40\n"
        "\n"
        "Summen je Zahlungsrichtung\n"
        "  Schuldner  Gläubiger  Endgültig EUR  Gezahlt EUR  Differenz EUR\n"
        "  ---------------------------------------------------------------\n"
        "  agentur    kommune        18.432,50    18.250,00         182,50\n"
        "  kommune    agentur         1.858,40         0,00       1.858,40\n"
        "\n"
        "Ausgleichszahlung aus der Spitzabrechnung\n"
        "  Stadt Test (kommune) zahlt an Agentur für Arbeit Test (agentur) 1.675,90 EUR zurück, "
        "die für das Jahr 2005 zu viel gezahlt wurden.\n");
}

TEST_CASE("the English true-up table keeps its wording", "[trueup][report]") {
    const YearTrueup year_trueup;
    const std::string table = report::trueup_table(
        {year_trueup.final_year, year_trueup.trueup, year_trueup.arge, {}, {}});
    CHECK(table.rfind("True-up ARGE Test, 2005 (2005-01-01 to 2005-12-31)\n"
                      "Rates now: r2005-final (final) Test rates 2005\n"
                      "Already paid:\n"
                      "  q1.json (2005-Q1, sha256 0123456789ab…)\n",
                      0) == 0);
    CHECK_THAT(table, Catch::Contains("T01    kommune   E9         agentur   18432.50  18250.00"
                                      "          182.50\n"));
    CHECK_THAT(table, Catch::EndsWith("Net true-up payment\n"
                                      "  Stadt Test (kommune) refunds Agentur für Arbeit Test "
                                      "(agentur) 1675.90 EUR overpaid for 2005.\n"));
}

TEST_CASE("a true-up that matches what was paid says nobody owes more, in either language",
          "[trueup][report]") {
    // 100.00 paid in Q1, 100.00 now: the difference and the net are 0.00.
    YearTrueup nothing_more;
    nothing_more.final_year = year({line("T01", "agentur", "kommune", "100.00")});
    nothing_more.trueup = compute_trueup(nothing_more.final_year, {paid(1, {{"T01", "100.00"}})});
    const auto table = [&](Language language) {
        return report::trueup_table(
            {nothing_more.final_year, nothing_more.trueup, nothing_more.arge, {}, {}},
            {Detail::lines, language});
    };
    CHECK_THAT(table(Language::en),
               Catch::EndsWith("  Agentur für Arbeit Test (agentur) and Stadt Test (kommune) owe "
                               "each other nothing more for 2005.\n"));
    CHECK_THAT(table(Language::de),
               Catch::EndsWith("  Agentur für Arbeit Test (agentur) und Stadt Test (kommune) "
                               "schulden einander für das Jahr 2005 nichts mehr.\n"));
}

TEST_CASE("true-up CSV: rfc4180 by default, excel-de with German titles and decimal commas",
          "[trueup][csv]") {
    const YearTrueup year_trueup;
    CHECK(report::trueup_csv(
              {year_trueup.final_year, year_trueup.trueup, year_trueup.arge, {}, {}}) ==
          "staff_id,employer,pay_group,debtor,creditor,final,paid,amount,status\r\n"
          "T01,kommune,E9,agentur,kommune,18432.50,18250.00,182.50,final\r\n"
          "T02,agentur,E9,kommune,agentur,1858.40,0.00,1858.40,final\r\n");
    // --lang does not change the rfc4180 dialect: it is for programs.
    CHECK(
        report::trueup_csv({year_trueup.final_year, year_trueup.trueup, year_trueup.arge, {}, {}},
                           {Detail::lines, Language::de, CsvDialect::rfc4180}) ==
        report::trueup_csv({year_trueup.final_year, year_trueup.trueup, year_trueup.arge, {}, {}}));
    CHECK(report::trueup_csv({year_trueup.final_year, year_trueup.trueup, year_trueup.arge, {}, {}},
                             {Detail::lines, Language::de, CsvDialect::excel_de}) ==
          "\xEF\xBB\xBF"
          "Personal-Nr.;Arbeitgeber;Gruppe;Schuldner;Gläubiger;Endgültig EUR;Gezahlt EUR;"
          "Differenz EUR;Status\r\n"
          "T01;kommune;E9;agentur;kommune;18432,50;18250,00;182,50;endgültig\r\n"
          "T02;agentur;E9;kommune;agentur;1858,40;0,00;1858,40;endgültig\r\n");
    CHECK(report::trueup_csv({year_trueup.final_year, year_trueup.trueup, year_trueup.arge, {}, {}},
                             {Detail::lines, Language::en, CsvDialect::excel_de})
              .rfind("\xEF\xBB\xBF"
                     "Staff;Employer;Pay group;Debtor;Creditor;Final EUR;Paid EUR;Difference EUR;"
                     "Status\r\n",
                     0) == 0);
}

TEST_CASE("a negative difference stays a number in excel-de CSV", "[trueup][csv]") {
    // T03: 100.00 paid, nothing now: -100.00. A text cell starting with '-' would
    // get an apostrophe against formula injection; a number must not.
    const Settlement nothing_now = year({});
    const Trueup trueup = compute_trueup(nothing_now, {paid(1, {{"T03", "100.00"}})});
    const Arge arge;
    const std::string csv = report::trueup_csv({nothing_now, trueup, arge, {}, {}},
                                               {Detail::lines, Language::de, CsvDialect::excel_de});
    CHECK_THAT(csv, Catch::EndsWith(
                        "\r\nT03;kommune;E9;agentur;kommune;0,00;100,00;-100,00;endgültig\r\n"));
}

TEST_CASE("a true-up with provisional rates is labelled provisional in table, CSV and JSON",
          "[trueup][status]") {
    YearTrueup provisional;
    provisional.final_rates().status = RatesStatus::provisional;
    provisional.trueup = compute_trueup(provisional.final_year, {});
    REQUIRE(provisional.trueup.status == RatesStatus::provisional);
    const auto table = [&](Language language) {
        return report::trueup_table(
            {provisional.final_year, provisional.trueup, provisional.arge, {}, {}},
            {Detail::lines, language});
    };
    const std::string en = table(Language::en);
    CHECK_THAT(en, Catch::StartsWith("True-up ARGE Test, 2005 (2005-01-01 to 2005-12-31), "
                                     "provisional\n"));
    CHECK_THAT(en, Catch::Contains("Provisional EUR"));
    CHECK_THAT(en, Catch::Contains("\nNet true-up payment (provisional)\n"));
    CHECK_THAT(en, Catch::Contains("rates table r2005-final is provisional"));
    CHECK_THAT(en, !Catch::Contains("Final EUR"));
    const std::string de = table(Language::de);
    CHECK_THAT(de, Catch::StartsWith("Spitzabrechnung ARGE Test, 2005 (01.01.2005 bis 31.12.2005), "
                                     "vorläufig\n"));
    CHECK_THAT(de, Catch::Contains("Vorläufig EUR"));
    CHECK_THAT(de, Catch::Contains("\nAusgleichszahlung aus der Spitzabrechnung (vorläufig)\n"));
    CHECK_THAT(de, !Catch::Contains("Endgültig"));

    CHECK_THAT(
        report::trueup_csv({provisional.final_year, provisional.trueup, provisional.arge, {}, {}}),
        Catch::EndsWith(",final,paid,amount,status\r\n"
                        "T01,kommune,E9,agentur,kommune,18432.50,0.00,18432.50,"
                        "provisional\r\n"
                        "T02,agentur,E9,kommune,agentur,1858.40,0.00,1858.40,"
                        "provisional\r\n"));
    CHECK_THAT(
        report::trueup_csv({provisional.final_year, provisional.trueup, provisional.arge, {}, {}},
                           {Detail::lines, Language::de, CsvDialect::excel_de}),
        Catch::Contains(";Vorläufig EUR;Gezahlt EUR;Differenz EUR;Status\r\n"
                        "T01;kommune;E9;agentur;kommune;18432,50;0,00;18432,50;"
                        "vorläufig\r\n"));
    CHECK_THAT(
        report::trueup_json({provisional.final_year, provisional.trueup, provisional.arge, {}, {}}),
        Catch::Contains("\n  \"status\": \"provisional\",\n  \"paid\": ["));
}

TEST_CASE("a true-up payment is worded as an additional payment, a refund, both, or nothing",
          "[trueup][report]") {
    const Arge arge = YearTrueup().arge;
    const Period year_2005 = parse_period("2005");
    TrueupPair pair;
    pair.payment = NetPayment{"agentur", "kommune", eur("182.50")};
    const auto both = [&](Language language) {
        return report::net_trueup_sentence(pair, arge, year_2005, language);
    };
    CHECK(both(Language::en) ==
          "Agentur für Arbeit Test (agentur) pays Stadt Test (kommune) 182.50 EUR more for 2005.");
    CHECK(both(Language::de) == "Agentur für Arbeit Test (agentur) zahlt an Stadt Test (kommune) "
                                "zusätzlich 182,50 EUR für das Jahr 2005.");

    pair.payment = NetPayment{"kommune", "agentur", eur("10892.15")};
    pair.refund = eur("10892.15");
    CHECK(both(Language::en) == "Stadt Test (kommune) refunds Agentur für Arbeit Test (agentur) "
                                "10892.15 EUR overpaid for 2005.");
    CHECK(both(Language::de) == "Stadt Test (kommune) zahlt an Agentur für Arbeit Test (agentur) "
                                "10.892,15 EUR zurück, die für das Jahr 2005 zu viel gezahlt "
                                "wurden.");

    pair.payment = NetPayment{"kommune", "agentur", eur("700.00")};
    pair.refund = eur("500.00");
    CHECK(both(Language::en) == "Stadt Test (kommune) pays Agentur für Arbeit Test (agentur) "
                                "700.00 EUR for 2005: 500.00 EUR refunded overpayment and 200.00 "
                                "EUR more.");
    CHECK(both(Language::de) == "Stadt Test (kommune) zahlt an Agentur für Arbeit Test (agentur) "
                                "700,00 EUR für das Jahr 2005, davon 500,00 EUR Rückzahlung zu "
                                "viel gezahlter Beträge und 200,00 EUR zusätzlich.");

    pair.payment = NetPayment{"agentur", "kommune", eur("0")};
    pair.refund = 0;
    CHECK(both(Language::de) == "Agentur für Arbeit Test (agentur) und Stadt Test (kommune) "
                                "schulden einander für das Jahr 2005 nichts mehr.");
}
