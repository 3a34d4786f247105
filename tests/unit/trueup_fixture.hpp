#pragma once
// A year trued up against four paid quarters, built in memory (no files), for
// the true-up unit tests: the figures of the CLI cases in tests/cli/trueup/.

#include "ausgleich/period.hpp"
#include "ausgleich/rates.hpp"
#include "ausgleich/trueup.hpp"

#include <deque>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace ausgleich::test {

inline Rational eur(const char* text) {
    return parse_decimal(text);
}

inline Period quarter(int q) {
    return parse_period("2005-Q" + std::to_string(q));
}

inline Line line(const char* staff, const char* debtor, const char* creditor, const char* amount) {
    Line result;
    result.staff_id = staff;
    result.employer = creditor;
    result.pay_group = "E9";
    result.debtor = debtor;
    result.creditor = creditor;
    result.amount = eur(amount);
    return result;
}

inline RecordedSettlement paid(int q,
                               std::vector<std::pair<const char*, const char*>> kommune_lines) {
    RecordedSettlement recorded;
    recorded.path = "q" + std::to_string(q) + ".json";
    recorded.sha256 = "0123456789ab" + std::string(52, 'f');
    recorded.kind = "settlement";
    recorded.arge = "ARGE Test";
    recorded.period = quarter(q);
    Rational total = 0;
    for (const auto& [staff, amount] : kommune_lines) {
        recorded.lines.push_back(
            {staff, "kommune", "E9", "agentur", "kommune", 0, "", "", {}, eur(amount), {}});
        total += eur(amount);
    }
    recorded.totals.push_back({"agentur", "kommune", total, std::nullopt, {}});
    return recorded;
}

inline Settlement year(std::deque<Line> lines) {
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

// The true-up of the first test case: T01 18432.50 now, 18250.00 paid in four
// quarters; T02 1858.40 now, nothing paid. Net: the Kommune pays 1675.90.
struct YearTrueup {
    Settlement final_year = year({line("T01", "agentur", "kommune", "18432.50"),
                                  line("T02", "kommune", "agentur", "1858.40")});
    Trueup trueup =
        compute_trueup(final_year, {paid(1, {{"T01", "4500.00"}}), paid(2, {{"T01", "4550.00"}}),
                                    paid(3, {{"T01", "4600.00"}}), paid(4, {{"T01", "4600.00"}})});
    Arge arge;

    YearTrueup() {
        RatesTable final_rates;
        final_rates.id = "r2005-final";
        final_rates.title = "Test rates 2005";
        final_rates.status = RatesStatus::final_rates;
        final_year.rates_used = {final_rates};
        arge.name = "ARGE Test";
        arge.partners = {{"agentur", "Agentur für Arbeit Test", std::nullopt, {}},
                         {"kommune", "Stadt Test", std::nullopt, {}}};
    }

    /// The rates table of `final_year`: the settlement holds a copy of each table used.
    RatesTable& final_rates() { return final_year.rates_used.front(); }
};

} // namespace ausgleich::test
