#pragma once
// Reading a saved settlement (`schema: ausgleich/settlement/v1`, SPEC 6.1) back,
// for `verify` and `trueup`.

#include "ausgleich/arge.hpp"
#include "ausgleich/decimal.hpp"
#include "ausgleich/diagnostics.hpp"
#include "ausgleich/input_record.hpp"
#include "ausgleich/io/source_file.hpp"
#include "ausgleich/period.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ausgleich::io {

struct RecordedLine {
    std::string staff_id;
    std::string employer;
    std::string pay_group;
    std::string debtor;
    std::string creditor;
    long days = 0;
    std::string fte;   ///< as written
    std::string share; ///< as written
    Rational amount;
};

struct RecordedTotal {
    std::string debtor;
    std::string creditor;
    Rational amount;
};

/// A settlement as saved by `settle --format json`.
struct RecordedSettlement {
    std::string path;
    std::string sha256; ///< of the settlement file itself
    std::string kind;   ///< "settlement", or "trueup" for a true-up
    /// Written with --aggregate: sums by pay group instead of lines, so it can
    /// be neither re-verified line by line nor used as a paid settlement.
    bool aggregated = false;
    std::string arge;
    Period period{"", {Date(1970, 1, 1), Date(1970, 1, 1)}};
    Policy policy;
    std::vector<InputRecord> inputs;
    std::vector<RecordedLine> lines;
    std::vector<RecordedTotal> totals; ///< per direction
    std::vector<RecordedTotal> net;    ///< per partner pair
};

/// Parses a settlement file. A true-up file is recognised by its kind, and an
/// aggregated one by its marker, both without their lines, totals and net. Reports invalid JSON (with line and column), another
/// schema, and missing or malformed fields; returns nothing then.
std::optional<RecordedSettlement> read_settlement(const SourceFile& file, Diagnostics& diagnostics);

} // namespace ausgleich::io
