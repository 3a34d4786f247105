#pragma once
// Reading a saved settlement (`schema: ausgleich/settlement/v1`, SPEC 6.1) back,
// strictly, for `verify` and `trueup`: an auditor may receive the file from
// someone else, so every key, word and figure is checked, with its position.

#include "ausgleich/diagnostics.hpp"
#include "ausgleich/io/source_file.hpp"
#include "ausgleich/recorded_settlement.hpp"

#include <optional>

namespace ausgleich::io {

/// Parses a settlement file strictly. Reports, with line and column, invalid
/// JSON, duplicate keys, another schema, unknown keys (with a "did you mean"),
/// unknown policy words, missing or malformed fields and figures; returns
/// nothing then. A true-up file is recognised by its kind (its head and paid
/// list are read; verify compares the rest by rendering it again), and an
/// aggregated one by its marker (its head is read).
std::optional<RecordedSettlement> read_settlement(const SourceFile& file, Diagnostics& diagnostics);

} // namespace ausgleich::io
