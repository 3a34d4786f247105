#pragma once
// SPEC 4 step 3: each partner's share of an assignment's time, from the
// percentages of its tasks and the owners of each task.

#include "ausgleich/arge.hpp"
#include "ausgleich/decimal.hpp"
#include "ausgleich/tasks.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ausgleich {

/// A partner's share of an assignment's time (SPEC 4 step 3), exact, in (0, 1].
struct PartnerShare {
    std::string partner;
    Rational share;
};

/// pct(k)/100 × ownerpct(k, O)/100: what one task code k gives its owner O.
Rational task_share_of_owner(const TaskShare& task_share, const Rational& owner_percent);

/// share(O) = Σ_k pct(k)/100 × ownerpct(k, O)/100 for every partner with a
/// share above zero, in byte order of the partner ids; codes not in `tasks`
/// are skipped (check_arge_against_rules reports them). In fixed point where
/// every figure fits, else with rationals; with the arithmetic check on
/// (fixed_point_lines.hpp) both, and ArithmeticMismatch if they differ.
std::vector<PartnerShare> partner_shares(const Assignment& assignment, const TaskLookup& tasks);

/// The same shares, always with rationals: the reference for the fast path.
std::vector<PartnerShare> rational_partner_shares(const Assignment& assignment,
                                                  const TaskLookup& tasks);

/// The same shares in checked 128-bit fractions, or nothing when a figure or
/// a sum does not fit.
std::optional<std::vector<PartnerShare>> fixed_partner_shares(const Assignment& assignment,
                                                              const TaskLookup& tasks);

} // namespace ausgleich
