#pragma once
// Finding and loading the rules (rates tables and task catalogs), SPEC section 5:
// every *.yaml below each rules directory, loaded by its `schema:`.

#include "ausgleich/diagnostics.hpp"
#include "ausgleich/input_record.hpp"
#include "ausgleich/rates.hpp"
#include "ausgleich/tasks.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ausgleich::io {

struct Rules {
    RateBook rates;
    TaskRegistry tasks;
    std::vector<std::string> directories;  ///< the rules directories searched, as given
    std::vector<InputRecord> inputs;       ///< every rules file read, sorted by path
    std::vector<std::string> opened_paths; ///< the same files as opened (for messages)
};

/// One rules file: a path relative to the rules directory it was found in.
struct RulesFile {
    std::string directory;
    std::string relative; ///< as recorded in a settlement's `inputs`
    std::string path() const;
};

/// Loads exactly these files (by their `schema:`), in the order given.
Rules load_rules_files(const std::vector<RulesFile>& files, Diagnostics& diagnostics);

/// Loads every `*.yaml` below each directory (in byte order of their paths, so
/// that the result and its messages never depend on the file system's order).
/// Only regular files and links to them are read; symbolic links to directories
/// are not followed. A missing or unreadable directory, and a `*.yaml` entry that
/// is a FIFO, socket, device, dangling link or link loop, is an io error naming
/// it (all of them reported); a file of another kind is a data error.
Rules load_rules(const std::vector<std::string>& directories, Diagnostics& diagnostics);

} // namespace ausgleich::io
