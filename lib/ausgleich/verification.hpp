#pragma once
// Comparing a recomputed settlement with a saved one, figure by figure (`verify`).
// report/verify_report.hpp says what was found, in English or German.

#include "ausgleich/arge.hpp"
#include "ausgleich/recorded_settlement.hpp"
#include "ausgleich/settlement.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ausgleich {

/// One figure that differs: which entry and field, as saved and as recomputed.
struct Difference {
    /// settlement: a figure of the whole file (its ARGE name); policy: a policy
    /// option; input: what is recorded of an input (status, used); file_line:
    /// a line of a true-up file (field: its number) as written and as rendered now.
    enum class Entry { line, total, net, settlement, policy, input, file_line };
    Entry entry = Entry::line;
    std::string staff_id; ///< lines only
    std::string debtor;   ///< lines, totals and net; for inputs the input's role and id
    std::string creditor;
    /// "amount", "days", "fte", "share", "pay_group", "employer", "component ID",
    /// "rounding_difference", a policy option or an input's field; empty when one
    /// side has no such entry at all (then recorded/now hold the other side's amount).
    std::string field;
    std::optional<std::string> recorded; ///< as in the JSON; nothing: the saved file has no entry
    std::optional<std::string> now;      ///< as in the JSON; nothing: the recomputation has none
};

/// Every line (matched by staff id, debtor and creditor: amount, every
/// component, days, fte, share, pay group, employer), total (amount and
/// rounding difference) and net entry that differs, in the order of the saved
/// file, then the recomputed entries that the saved file lacks. `recorded`
/// comes from io::read_settlement, which refuses an entry recorded twice; one
/// that gets here anyway throws std::logic_error (an internal error, exit 70)
/// rather than being compared once and counted twice elsewhere.
std::vector<Difference> compare_settlements(const RecordedSettlement& recorded,
                                            const Settlement& now);

/// Every option of the recorded policy that differs from `now` (the policy of
/// the recorded ARGE file, SPEC 5.1), and the ARGE name.
std::vector<Difference> compare_policy(const RecordedSettlement& recorded,
                                       const std::string& arge_name, const Policy& now);

} // namespace ausgleich
