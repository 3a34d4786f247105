#pragma once
// Comparing a recomputed settlement with a saved one, figure by figure (`verify`),
// and the report of the comparison in English or German.

#include "ausgleich/input_record.hpp"
#include "ausgleich/io/settlement_reader.hpp"
#include "ausgleich/report/language.hpp"
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

/// "differs: line V01 agentur -> kommune: amount: recorded 2297.75, now 2275.00";
/// in German with German words and number format.
std::string difference_text(const Difference& difference, report::Language language);

/// "changed: PATH (ID): sha256 recorded 2b30e9ddb7da…, now 39a19edabab7…", for a
/// recorded input found at `located` with another SHA-256.
std::string changed_input_text(const InputRecord& input, const std::string& located,
                               const std::string& now_sha256, report::Language language);

/// The last line of the report: "verified: PATH reproduces exactly (2 lines, …)"
/// when `mismatches` is 0, else "NOT verified: PATH: 4 difference(s) (…)".
std::string verification_summary(const io::RecordedSettlement& recorded, std::size_t mismatches,
                                 report::Language language);

} // namespace ausgleich
