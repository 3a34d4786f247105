#pragma once
// Comparing a recomputed settlement with a saved one, figure by figure (`verify`).
// report/verify_report.hpp says what was found, in English or German.

#include "ausgleich/input_record.hpp"
#include "ausgleich/io/settlement_reader.hpp"
#include "ausgleich/settlement.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ausgleich {

/// One figure that differs: which entry and field, as saved and as recomputed.
struct Difference {
    enum class Entry { line, total, net };
    Entry entry = Entry::line;
    std::string staff_id; ///< lines only
    std::string debtor;
    std::string creditor;
    /// "amount", "days", "fte", "share" or "pay_group"; empty when one side has
    /// no such entry at all (then recorded/now hold the other side's amount).
    std::string field;
    std::optional<std::string> recorded; ///< as in the JSON; nothing: the saved file has no entry
    std::optional<std::string> now;      ///< as in the JSON; nothing: the recomputation has none
};

/// Every line (matched by staff id, debtor and creditor: amount, days, fte, share,
/// pay group), total and net entry that differs, in the order of the saved file.
std::vector<Difference> compare_settlements(const io::RecordedSettlement& recorded,
                                            const Settlement& now);

} // namespace ausgleich
