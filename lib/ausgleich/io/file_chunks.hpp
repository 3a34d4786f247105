#pragma once
// A regular file read front to back in chunks, with the SHA-256 of what was
// read: the ARGE file is parsed from such chunks instead of from its whole
// text, which for the 100,000-staff benchmark would be 24 MB held while the
// settlement is made (docs/performance.md, issue 13 step 5).

#include "ausgleich/io/source_file.hpp"

#include <cstddef>
#include <optional>
#include <string>

namespace ausgleich::io {

class FileChunks {
public:
    FileChunks() = default;
    FileChunks(const FileChunks&) = delete;
    FileChunks& operator=(const FileChunks&) = delete;
    ~FileChunks();

    /// Opens `path` for reading; false (errno set) when it cannot.
    bool open(const std::string& path);
    /// Up to `size` bytes into `buffer`, added to the digest: the count, 0 at
    /// the end of the file, -1 on a read error (errno set).
    long read(unsigned char* buffer, std::size_t size);
    /// Reads what is left into the digest and gives the lower-case hex
    /// SHA-256 of every byte of the file; nothing on a read error (errno set).
    std::optional<std::string> finish();

private:
    int m_fd = -1;
    Sha256 m_digest;
};

/// The first `size` bytes of the file `path` (fewer when it is shorter or
/// cannot be read): for the line and column of an error known by byte offset.
std::string read_prefix(const std::string& path, std::size_t size);

} // namespace ausgleich::io
