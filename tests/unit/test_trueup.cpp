#include "ausgleich/trueup.hpp"

#include <catch2/catch.hpp>
#include <map>

using namespace ausgleich;

namespace {

Rational eur(const char* text) {
    return parse_decimal(text);
}

Period quarter(int q) {
    return parse_period("2005-Q" + std::to_string(q));
}

Line line(const char* staff, const char* debtor, const char* creditor, const char* amount) {
    Line result;
    result.staff_id = staff;
    result.employer = creditor;
    result.pay_group = "E9";
    result.debtor = debtor;
    result.creditor = creditor;
    result.amount = eur(amount);
    return result;
}

io::RecordedSettlement paid(int q, std::vector<std::pair<const char*, const char*>> kommune_lines) {
    io::RecordedSettlement recorded;
    recorded.path = "q" + std::to_string(q) + ".json";
    recorded.kind = "settlement";
    recorded.arge = "ARGE Test";
    recorded.period = quarter(q);
    Rational total = 0;
    for (const auto& [staff, amount] : kommune_lines) {
        recorded.lines.push_back(
            {staff, "kommune", "E9", "agentur", "kommune", 0, "", "", eur(amount)});
        total += eur(amount);
    }
    recorded.totals.push_back({"agentur", "kommune", total});
    return recorded;
}

Settlement year(std::vector<Line> lines) {
    Settlement settlement{"ARGE Test", parse_period("2005"), Policy{}, std::move(lines), {}, {},
                          {}};
    std::map<std::pair<std::string, std::string>, Rational> totals;
    for (const auto& l : settlement.lines) {
        totals[{l.debtor, l.creditor}] += l.amount;
    }
    for (const auto& [pair, amount] : totals) {
        settlement.totals.push_back(Total{pair.first, pair.second, amount, amount, std::nullopt});
    }
    return settlement;
}

} // namespace

TEST_CASE("a true-up subtracts the paid quarters per line, per direction and in the net",
          "[trueup]") {
    // T01: four provisional quarters of 4500.00 + 4550.00 + 4600.00 + 4600.00 = 18250.00
    // paid; the final year is 18432.50: 182.50 more. T02 appears only in the final
    // data: 1858.40, owed by the Kommune. Net: 1858.40 - 182.50 = 1675.90 from the
    // Kommune to the Agentur.
    const std::vector<io::RecordedSettlement> quarters = {
        paid(1, {{"T01", "4500.00"}}), paid(2, {{"T01", "4550.00"}}), paid(3, {{"T01", "4600.00"}}),
        paid(4, {{"T01", "4600.00"}})};
    const Settlement final_year = year({line("T01", "agentur", "kommune", "18432.50"),
                                        line("T02", "kommune", "agentur", "1858.40")});
    const Trueup trueup = compute_trueup(final_year, quarters, {"kommune", "agentur"});

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
    const Trueup trueup =
        compute_trueup(year({}), {paid(1, {{"T03", "100.00"}})}, {"agentur", "kommune"});
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
