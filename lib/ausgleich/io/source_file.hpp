#pragma once
// Reading input files (whole, or for the ARGE file only opened and checked, to
// be read in chunks by yaml_file.hpp), with their SHA-256 (recorded in every settlement
// so that an auditor can tell whether an input changed since).

#include "ausgleich/diagnostics.hpp"

#include <optional>
#include <string>
#include <string_view>

struct evp_md_ctx_st;

namespace ausgleich::io {

/// The largest input file accepted (bytes). The 100,000-staff benchmark file is
/// about 24 MB; the bound keeps a wrong file (a disk image, /dev/zero) from
/// exhausting memory.
inline constexpr std::size_t k_max_file_size = 512u * 1024u * 1024u;

struct SourceFile {
    std::string path;    ///< as given by the user, used in messages and outputs
    std::string content; ///< the bytes of the file (empty when streamed)
    std::string sha256;  ///< lower-case hex digest of the content
    /// Not held: read_yaml_file (yaml_file.hpp) reads the file itself in chunks,
    /// and `sha256` is empty until that first reading has set it.
    bool streamed = false;
};

/// How read_source_file reads a file.
enum class ReadMode {
    whole,   ///< the content and its SHA-256 now
    streamed ///< a regular file only opened and checked; read later in chunks
};

/// Reads `path` whole. Reports a missing, unreadable, oversized file or a
/// directory as an io error (exit 4) and returns nothing. A regular file is
/// refused by its size before it is read; a pipe or device (/dev/stdin, <(...))
/// is read up to the limit and refused when there is more.
/// With ReadMode::streamed, a regular file is only checked (it opens, is no
/// directory, is not too large) and comes back `streamed`; a pipe or device is
/// read whole all the same, since it cannot be read twice.
std::optional<SourceFile> read_source_file(const std::string& path, Diagnostics& diagnostics,
                                           ReadMode mode = ReadMode::whole);

/// The encoding of `content` when it is UTF-16 or UTF-32 text rather than UTF-8,
/// in words for a message ("UTF-16 (little-endian)"), else nothing. Known by a
/// byte-order mark or, without one, by the NUL bytes of the first two
/// characters, as YAML 1.2 (5.2) detects encodings; our files start in ASCII.
/// A UTF-8 byte-order mark is UTF-8.
std::optional<std::string> foreign_encoding(std::string_view content);

/// SHA-256 over bytes given piece by piece (OpenSSL EVP): for sha256_hex and
/// for a file hashed as it is read in chunks (file_chunks.hpp).
class Sha256 {
public:
    Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;
    ~Sha256();
    void update(const void* bytes, std::size_t size);
    /// The lower-case hex digest of all bytes given; call it once, last.
    std::string hex();

private:
    evp_md_ctx_st* m_context;
};

/// Lower-case hex SHA-256 of `bytes` (OpenSSL).
std::string sha256_hex(std::string_view bytes);

/// Whether `text` is a digest as sha256_hex writes it: 64 lower-case hex digits.
bool is_sha256_hex(std::string_view text);

} // namespace ausgleich::io
