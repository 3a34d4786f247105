#pragma once
// Writing results: a file is written completely or not at all (SPEC section 5).

#include "ausgleich/diagnostics.hpp"

#include <functional>
#include <string>
#include <string_view>

namespace ausgleich::io {

/// Writes one chunk of a result; false when it failed (errno tells why).
using ChunkWriter = std::function<bool(std::string_view chunk)>;
/// Hands a result to `write` chunk by chunk, in order, and returns false as
/// soon as a chunk failed. It may be called a second time (when the folder
/// turns out not to support unnamed files) and must then give the same bytes.
using ContentProducer = std::function<bool(const ChunkWriter& write)>;

/// Writes `content` to a file without a name (O_TMPFILE) in the folder of
/// `path`, flushes it to disk and only then links it to `path` (replacing an
/// existing file by rename, keeping its mode and group). On any failure
/// reports an io error and leaves `path` as it was; no signal leaves a
/// temporary file (docs/limits.md, "Writing results"). A file-size limit is an
/// io error (EFBIG). A device or pipe (/dev/null, a FIFO) is written directly.
/// Returns true on success.
bool write_file_atomically(const std::string& path, const ContentProducer& content,
                           Diagnostics& diagnostics);
/// The same for a result held whole.
bool write_file_atomically(const std::string& path, std::string_view content,
                           Diagnostics& diagnostics);

/// Writes all of `content` to standard output; reports an io error on failure
/// (a closed pipe, a full disk). What was written before a failure stays
/// written: a pipe cannot take it back.
bool write_stdout(const ContentProducer& content, Diagnostics& diagnostics);
bool write_stdout(std::string_view content, Diagnostics& diagnostics);

} // namespace ausgleich::io
