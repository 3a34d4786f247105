// German presentation (issue 4): number, date and period formats a German
// reader expects, and the English forms, which must not change.

#include "ausgleich/report/language.hpp"
#include "ausgleich/report/messages.hpp"
#include "ausgleich/report/statement_text.hpp"

#include <catch2/catch.hpp>
#include <stdexcept>

using namespace ausgleich;
using namespace ausgleich::report;

TEST_CASE("German amounts group thousands with '.' and use a decimal comma", "[language]") {
    CHECK(money_text(parse_decimal("51276.12"), Language::de) == "51.276,12");
    CHECK(money_text(parse_decimal("109229.59"), Language::de) == "109.229,59");
    CHECK(money_text(parse_decimal("1234567.5"), Language::de) == "1.234.567,50");
    CHECK(money_text(parse_decimal("999.99"), Language::de) == "999,99");
    CHECK(money_text(parse_decimal("0.05"), Language::de) == "0,05");
    CHECK(money_text(parse_decimal("-9033.75"), Language::de) == "-9.033,75");
    CHECK(money_text(parse_decimal("-100"), Language::de) == "-100,00");
}

TEST_CASE("English amounts stay as JSON writes them", "[language]") {
    CHECK(money_text(parse_decimal("51276.12"), Language::en) == "51276.12");
    CHECK(money_text(parse_decimal("-9033.75"), Language::en) == "-9033.75");
}

TEST_CASE("localize_decimal groups only when asked and keeps every digit", "[language]") {
    CHECK(localize_decimal("0.5065", Language::de) == "0,5065");
    CHECK(localize_decimal("1", Language::de) == "1");
    CHECK(localize_decimal("12345", Language::de) == "12345");
    CHECK(localize_decimal("12345", Language::de, true) == "12.345");
    CHECK(localize_decimal("-123456.789", Language::de, true) == "-123.456,789");
    CHECK(localize_decimal("0.164835", Language::en) == "0.164835");
}

TEST_CASE("German dates are day.month.year with two-digit day and month", "[language]") {
    CHECK(date_text(Date(2005, 6, 30), Language::de) == "30.06.2005");
    CHECK(date_text(Date(2005, 1, 2), Language::de) == "02.01.2005");
    CHECK(date_text(Date(2005, 1, 2), Language::en) == "2005-01-02");
}

TEST_CASE("every period form has a German name and a phrase after 'für'", "[language]") {
    const Period quarter = parse_period("2005-Q2");
    CHECK(period_name(quarter, Language::de) == "2. Quartal 2005");
    CHECK(for_period(quarter, Language::de) == "für das 2. Quartal 2005");
    CHECK(period_with_range(quarter, Language::de) ==
          "2. Quartal 2005 (01.04.2005 bis 30.06.2005)");

    const Period march = parse_period("2005-03");
    CHECK(period_name(march, Language::de) == "März 2005");
    CHECK(for_period(march, Language::de) == "für März 2005");

    const Period year = parse_period("2005");
    CHECK(period_name(year, Language::de) == "2005");
    CHECK(for_period(year, Language::de) == "für das Jahr 2005");

    const Period range = parse_period("2005-12-01..2006-01-31");
    CHECK(period_name(range, Language::de) == "01.12.2005 bis 31.01.2006");
    CHECK(for_period(range, Language::de) == "für den Zeitraum 01.12.2005 bis 31.01.2006");
    CHECK(period_with_range(range, Language::de) == "01.12.2005 bis 31.01.2006");
}

TEST_CASE("English period names are the label the user gave", "[language]") {
    CHECK(period_name(parse_period("2005-Q2"), Language::en) == "2005-Q2");
    CHECK(for_period(parse_period("2005"), Language::en) == "for 2005");
    CHECK(period_with_range(parse_period("2005-Q2"), Language::en) ==
          "2005-Q2 (2005-04-01 to 2005-06-30)");
}

// That every id has a German text is tests/unit/report/test_messages.cpp's.
TEST_CASE("a catalogue word is looked up by its id in either language", "[language]") {
    CHECK(text(Language::de, Msg::net_payment) == "Ausgleichszahlung");
    CHECK(text(Language::en, Msg::net_payment) == "Net payment");
}

TEST_CASE("the net payment sentence in German", "[language]") {
    Arge arge;
    arge.partners = {Partner{"agentur", "Agentur für Arbeit Musterstadt", std::nullopt, {}},
                     Partner{"kommune", "Stadt Musterstadt", std::nullopt, {}}};
    const Period quarter = parse_period("2005-Q2");
    CHECK(net_sentence({"agentur", "kommune", parse_decimal("51276.12")}, arge, quarter,
                       Language::de) ==
          "Agentur für Arbeit Musterstadt (agentur) zahlt an Stadt Musterstadt (kommune) "
          "51.276,12 EUR für das 2. Quartal 2005.");
    CHECK(net_sentence({"agentur", "kommune", 0}, arge, quarter, Language::de) ==
          "Agentur für Arbeit Musterstadt (agentur) und Stadt Musterstadt (kommune) schulden "
          "einander nichts für das 2. Quartal 2005.");
    CHECK(net_sentence({"agentur", "kommune", parse_decimal("51276.12")}, arge, quarter,
                       Language::en) ==
          "Agentur für Arbeit Musterstadt (agentur) pays Stadt Musterstadt (kommune) 51276.12 EUR "
          "for 2005-Q2.");
}

TEST_CASE("the policy sentence in German names each choice", "[language]") {
    Policy policy;
    CHECK(policy_sentence(policy, Language::de) ==
          "anteilig nach Kalendertagen, VZÄ auf 4 Nachkommastellen gerundet, Rundung "
          "kaufmännisch (half-up) je Zeile");
    policy.proration = Proration::months;
    policy.fte_decimals.reset();
    policy.rounding = RoundingMode::half_even;
    policy.round = RoundingPolicy::per_total;
    CHECK(policy_sentence(policy, Language::de) ==
          "anteilig nach Kalendermonaten, VZÄ ungerundet, Rundung mathematisch (half-even) je "
          "Summe");
}
