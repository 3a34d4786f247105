#include "ausgleich/io/output_file.hpp"

#include <array>
#include <cerrno>
#include <csignal>
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

// The temporary file being written, for the signal handler to remove. The one
// piece of global state in the program: a signal handler can reach nothing else.
volatile std::sig_atomic_t g_temporary_exists = 0;
char g_temporary_path[4096];

extern "C" void remove_temporary_and_reraise(int signal_number) {
    if (g_temporary_exists != 0) {
        ::unlink(g_temporary_path);
    }
    ::signal(signal_number, SIG_DFL);
    ::raise(signal_number);
}

/// Removes the temporary file if the program is interrupted while it exists.
class InterruptCleanup {
public:
    explicit InterruptCleanup(const std::string& temporary) {
        std::snprintf(g_temporary_path, sizeof g_temporary_path, "%s", temporary.c_str());
        g_temporary_exists = 1;
        struct sigaction action {};
        action.sa_handler = remove_temporary_and_reraise;
        sigemptyset(&action.sa_mask);
        for (std::size_t i = 0; i < k_signals.size(); ++i) {
            ::sigaction(k_signals[i], &action, &m_previous[i]);
        }
    }
    InterruptCleanup(const InterruptCleanup&) = delete;
    InterruptCleanup& operator=(const InterruptCleanup&) = delete;
    ~InterruptCleanup() {
        for (std::size_t i = 0; i < k_signals.size(); ++i) {
            ::sigaction(k_signals[i], &m_previous[i], nullptr);
        }
        g_temporary_exists = 0;
    }

private:
    static constexpr std::array<int, 4> k_signals = {SIGINT, SIGTERM, SIGHUP, SIGPIPE};
    std::array<struct sigaction, 4> m_previous{};
};

std::string error_text(int error_number) {
    return std::string("cannot write file: ") + std::strerror(error_number);
}

// A device or pipe (/dev/null, /dev/stdout, a FIFO) cannot be replaced by
// renaming; it is written directly, as the user asked.
bool write_special_file(const std::string& path, std::string_view content,
                        Diagnostics& diagnostics) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    bool ok = fd >= 0 && write_all(fd, content);
    int saved_errno = errno;
    if (fd >= 0 && ::close(fd) != 0 && ok) {
        ok = false;
        saved_errno = errno;
    }
    if (!ok) {
        diagnostics.error(path, SourcePos{}, error_text(saved_errno), ErrorKind::io);
    }
    return ok;
}

} // namespace

bool write_file_atomically(const std::string& path, std::string_view content,
                           Diagnostics& diagnostics) {
    struct stat existing {};
    if (::stat(path.c_str(), &existing) == 0 && !S_ISREG(existing.st_mode) &&
        !S_ISDIR(existing.st_mode)) {
        return write_special_file(path, content, diagnostics);
    }
    std::string pattern = path + ".tmp-XXXXXX";
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int fd = ::mkstemp(name.data());
    if (fd < 0) {
        diagnostics.error(path, SourcePos{}, error_text(errno), ErrorKind::io);
        return false;
    }
    const std::string temporary(name.data());
    const InterruptCleanup cleanup(temporary);
    bool ok = write_all(fd, content) && ::fsync(fd) == 0;
    int saved_errno = errno;
    // mkstemp creates the file 0600; a result is an ordinary document (0666 less umask).
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
        diagnostics.error(path, SourcePos{}, error_text(saved_errno), ErrorKind::io);
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
