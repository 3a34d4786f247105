#pragma once
// Writing results: a file is written completely or not at all (SPEC section 5).

#include "ausgleich/diagnostics.hpp"

#include <string>
#include <string_view>

namespace ausgleich::io {

/// Writes `content` to a file without a name (O_TMPFILE) in the folder of
/// `path`, flushes it to disk and only then links it to `path` (replacing an
/// existing file by rename, keeping its mode and group). On any failure
/// reports an io error and leaves `path` as it was; no signal leaves a
/// temporary file (docs/limits.md, "Writing results"). A file-size limit is an
/// io error (EFBIG). A device or pipe (/dev/null, a FIFO) is written directly.
/// Returns true on success.
bool write_file_atomically(const std::string& path, std::string_view content,
                           Diagnostics& diagnostics);

/// Writes all of `content` to standard output; reports an io error on failure
/// (a closed pipe, a full disk).
bool write_stdout(std::string_view content, Diagnostics& diagnostics);

} // namespace ausgleich::io
