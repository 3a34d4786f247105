#include "ausgleich/report/pay_group_summary.hpp"

#include "ausgleich/report/rates_report.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace ausgleich::report {

namespace {

// Sums `lines` (settlement or true-up lines) per debtor, creditor and pay
// group with `add(sum, line)`, sorted by debtor, creditor, then pay group in
// natural order.
template <class Sum, class Lines, class Add>
std::vector<Sum> sum_by_pay_group(const Lines& lines, Add add) {
    std::map<std::tuple<std::string, std::string, std::string>, Sum> sums;
    for (const auto& line : lines) {
        Sum& sum = sums[{line.debtor, line.creditor, line.pay_group}];
        if (sum.staff == 0) {
            sum.debtor = line.debtor;
            sum.creditor = line.creditor;
            sum.employer = line.employer;
            sum.pay_group = line.pay_group;
        }
        ++sum.staff;
        add(sum, line);
    }
    std::vector<Sum> result;
    for (auto& [key, sum] : sums) {
        result.push_back(std::move(sum));
    }
    std::stable_sort(result.begin(), result.end(), [](const Sum& a, const Sum& b) {
        if (a.debtor != b.debtor || a.creditor != b.creditor) {
            return std::tie(a.debtor, a.creditor) < std::tie(b.debtor, b.creditor);
        }
        return natural_less(a.pay_group, b.pay_group);
    });
    return result;
}

} // namespace

std::vector<PayGroupSum> summarize_by_pay_group(const Settlement& settlement) {
    return sum_by_pay_group<PayGroupSum>(
        settlement.lines, [](PayGroupSum& sum, const Line& line) { sum.amount += line.amount; });
}

std::vector<TrueupPayGroupSum> summarize_by_pay_group(const Trueup& trueup) {
    return sum_by_pay_group<TrueupPayGroupSum>(
        trueup.lines, [](TrueupPayGroupSum& sum, const TrueupLine& line) {
            sum.amounts.final_amount += line.amounts.final_amount;
            sum.amounts.paid += line.amounts.paid;
            sum.amounts.difference += line.amounts.difference;
        });
}

} // namespace ausgleich::report
