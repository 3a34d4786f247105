// SPEC 5.2: the paid settlements must cover the true-up period; the status of
// a true-up is that of its rates; how much of a true-up payment is a refund.

#include "ausgleich/trueup.hpp"
#include "trueup_fixture.hpp"

#include <catch2/catch.hpp>

using namespace ausgleich;
using namespace ausgleich::test;

namespace {

DateRange days(const char* first, const char* last) {
    return DateRange{Date::parse(first), Date::parse(last)};
}

const DateRange k_year = days("2005-01-01", "2005-12-31");

DateRange q(int n) {
    return quarter(n).range;
}

RecordedSettlement paid_for(const char* period) {
    auto recorded = paid(1, {});
    recorded.path = std::string(period) + ".json";
    recorded.period = parse_period(period);
    return recorded;
}

} // namespace

TEST_CASE("four quarters cover the year exactly: nothing is uncovered", "[trueup][coverage]") {
    CHECK(uncovered(k_year, {q(1), q(2), q(3), q(4)}).empty());
    // In any order.
    CHECK(uncovered(k_year, {q(4), q(2), q(1), q(3)}).empty());
    CHECK(uncovered(k_year, {k_year}).empty());
}

TEST_CASE("a missing first, middle or last quarter is the uncovered range", "[trueup][coverage]") {
    CHECK(uncovered(k_year, {q(2), q(3), q(4)}) ==
          std::vector<DateRange>{days("2005-01-01", "2005-03-31")});
    CHECK(uncovered(k_year, {q(1), q(3), q(4)}) ==
          std::vector<DateRange>{days("2005-04-01", "2005-06-30")});
    CHECK(uncovered(k_year, {q(1), q(2), q(3)}) ==
          std::vector<DateRange>{days("2005-10-01", "2005-12-31")});
}

TEST_CASE("several gaps are listed in date order, a single day as a range of one day",
          "[trueup][coverage]") {
    // Q1 without its last day, Q3: uncovered are 2005-03-31, Q2 and Q4.
    // 2005-03-31 and Q2 touch: one range, not two.
    CHECK(
        uncovered(k_year, {q(3), days("2005-01-01", "2005-03-30")}) ==
        std::vector<DateRange>{days("2005-03-31", "2005-06-30"), days("2005-10-01", "2005-12-31")});
    CHECK(uncovered(k_year, {days("2005-01-01", "2005-06-29"), days("2005-07-01", "2005-12-31")}) ==
          std::vector<DateRange>{days("2005-06-30", "2005-06-30")});
}

TEST_CASE("overlapping and outside parts count only for their days inside the period",
          "[trueup][coverage]") {
    // Q1 and a half year overlap; a part reaching into 2006 covers December.
    CHECK(uncovered(k_year,
                    {q(1), days("2005-01-01", "2005-06-30"), days("2005-12-01", "2006-03-31")}) ==
          std::vector<DateRange>{days("2005-07-01", "2005-11-30")});
    // A part inside another adds nothing.
    CHECK(uncovered(k_year, {days("2005-01-01", "2005-12-30"), q(2)}) ==
          std::vector<DateRange>{days("2005-12-31", "2005-12-31")});
    // Nothing at all, or only 2004 and 2006: the whole year.
    CHECK(uncovered(k_year, {}) == std::vector<DateRange>{k_year});
    CHECK(uncovered(k_year, {days("2004-01-01", "2004-12-31"), days("2006-01-01", "2006-12-31")}) ==
          std::vector<DateRange>{k_year});
}

TEST_CASE("a true-up period with a missing quarter is refused naming the days, or warned with "
          "allow-gaps",
          "[trueup][coverage]") {
    const Settlement final_year = year({});
    const std::vector<RecordedSettlement> three = {paid_for("2005-Q1"), paid_for("2005-Q2"),
                                                   paid_for("2005-Q3")};
    Diagnostics refused;
    check_paid_coverage(final_year, three, "arge.yaml", Gaps::refuse, refused);
    CHECK(refused.error_count() == 1);
    CHECK(refused.format_all() ==
          "arge.yaml: error: no paid settlement covers 2005-10-01..2005-12-31 (92 days) of the "
          "true-up period 2005 (2005-01-01..2005-12-31); add the settlement for those days with "
          "--paid, or true up without it with --allow-gaps\n");

    Diagnostics allowed;
    check_paid_coverage(final_year, three, "arge.yaml", Gaps::allow, allowed);
    CHECK_FALSE(allowed.has_errors());
    CHECK(allowed.format_all() ==
          "arge.yaml: warning: no paid settlement covers 2005-10-01..2005-12-31 (92 days) of the "
          "true-up period 2005 (2005-01-01..2005-12-31); --allow-gaps: those days count as 0.00 "
          "paid\n");

    Diagnostics complete;
    check_paid_coverage(final_year, {paid_for("2005-Q1"), paid_for("2005-04-01..2005-12-31")},
                        "arge.yaml", Gaps::refuse, complete);
    CHECK(complete.all().empty());
}

