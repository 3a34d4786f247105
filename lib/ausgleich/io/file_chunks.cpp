#include "ausgleich/io/file_chunks.hpp"

#include <cerrno>
#include <fcntl.h>
#include <openssl/evp.h>
#include <stdexcept>
#include <unistd.h>

namespace ausgleich::io {

FileChunks::~FileChunks() {
    if (m_fd >= 0) {
        ::close(m_fd);
    }
    EVP_MD_CTX_free(m_digest);
}

bool FileChunks::open(const std::string& path) {
    m_fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (m_fd < 0) {
        return false;
    }
    m_digest = EVP_MD_CTX_new();
    if (m_digest == nullptr || EVP_DigestInit_ex(m_digest, EVP_sha256(), nullptr) != 1) {
        throw std::runtime_error("SHA-256 computation failed");
    }
    return true;
}

long FileChunks::read(unsigned char* buffer, std::size_t size) {
    for (;;) {
        const ssize_t count = ::read(m_fd, buffer, size);
        if (count < 0 && errno == EINTR) {
            continue;
        }
        if (count > 0 && EVP_DigestUpdate(m_digest, buffer, static_cast<std::size_t>(count)) != 1) {
            throw std::runtime_error("SHA-256 computation failed");
        }
        return static_cast<long>(count);
    }
}

std::optional<std::string> FileChunks::finish() {
    unsigned char buffer[1 << 16];
    for (;;) {
        const long count = read(buffer, sizeof buffer);
        if (count == 0) {
            break;
        }
        if (count < 0) {
            return std::nullopt;
        }
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_digest, digest, &length) != 1) {
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

std::string read_prefix(const std::string& path, std::size_t size) {
    std::string prefix;
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return prefix;
    }
    char buffer[1 << 16];
    while (prefix.size() < size) {
        const ssize_t count = ::read(fd, buffer, std::min(sizeof buffer, size - prefix.size()));
        if (count < 0 && errno == EINTR) {
            continue;
        }
        if (count <= 0) {
            break;
        }
        prefix.append(buffer, static_cast<std::size_t>(count));
    }
    ::close(fd);
    return prefix;
}

} // namespace ausgleich::io
