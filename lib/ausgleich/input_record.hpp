#pragma once
// Provenance: the files a result was computed from.

#include <string>

namespace ausgleich {

/// Tool name and version, as written into every settlement.
inline constexpr const char* k_tool_version = "ausgleich 0.1.0";

/// One file a result depends on, as recorded in a settlement's `inputs`.
struct InputRecord {
    std::string role; ///< "arge", "rates" or "tasks"
    std::string id;   ///< table or catalog id ("" for the ARGE file)
    std::string path; ///< ARGE: as given; rules: relative to its rules directory
    std::string sha256;
};

} // namespace ausgleich
