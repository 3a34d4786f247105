#pragma once
// `trueup` as a use case (SPEC 5.2): the settlement of a period with the
// rules now loaded, minus what the paid settlements recorded. Used by the
// command and by `verify`, which recomputes an archived true-up the same way.

#include "ausgleich/app/settle.hpp"
#include "ausgleich/diagnostics.hpp"
#include "ausgleich/io/rules_loader.hpp"
#include "ausgleich/io/settlement_reader.hpp"
#include "ausgleich/trueup.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ausgleich::app {

/// A paid settlement to read: where it is, and the path the true-up names it by
/// (the same unless verify found an archived copy elsewhere).
struct PaidFile {
    std::string path;
    std::string label;
};

struct TrueupRun {
    std::unique_ptr<app::SettlementRun> run; ///< never null
    std::vector<RecordedSettlement> paid;
    std::optional<Trueup> trueup; ///< nothing when any input was wrong
};

/// Reads every paid settlement strictly, settles `arge_path` for `period`
/// under `rules`, checks the paid settlements (same ARGE, inside the period,
/// no overlap, every day covered unless `gaps` allows it) and computes the
/// true-up. Every problem goes to `diagnostics`.
TrueupRun run_trueup(const std::string& arge_path, io::Rules rules, const Period& period,
                     const std::vector<PaidFile>& paid_files, Gaps gaps, Diagnostics& diagnostics);

/// The same with the rules loaded from `rules_directories` first (SPEC 5).
TrueupRun run_trueup(const std::string& arge_path,
                     const std::vector<std::string>& rules_directories, const Period& period,
                     const std::vector<PaidFile>& paid_files, Gaps gaps, Diagnostics& diagnostics);

/// The bundle of SPEC 5.1 for a true-up (`trueup --archive`): its inputs, and
/// the paid settlements under paid/, with settlement.json (every line, even
/// when the printed true-up was aggregated) naming them by their place in the
/// bundle. Reports to `diagnostics` and returns false when it was not written.
bool write_trueup_bundle(const std::string& directory, const app::SettlementRun& run,
                         const Trueup& trueup, const std::vector<RecordedSettlement>& paid,
                         Diagnostics& diagnostics);

} // namespace ausgleich::app
