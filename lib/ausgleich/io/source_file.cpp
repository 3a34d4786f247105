#include "ausgleich/io/source_file.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <openssl/evp.h>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>

namespace ausgleich::io {

Sha256::Sha256() : m_context(EVP_MD_CTX_new()) {
    if (m_context == nullptr || EVP_DigestInit_ex(m_context, EVP_sha256(), nullptr) != 1) {
        EVP_MD_CTX_free(m_context);
        throw std::runtime_error("SHA-256 computation failed");
    }
}

Sha256::~Sha256() {
    EVP_MD_CTX_free(m_context);
}

void Sha256::update(const void* bytes, std::size_t size) {
    if (EVP_DigestUpdate(m_context, bytes, size) != 1) {
        throw std::runtime_error("SHA-256 computation failed");
    }
}

std::string Sha256::hex() {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_context, digest, &length) != 1) {
        throw std::runtime_error("SHA-256 computation failed");
    }
    static const char* const k_hex = "0123456789abcdef";
    std::string hex;
    hex.reserve(2 * length);
    for (unsigned int i = 0; i < length; ++i) {
        hex += k_hex[digest[i] >> 4];
        hex += k_hex[digest[i] & 0x0f];
    }
    return hex;
}

std::string sha256_hex(std::string_view bytes) {
    Sha256 sha;
    sha.update(bytes.data(), bytes.size());
    return sha.hex();
}

bool is_sha256_hex(std::string_view text) {
    return text.size() == 64 && std::all_of(text.begin(), text.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

std::optional<std::string> foreign_encoding(std::string_view content) {
    const auto starts = [&](std::string_view prefix) {
        return content.substr(0, prefix.size()) == prefix;
    };
    using namespace std::string_view_literals;
    // UTF-32 first: its little-endian mark begins with UTF-16's.
    if (starts("\x00\x00\xfe\xff"sv)) {
        return "UTF-32 (big-endian)";
    }
    if (starts("\xff\xfe\x00\x00"sv)) {
        return "UTF-32 (little-endian)";
    }
    if (starts("\xfe\xff"sv)) {
        return "UTF-16 (big-endian)";
    }
    if (starts("\xff\xfe"sv)) {
        return "UTF-16 (little-endian)";
    }
    if (content.size() < 4) {
        return std::nullopt;
    }
    // Without a mark, two characters of ASCII show the pattern of NUL bytes
    // (`s\0c\0` is UTF-16 LE). UTF-8 text has no NUL bytes at all.
    bool zero[4];
    for (std::size_t i = 0; i < 4; ++i) {
        zero[i] = content[i] == '\0';
    }
    if (zero[0] && zero[1] && zero[2] && !zero[3]) {
        return "UTF-32 (big-endian)";
    }
    if (!zero[0] && zero[1] && zero[2] && zero[3]) {
        return "UTF-32 (little-endian)";
    }
    if (zero[0] && !zero[1] && zero[2] && !zero[3]) {
        return "UTF-16 (big-endian)";
    }
    if (!zero[0] && zero[1] && !zero[2] && zero[3]) {
        return "UTF-16 (little-endian)";
    }
    return std::nullopt;
}

namespace {

/// Closes a file descriptor when it goes out of scope.
class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    ~FileDescriptor() {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    int get() const { return m_fd; }

private:
    int m_fd;
};

// Room for `more` bytes after `content`, doubling the capacity but never past
// `limit`: std::string would double 503 MiB to 1 GiB on its own. The copy is
// made into a fresh string because reserve() on the old one would round a
// request below twice its capacity up to twice its capacity.
void make_room(std::string& content, std::size_t more, std::size_t limit) {
    const std::size_t needed = content.size() + more;
    if (needed <= content.capacity()) {
        return;
    }
    std::size_t capacity = std::max<std::size_t>(content.capacity(), 1u << 16);
    while (capacity < needed) {
        capacity *= 2;
    }
    std::string grown;
    grown.reserve(std::min(capacity, limit));
    grown.append(content);
    content.swap(grown);
}

} // namespace

std::optional<SourceFile> read_source_file(const std::string& path, Diagnostics& diagnostics,
                                           ReadMode mode) {
    const auto fail = [&](const std::string& why) {
        diagnostics.error(path, SourcePos{}, "cannot read file: " + why, ErrorKind::io);
        return std::nullopt;
    };
    const std::string too_large =
        "larger than " + std::to_string(k_max_file_size / (1024 * 1024)) + " MiB";
    // One descriptor for the checks and the reading: what was checked is what is read.
    const FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) {
        return fail(std::strerror(errno));
    }
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0) {
        return fail(std::strerror(errno));
    }
    if (S_ISDIR(info.st_mode)) {
        return fail("it is a directory");
    }
    SourceFile file;
    file.path = path;
    if (S_ISREG(info.st_mode)) {
        // Refused before a byte is read (a sparse 600 MB file costs nothing). The
        // size is only a hint otherwise: /proc files say 0, a file may grow.
        if (static_cast<std::uintmax_t>(info.st_size) > k_max_file_size) {
            return fail(too_large);
        }
        if (mode == ReadMode::streamed) {
            file.streamed = true;
            return file;
        }
        file.content.reserve(static_cast<std::size_t>(info.st_size));
    }
    // Pipes and devices (/dev/stdin, <(...), /dev/zero) have no size: read at
    // most one chunk beyond the limit, and keep no more than the limit.
    char buffer[1 << 16];
    for (;;) {
        const ssize_t count = ::read(fd.get(), buffer, sizeof buffer);
        if (count == 0) {
            break;
        }
        if (count < 0) {
            if (errno == EINTR) {
                continue;
            }
            return fail(std::strerror(errno));
        }
        const auto bytes = static_cast<std::size_t>(count);
        if (bytes > k_max_file_size - file.content.size()) {
            return fail(too_large);
        }
        make_room(file.content, bytes, k_max_file_size);
        file.content.append(buffer, bytes);
    }
    file.sha256 = sha256_hex(file.content);
    return file;
}

} // namespace ausgleich::io