TEST_CASE("one error per uncovered range, a single day named once", "[trueup][coverage]") {
    Diagnostics diagnostics;
    check_paid_coverage(year({}),
                        {paid_for("2005-01-02..2005-06-30"), paid_for("2005-07-01..2005-12-30")},
                        "arge.yaml", Gaps::refuse, diagnostics);
    CHECK(diagnostics.error_count() == 2);
    CHECK_THAT(diagnostics.format_all(),
               Catch::StartsWith("arge.yaml: error: no paid settlement covers 2005-01-01 (1 day) "
                                 "of the true-up period 2005"));
    CHECK_THAT(
        diagnostics.format_all(),
        Catch::Contains("\narge.yaml: error: no paid settlement covers 2005-12-31 (1 day) "));
}

TEST_CASE("a true-up is provisional as soon as one rates table behind it is provisional",
          "[trueup][status]") {
    RatesTable final_table;
    final_table.status = RatesStatus::final_rates;
    RatesTable provisional_table;
    provisional_table.status = RatesStatus::provisional;
    CHECK(result_status({final_table}) == RatesStatus::final_rates);
    CHECK(result_status({provisional_table}) == RatesStatus::provisional);
    CHECK(result_status({final_table, provisional_table}) == RatesStatus::provisional);
    CHECK(result_status({provisional_table, final_table}) == RatesStatus::provisional);
    // No table rated a day (no lines): nothing provisional in it.
    CHECK(result_status({}) == RatesStatus::final_rates);

    YearTrueup year_trueup;
    CHECK(year_trueup.trueup.status == RatesStatus::final_rates);
    year_trueup.final_year.rates_used = {final_table, provisional_table};
    const Trueup trueup = compute_trueup(year_trueup.final_year, {});
    CHECK(trueup.status == RatesStatus::provisional);
}

TEST_CASE("the net now is below the net paid: the partner that received it refunds the excess",
          "[trueup][net]") {
    // The Agentur paid the Kommune 18250.00 net; now it owes 18432.50 - 1858.40 =
    // 16574.10 net. The Kommune returns 1675.90: all of the payment is a refund.
    const YearTrueup year_trueup;
    REQUIRE(year_trueup.trueup.pairs.size() == 1);
    const TrueupPair& pair = year_trueup.trueup.pairs[0];
    CHECK(pair.debtor == "agentur");
    CHECK(pair.creditor == "kommune");
    CHECK(pair.amounts.final_amount == eur("16574.10"));
    CHECK(pair.amounts.paid == eur("18250.00"));
    CHECK(pair.amounts.difference == eur("-1675.90"));
    CHECK(pair.payment.debtor == "kommune");
    CHECK(pair.payment.amount == eur("1675.90"));
    CHECK(pair.refund == eur("1675.90"));
}

TEST_CASE("the net now is above the net paid: the payment is owed on top, no refund",
          "[trueup][net]") {
    const Settlement final_year = year({line("T01", "agentur", "kommune", "18432.50")});
    const Trueup trueup =
        compute_trueup(final_year, {paid(1, {{"T01", "4500.00"}}), paid(2, {{"T01", "4550.00"}}),
                                    paid(3, {{"T01", "4600.00"}}), paid(4, {{"T01", "4600.00"}})});
    REQUIRE(trueup.pairs.size() == 1);
    CHECK(trueup.pairs[0].debtor == "agentur");
    CHECK(trueup.pairs[0].amounts.difference == eur("182.50"));
    CHECK(trueup.pairs[0].payment.debtor == "agentur");
    CHECK(trueup.pairs[0].payment.amount == eur("182.50"));
    CHECK(trueup.pairs[0].refund == 0);
}

TEST_CASE("a net that changed direction is part refund, part owed now", "[trueup][net]") {
    // Paid: the Agentur paid the Kommune 500.00. Now the Kommune owes the Agentur
    // 200.00 and nothing goes the other way: it pays 700.00, 500.00 of it back.
    const Settlement final_year = year({line("T02", "kommune", "agentur", "200.00")});
    const Trueup trueup = compute_trueup(final_year, {paid(1, {{"T01", "500.00"}})});
    REQUIRE(trueup.pairs.size() == 1);
    const TrueupPair& pair = trueup.pairs[0];
    CHECK(pair.debtor == "kommune");
    CHECK(pair.creditor == "agentur");
    CHECK(pair.amounts.final_amount == eur("200.00"));
    CHECK(pair.amounts.paid == eur("-500.00"));
    CHECK(pair.amounts.difference == eur("700.00"));
    CHECK(pair.payment.debtor == "kommune");
    CHECK(pair.payment.amount == eur("700.00"));
    CHECK(pair.refund == eur("500.00"));
}

TEST_CASE("nothing owed now and nothing paid: a zero pair in byte order, no refund",
          "[trueup][net]") {
    const Trueup trueup = compute_trueup(year({}), {paid(1, {})});
    REQUIRE(trueup.pairs.size() == 1);
    CHECK(trueup.pairs[0].debtor == "agentur");
    CHECK(trueup.pairs[0].amounts.difference == 0);
    CHECK(trueup.pairs[0].payment.amount == 0);
    CHECK(trueup.pairs[0].refund == 0);
}
