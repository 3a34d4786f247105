#include "ausgleich/io/file_chunks.hpp"

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace ausgleich::io {

FileChunks::~FileChunks() {
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

bool FileChunks::open(const std::string& path) {
    m_fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    return m_fd >= 0;
}

long FileChunks::read(unsigned char* buffer, std::size_t size) {
    for (;;) {
        const ssize_t count = ::read(m_fd, buffer, size);
        if (count < 0 && errno == EINTR) {
            continue;
        }
        if (count > 0) {
            m_digest.update(buffer, static_cast<std::size_t>(count));
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
    return m_digest.hex();
}

std::string read_prefix(const std::string& path, std::size_t size) {
    std::string prefix;
    FileChunks chunks; // its digest is not needed: this is the error path
    if (!chunks.open(path)) {
        return prefix;
    }
    unsigned char buffer[1 << 16];
    while (prefix.size() < size) {
        const long count = chunks.read(buffer, std::min(sizeof buffer, size - prefix.size()));
        if (count <= 0) {
            break;
        }
        prefix.append(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(count));
    }
    return prefix;
}

} // namespace ausgleich::io
