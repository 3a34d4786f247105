#include "ausgleich/io/output_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace ausgleich::io {

namespace {

bool write_all(int fd, std::string_view content) {
    while (!content.empty()) {
        const ssize_t written = ::write(fd, content.data(), content.size());
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        content.remove_prefix(static_cast<std::size_t>(written));
    }
    return true;
}

} // namespace

bool write_file_atomically(const std::string& path, std::string_view content,
                           Diagnostics& diagnostics) {
    std::string pattern = path + ".tmp-XXXXXX";
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());
    if (fd < 0) {
        diagnostics.error(path, SourcePos{},
                          std::string("cannot write file: ") + std::strerror(errno), ErrorKind::io);
        return false;
    }
    const std::string temporary(name.data());
    bool ok = write_all(fd, content) && ::fsync(fd) == 0;
    int saved_errno = errno;
    // mkstemp creates the file 0600; a result is an ordinary document (0644 less umask).
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
    if (::close(fd) != 0 && ok) {
        ok = false;
        saved_errno = errno;
    }
    if (ok && ::rename(temporary.c_str(), path.c_str()) != 0) {
        ok = false;
        saved_errno = errno;
    }
    if (!ok) {
        ::unlink(temporary.c_str());
        diagnostics.error(path, SourcePos{},
                          std::string("cannot write file: ") + std::strerror(saved_errno),
                          ErrorKind::io);
    }
    return ok;
}

bool write_stdout(std::string_view content, Diagnostics& diagnostics) {
    std::fflush(stdout);
    if (!write_all(STDOUT_FILENO, content)) {
        diagnostics.error("<stdout>", SourcePos{},
                          std::string("cannot write: ") + std::strerror(errno), ErrorKind::io);
        return false;
    }
    return true;
}

} // namespace ausgleich::io
