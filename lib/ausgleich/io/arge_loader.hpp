#pragma once
// Loader for ARGE files, `schema: ausgleich/arge/v1` (SPEC section 3.3).
//
// Staff records are converted one at a time as the parser reaches them, so a
// file with 100,000 staff never exists as a YAML tree in memory.

#include "ausgleich/arge.hpp"
#include "ausgleich/io/node_reader.hpp"
#include "ausgleich/io/source_file.hpp"

#include <optional>
#include <vector>

namespace ausgleich::io {

inline constexpr std::string_view k_arge_schema = "ausgleich/arge/v1";

/// Converts one item of `staff:`. Checks what can be checked without the rest
/// of the file; the employer, hours limits and duplicates are checked by build_arge.
Staff read_staff(FileContext& context, const Node& item);

/// Builds the ARGE from the top-level mapping and the staff read while streaming,
/// and checks everything that needs the whole file: partners, employers,
/// full-time hours, duplicate ids, owners of local tasks. Nothing on any problem.
std::optional<Arge> build_arge(FileContext& context, const Node& root, std::vector<Staff> staff);

/// Reads, parses and builds an ARGE file in one go.
std::optional<Arge> load_arge(const SourceFile& file, Diagnostics& diagnostics);

} // namespace ausgleich::io
