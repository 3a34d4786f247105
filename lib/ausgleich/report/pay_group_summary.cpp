#include "ausgleich/report/pay_group_summary.hpp"

#include "ausgleich/report/rates_report.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace ausgleich::report {

std::vector<PayGroupSum> summarize_by_pay_group(const Settlement& settlement) {
    std::map<std::tuple<std::string, std::string, std::string>, PayGroupSum> sums;
    for (const Line& line : settlement.lines) {
        PayGroupSum& sum = sums[{line.debtor, line.creditor, line.pay_group}];
        if (sum.staff == 0) {
            sum.debtor = line.debtor;
            sum.creditor = line.creditor;
            sum.employer = line.employer;
            sum.pay_group = line.pay_group;
        }
        ++sum.staff;
        sum.amount += line.amount;
    }
    std::vector<PayGroupSum> result;
    for (auto& [key, sum] : sums) {
        result.push_back(std::move(sum));
    }
    std::stable_sort(result.begin(), result.end(), [](const PayGroupSum& a, const PayGroupSum& b) {
        if (a.debtor != b.debtor || a.creditor != b.creditor) {
            return std::tie(a.debtor, a.creditor) < std::tie(b.debtor, b.creditor);
        }
        return natural_less(a.pay_group, b.pay_group);
    });
    return result;
}

} // namespace ausgleich::report
