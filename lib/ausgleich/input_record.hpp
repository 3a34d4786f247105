#pragma once
// Provenance: the files a result was computed from (SPEC 5.1, the audit record).

#include "ausgleich/version.hpp"

#include <optional>
#include <string>

namespace ausgleich {

/// Tool name and version, as written into every settlement.
inline constexpr const char* k_tool_version = k_name_and_version;

/// One file a result depends on, as recorded in a settlement's `inputs`.
struct InputRecord {
    std::string role; ///< "arge", "rates" or "tasks"
    std::string id;   ///< table or catalog id ("" for the ARGE file)
    std::string path; ///< ARGE: as given; rules: relative to `rules_dir`
    std::string sha256;
    std::string rules_dir; ///< the rules directory it was found in, as given ("" for the ARGE file)
    std::optional<std::string> status; ///< rates only: "provisional" or "final"
    /// A rates table is used when it rated at least one settled day, a task
    /// catalog when it defined a task code of the ARGE file; the ARGE file always is.
    bool used = true;

    /// Where the record puts the file: `rules_dir/path` for a rules file, else
    /// `path` (in a bundle, relative to the bundle).
    std::string recorded_location() const {
        return rules_dir.empty() ? path : rules_dir + "/" + path;
    }
};

} // namespace ausgleich
