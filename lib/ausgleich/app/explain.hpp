#pragma once
// `explain` as a use case: the ARGE file is settled as by `settle`, keeping the
// one staff record asked for, and that staff member is derived again with the
// same derive_staff/staff_lines; the lines shown are the settlement's own.

#include "ausgleich/app/settle.hpp"
#include "ausgleich/diagnostics.hpp"
#include "ausgleich/period.hpp"
#include "ausgleich/report/explain_report.hpp"
#include "ausgleich/settlement.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ausgleich::app {

struct ExplainRequest {
    std::string arge_path;
    Period period;
    std::string staff_id; ///< as typed; looked up in NFC, as ids are read
    std::vector<std::string> rules_dirs;
};

/// The settlement run and, when the staff member was settled, its derivation
/// and lines. Not copyable: the explanation refers into the run.
struct ExplainOutcome {
    std::unique_ptr<SettlementRun> run; ///< never null
    std::optional<StaffDerivation> derivation;
    std::vector<Line> lines; ///< the settlement's lines of the staff member, by debtor

    /// What the renderers need; only when `derivation` is set.
    report::StaffExplanation explanation() const;
};

/// Settles and derives. An unknown staff id is an error at the ARGE file, with
/// a "did you mean" among the file's ids. Throws std::logic_error if the
/// derivation does not give the settlement's lines (a bug, not a user error).
std::unique_ptr<ExplainOutcome> explain_staff(const ExplainRequest& request,
                                              Diagnostics& diagnostics);

} // namespace ausgleich::app
