#pragma once
// `settle` as a use case: a whole settlement from files: load the rules, stream the ARGE file
// through the checks into the settlement, and record every input with its SHA-256.

#include "ausgleich/arge.hpp"
#include "ausgleich/diagnostics.hpp"
#include "ausgleich/input_record.hpp"
#include "ausgleich/io/rules_loader.hpp"
#include "ausgleich/period.hpp"
#include "ausgleich/settlement.hpp"
#include "ausgleich/tasks.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ausgleich::app {

/// Everything a settlement was computed from, and the settlement.
struct SettlementRun {
    io::Rules rules;
    Arge header; ///< the ARGE file without its staff (they were streamed)
    std::unique_ptr<TaskLookup> tasks;
    std::vector<InputRecord> inputs;       ///< the ARGE file first, then the rules files
    std::vector<std::string> opened_paths; ///< every file read, as opened
    std::optional<Settlement> settlement;  ///< nothing when any input was wrong
    std::optional<Staff> kept_staff;       ///< the staff record asked for with `keep_staff_id`
};

/// Loads the rules from `rules_directories` and settles `arge_path` for
/// `period`. Every problem is reported to `diagnostics`; the run (never null)
/// has a settlement only when there was none.
/// Settles `arge_path` for `period` under rules already loaded, with the
/// ARGE file's own policy. Only days inside the period need a rate (SPEC 4.1).
/// `inputs` records whether each rules file was used (SPEC 5.1).
std::unique_ptr<SettlementRun> run_settlement(const std::string& arge_path, io::Rules rules,
                                              const Period& period, Diagnostics& diagnostics,
                                              const std::string& keep_staff_id = "");

/// `keep_staff_id`, when not empty, names a staff member whose record is kept
/// in `kept_staff` (for `explain`); all others are dropped after settling.
std::unique_ptr<SettlementRun> run_settlement(const std::string& arge_path,
                                              const std::vector<std::string>& rules_directories,
                                              const Period& period, Diagnostics& diagnostics,
                                              const std::string& keep_staff_id = "");

} // namespace ausgleich::app
