#pragma once
// Comparing a recomputed settlement with a saved one, figure by figure (`verify`).

#include "ausgleich/io/settlement_reader.hpp"
#include "ausgleich/settlement.hpp"

#include <string>
#include <vector>

namespace ausgleich {

/// One figure that differs: what it is, as saved and as recomputed.
struct Difference {
    std::string what;     ///< e.g. "line KO06 agentur -> kommune: amount"
    std::string recorded; ///< "(absent)" when the saved settlement has no such entry
    std::string now;      ///< "(absent)" when the recomputation has no such entry
};

/// Every line (matched by staff id, debtor and creditor: amount, days, fte, share,
/// pay group), total and net entry that differs, in the order of the saved file.
std::vector<Difference> compare_settlements(const io::RecordedSettlement& recorded,
                                            const Settlement& now);

} // namespace ausgleich
