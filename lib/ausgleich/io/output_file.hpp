#pragma once
// Writing results: a file is written completely or not at all (SPEC section 5).

#include "ausgleich/diagnostics.hpp"

#include <string>
#include <string_view>

namespace ausgleich::io {

/// Writes `content` to a temporary file beside `path`, flushes it to disk and
/// renames it over `path`. On any failure reports an io error, removes the
/// temporary file and leaves `path` as it was; an interrupt (SIGINT, SIGTERM,
/// SIGHUP, SIGPIPE) while it is written removes it too. A device or pipe
/// (/dev/null, a FIFO) is written directly. Returns true on success.
bool write_file_atomically(const std::string& path, std::string_view content,
                           Diagnostics& diagnostics);

/// Writes all of `content` to standard output; reports an io error on failure
/// (a closed pipe, a full disk).
bool write_stdout(std::string_view content, Diagnostics& diagnostics);

} // namespace ausgleich::io
