#pragma once
// Loading any input file by the `schema:` it declares (ARGE, rates or tasks).

#include "ausgleich/io/source_file.hpp"
#include "ausgleich/io/yaml_reader.hpp"
#include "ausgleich/rates.hpp"
#include "ausgleich/tasks.hpp"

#include <optional>
#include <string>

namespace ausgleich::io {

enum class FileKind { unknown, arge, rates, tasks };

/// "arge", "rates" or "tasks": the role a file plays in a settlement's `inputs`.
std::string_view to_string(FileKind kind);

/// One input file with whatever could be built from it (nothing if it had errors).
struct InputFile {
    SourceFile source;
    FileKind kind = FileKind::unknown;
    std::optional<Node> root; ///< the tree without staff: ARGE files are streamed by the caller
    std::optional<RatesTable> rates;
    std::optional<TaskCatalog> tasks;
};

/// Reads and parses `path` and loads rates and tasks files according to their
/// `schema:`; an ARGE file is only recognised (its staff skipped), for
/// stream_arge to read. Returns nothing only when the file cannot be read;
/// problems are in `diagnostics`.
std::optional<InputFile> load_input_file(const std::string& path, Diagnostics& diagnostics);

} // namespace ausgleich::io
