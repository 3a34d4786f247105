#pragma once
// A settlement as it was recorded (SPEC 6.1): the figures as written, with
// where each stands in its file, so that `verify` can compare them with a new
// computation and `trueup` can subtract what was paid. The domain's view of a
// saved settlement; io::read_settlement builds it from the JSON text.

#include "ausgleich/arge.hpp"
#include "ausgleich/decimal.hpp"
#include "ausgleich/diagnostics.hpp"
#include "ausgleich/input_record.hpp"
#include "ausgleich/period.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ausgleich {

/// A component of a recorded line: its id and amount as written.
struct RecordedComponent {
    std::string id;
    std::string amount;
};

struct RecordedLine {
    std::string staff_id;
    std::string employer;
    std::string pay_group;
    std::string debtor;
    std::string creditor;
    long days = 0;
    std::string fte;   ///< as written
    std::string share; ///< as written
    std::vector<RecordedComponent> components;
    Rational amount;
    SourcePos pos; ///< of the line's opening brace
};

struct RecordedTotal {
    std::string debtor;
    std::string creditor;
    Rational amount;
    std::optional<Rational> rounding_difference; ///< totals under per-total rounding only
    SourcePos pos;
};

/// A recorded input with where it stands in the file.
struct RecordedInput {
    InputRecord record;
    SourcePos pos;
};

/// A settlement as saved by `settle --format json`.
struct RecordedSettlement {
    std::string path;
    std::string sha256; ///< of the settlement file itself
    std::string kind;   ///< "settlement", or "trueup" for a true-up
    std::string tool;   ///< the `tool` that wrote it, e.g. "ausgleich 0.2.0"
    /// Written with --aggregate: sums by pay group instead of lines, so it can
    /// be neither re-verified line by line nor used as a paid settlement.
    bool aggregated = false;
    std::string arge;
    Period period{"", {Date(1970, 1, 1), Date(1970, 1, 1)}};
    SourcePos period_pos;
    Policy policy;
    /// Recorded by ausgleich 0.2.0 and later; a 0.1.0 file has none (and its
    /// inputs no rules_dir, status or used, all of which then count as unknown).
    std::optional<std::vector<std::string>> rules_dirs;
    std::vector<RecordedInput> inputs;
    std::vector<RecordedLine> lines;
    std::vector<RecordedTotal> totals; ///< per direction
    std::vector<RecordedTotal> net;    ///< per partner pair
    /// A true-up's paid settlements (role "paid", path and sha256 as recorded).
    std::vector<RecordedInput> paid;
};

/// The tool version whose files carry no rules_dirs, rules_dir, status or used.
inline constexpr const char* k_legacy_tool_version = "ausgleich 0.1.0";

/// The last tool version that wrote a net entry (0.00) for every pair of
/// partners, with or without a line between them (before SPEC 6.1 said otherwise).
inline constexpr const char* k_net_for_every_pair_tool_version = "ausgleich 0.2.0";

} // namespace ausgleich
