#pragma once
// `validate` as a use case: every given file on its own (its kind taken from
// its `schema:`), and each ARGE file against the rules (SPEC 3, 4.1).

#include "ausgleich/diagnostics.hpp"
#include "ausgleich/period.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ausgleich::app {

struct ValidateRequest {
    std::vector<std::string> files;
    /// Every day of this range needs a rate, as `settle` would require;
    /// without it a missing rate is only a warning.
    std::optional<DateRange> period;
    std::vector<std::string> rules_dirs; ///< loaded once, when the first ARGE file needs them
};

/// One file that passed: "ARGE file 'ARGE Musterstadt', 2 partners, 16 staff".
struct ValidFile {
    std::string path;
    std::string summary;
};

/// Checks every file; problems go to `diagnostics`, and the files without any
/// error are returned in the order given.
std::vector<ValidFile> validate_files(const ValidateRequest& request, Diagnostics& diagnostics);

} // namespace ausgleich::app
