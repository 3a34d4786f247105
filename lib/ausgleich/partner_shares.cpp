#include "ausgleich/partner_shares.hpp"

#include "ausgleich/fixed_point.hpp"
#include "ausgleich/fixed_point_lines.hpp"

#include <algorithm>
#include <map>

namespace ausgleich {

// SPEC 4 step 3 for one task code k and one owner O: pct(k)/100 × ownerpct(k, O)/100.
Rational task_share_of_owner(const TaskShare& task_share, const Rational& owner_percent) {
    return task_share.percent * owner_percent / 10000;
}

// SPEC 4 step 3: share(O) = Σ_k pct(k)/100 × ownerpct(k, O)/100, for every
// partner with a share above zero, in byte order of the partner ids.
std::vector<PartnerShare> rational_partner_shares(const Assignment& assignment,
                                                  const TaskLookup& tasks) {
    std::map<std::string, Rational> by_partner;
    for (const auto& task_share : assignment.tasks) {
        const Task* task = tasks.find(task_share.code);
        if (task == nullptr) {
            continue; // reported by check_arge_against_rules
        }
        for (const auto& owner : task->owners) {
            by_partner[owner.partner] += task_share_of_owner(task_share, owner.percent);
        }
    }
    std::vector<PartnerShare> shares;
    for (auto& [partner, share] : by_partner) {
        if (share.sign() > 0) {
            shares.push_back(PartnerShare{partner, std::move(share)});
        }
    }
    return shares;
}

namespace {

struct FixedPartnerSum {
    const std::string* partner = nullptr;
    FixedFraction sum; ///< Σ_k pct(k) × ownerpct(k, O), not yet divided by 10,000
};

} // namespace

// Summed in checked 128-bit fractions and made a Rational once per partner: a
// Rational sum normalises (a gcd) at every step, and that was 4 % of settle on
// the benchmark (docs/performance.md). Nothing when a figure does not fit.

std::optional<std::vector<PartnerShare>> fixed_partner_shares(const Assignment& assignment,
                                                              const TaskLookup& tasks) {
    std::vector<FixedPartnerSum> sums; // in byte order of the partner ids
    for (const auto& task_share : assignment.tasks) {
        const Task* task = tasks.find(task_share.code);
        if (task == nullptr) {
            continue; // reported by check_arge_against_rules
        }
        const auto percent = to_fixed(task_share.percent);
        if (!percent) {
            return std::nullopt;
        }
        for (const auto& owner : task->owners) {
            const auto owner_percent = to_fixed(owner.percent);
            const auto term =
                owner_percent ? checked_multiply(*percent, *owner_percent) : std::nullopt;
            if (!term) {
                return std::nullopt;
            }
            auto at = std::lower_bound(sums.begin(), sums.end(), owner.partner,
                                       [](const FixedPartnerSum& s, const std::string& partner) {
                                           return *s.partner < partner;
                                       });
            if (at == sums.end() || *at->partner != owner.partner) {
                at = sums.insert(at, FixedPartnerSum{&owner.partner, FixedFraction{}});
            }
            const auto common = checked_lcm(at->sum.denominator, term->denominator);
            const auto old_part = common ? numerator_over(at->sum, *common) : std::nullopt;
            const auto new_part = common ? numerator_over(*term, *common) : std::nullopt;
            const auto numerator =
                old_part && new_part ? checked_add(*old_part, *new_part) : std::nullopt;
            if (!numerator) {
                return std::nullopt;
            }
            at->sum = FixedFraction{*numerator, *common};
        }
    }
    std::vector<PartnerShare> shares;
    for (const auto& [partner, sum] : sums) {
        const auto denominator = checked_multiply(sum.denominator, 10000);
        if (!denominator) {
            return std::nullopt;
        }
        if (sum.numerator > 0) {
            shares.push_back(PartnerShare{*partner, to_rational(sum.numerator, *denominator)});
        }
    }
    return shares;
}

// Step 3 in fixed point where it fits, else with rationals; with the
// arithmetic check on (tests, debug builds), both, which must agree.
std::vector<PartnerShare> partner_shares(const Assignment& assignment, const TaskLookup& tasks) {
    auto fixed = fixed_partner_shares(assignment, tasks);
    if (!fixed) {
        return rational_partner_shares(assignment, tasks);
    }
    if (arithmetic_check()) {
        const auto rational = rational_partner_shares(assignment, tasks);
        const bool same =
            std::equal(fixed->begin(), fixed->end(), rational.begin(), rational.end(),
                       [](const auto& a, const auto& b) {
                           return a.partner == b.partner && same_value(a.share, b.share);
                       });
        if (!same) {
            throw ArithmeticMismatch(
                "fixed point and rational partner shares differ for the assignment at line " +
                std::to_string(assignment.pos.line));
        }
    }
    return std::move(*fixed);
}

} // namespace ausgleich
