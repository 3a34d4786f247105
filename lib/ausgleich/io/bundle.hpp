#pragma once
// The self-contained settlement bundle of SPEC 5.1 (`settle --archive DIR`):
// settlement.json, a copy of every input, and SHA256SUMS over all of it.

#include "ausgleich/diagnostics.hpp"
#include "ausgleich/input_record.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace ausgleich::io {

/// The name of the settlement inside a bundle, and of its checksum list.
inline constexpr const char* k_bundle_settlement = "settlement.json";
inline constexpr const char* k_bundle_sums = "SHA256SUMS";

/// Renders the settlement JSON for the given (bundle-relative) inputs and rules directories.
using RenderSettlement = std::function<std::string(const std::vector<InputRecord>& inputs,
                                                   const std::vector<std::string>& rules_dirs)>;

/// Writes the bundle to `directory`, which must not exist or be empty: the ARGE
/// file under arge/, a true-up's paid settlements (role "paid") under paid/, each rules directory
/// under rules/NAME/ (NAME its last path component, made unique), settlement.json with paths
/// relative to the bundle, and SHA256SUMS. Every input is copied from where it was read and must
/// still have its recorded SHA-256. The bundle is built in a temporary folder beside `directory`
/// and renamed into place: it appears whole or not at all.
bool write_bundle(const std::string& directory, const std::vector<InputRecord>& inputs,
                  const std::vector<std::string>& rules_dirs, const RenderSettlement& render,
                  Diagnostics& diagnostics);

/// A file of a bundle whose SHA-256 is not what SHA256SUMS says.
struct SumMismatch {
    std::string name;               ///< relative to the bundle
    std::string listed;             ///< as listed
    std::optional<std::string> now; ///< nothing: the file is missing
};

struct SumsCheck {
    std::size_t listed = 0;
    std::vector<SumMismatch> mismatches;
    std::vector<std::string> unlisted; ///< files of the bundle that SHA256SUMS does not cover
};

/// Checks `directory`/SHA256SUMS against the files (reporting a missing or
/// malformed list, or a name that leaves the bundle, to `diagnostics`).
std::optional<SumsCheck> check_bundle_sums(const std::string& directory, Diagnostics& diagnostics);

} // namespace ausgleich::io
