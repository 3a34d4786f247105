#include "ausgleich/io/output_file.hpp"

#include "ausgleich/io/signal_cleanup.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

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

// Hands every chunk of `produce` to write_all; on failure errno tells why.
bool write_content(int fd, const ContentProducer& produce) {
    int error_number = 0;
    const bool ok = produce([&](std::string_view chunk) {
        if (write_all(fd, chunk)) {
            return true;
        }
        error_number = errno;
        return false;
    });
    if (!ok) {
        errno = error_number != 0 ? error_number : EIO;
    }
    return ok;
}

std::string error_text(int error_number) {
    return std::string("cannot write file: ") + std::strerror(error_number);
}

class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    ~FileDescriptor() { close(); }
    int get() const { return m_fd; }
    /// Closes now, so that a late write error (NFS) is seen; 0 or an errno.
    int close() {
        const int fd = m_fd;
        m_fd = -1;
        return fd >= 0 && ::close(fd) != 0 ? errno : 0;
    }

private:
    int m_fd;
};

// A hidden name of fixed, short length: with it beside the output, an output
// name of NAME_MAX bytes still works, and a leftover (SIGKILL) does not clutter
// a listing.
std::string hidden_name() {
    static constexpr char k_letters[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    unsigned char random[8] = {};
    if (::getrandom(random, sizeof random, GRND_NONBLOCK) != static_cast<ssize_t>(sizeof random)) {
        // No entropy yet (early boot): unique enough, since creation is exclusive and retried.
        timespec now{};
        ::clock_gettime(CLOCK_REALTIME, &now);
        unsigned long long seed = static_cast<unsigned long long>(now.tv_nsec) ^
                                  (static_cast<unsigned long long>(::getpid()) << 32);
        for (auto& byte : random) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            byte = static_cast<unsigned char>(seed >> 56);
        }
    }
    std::string name = ".ausgleich-";
    for (const unsigned char byte : random) {
        name += k_letters[byte % (sizeof k_letters - 1)];
    }
    return name;
}

// The new file takes over mode, group and (for root) owner of the file it
// replaces: a 0600 result of staff-level data must not come back world-readable.
// Returns 0 or an errno.
int take_over_attributes(int fd, const struct stat& old) {
    mode_t mode = old.st_mode & 07777;
    const uid_t owner = ::geteuid() == 0 ? old.st_uid : static_cast<uid_t>(-1);
    if (::fchown(fd, owner, old.st_gid) != 0) {
        // Not a member of the old group: the file keeps ours, whose members
        // were "others" to the old file and get no more than others had.
        struct stat now {};
        if (::fstat(fd, &now) != 0 || now.st_gid != old.st_gid) {
            const mode_t others_as_group = (mode & S_IRWXO) << 3;
            mode = (mode & ~(S_IRWXG | S_ISGID)) | (mode & S_IRWXG & others_as_group);
        }
    }
    return ::fchmod(fd, mode) == 0 ? 0 : errno;
}

// The attributes of whatever regular file is at `name` now, if any (0 or an errno).
int take_over_attributes_of(int fd, int directory_fd, const std::string& name) {
    struct stat old {};
    if (::fstatat(directory_fd, name.c_str(), &old, 0) != 0 || !S_ISREG(old.st_mode)) {
        return 0;
    }
    return take_over_attributes(fd, old);
}

// Gives the anonymous file `fd` the name `name`. /proc/self/fd works for any
// user; AT_EMPTY_PATH needs CAP_DAC_READ_SEARCH (or Linux 6.10) but no /proc.
int link_anonymous(int fd, int directory_fd, const char* name) {
    char proc_path[64];
    std::snprintf(proc_path, sizeof proc_path, "/proc/self/fd/%d", fd);
    if (::linkat(AT_FDCWD, proc_path, directory_fd, name, AT_SYMLINK_FOLLOW) == 0) {
        return 0;
    }
    if (errno != ENOENT) {
        return errno;
    }
    return ::linkat(fd, "", directory_fd, name, AT_EMPTY_PATH) == 0 ? 0 : errno;
}

enum class Outcome { written, failed, unsupported };

struct Result {
    Outcome outcome;
    int error_number = 0;
};

// Links the anonymous file under a hidden name and renames it over `name`.
// All catchable signals wait until both are done, so only SIGKILL in these
// few microseconds can leave the hidden name behind.
Result link_and_replace(int fd, int directory_fd, const std::string& name) {
    const SignalBlock block;
    std::string temporary;
    int error_number = EEXIST;
    for (int attempt = 0; attempt < 100 && error_number == EEXIST; ++attempt) {
        temporary = hidden_name();
        error_number = link_anonymous(fd, directory_fd, temporary.c_str());
    }
    if (error_number != 0) {
        return {error_number == ENOENT ? Outcome::unsupported : Outcome::failed, error_number};
    }
    if (::renameat(directory_fd, temporary.c_str(), directory_fd, name.c_str()) != 0) {
        error_number = errno;
        ::unlinkat(directory_fd, temporary.c_str(), 0);
        return {Outcome::failed, error_number};
    }
    return {Outcome::written};
}

// The file is written without a name (O_TMPFILE) and gets one only when it is
// complete: a signal, even SIGKILL, while it is written leaves nothing.
Result write_anonymous(int directory_fd, const std::string& name, bool replacing,
                       const ContentProducer& content) {
    // A new file gets 0666 less umask (and the folder's default ACL) from the
    // kernel; a replacement starts private until it has the old file's mode.
    FileDescriptor file(
        ::openat(directory_fd, ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, replacing ? 0600 : 0666));
    if (file.get() < 0) {
        const bool unsupported = errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL;
        return {unsupported ? Outcome::unsupported : Outcome::failed, errno};
    }
    if (!write_content(file.get(), content) || ::fsync(file.get()) != 0) {
        return {Outcome::failed, errno};
    }
    if (replacing) {
        if (const int error_number = take_over_attributes_of(file.get(), directory_fd, name)) {
            return {Outcome::failed, error_number};
        }
        return link_and_replace(file.get(), directory_fd, name);
    }
    const int error_number = link_anonymous(file.get(), directory_fd, name.c_str());
    if (error_number == 0) {
        return {Outcome::written};
    }
    if (error_number == ENOENT) {
        return {Outcome::unsupported, error_number};
    }
    if (error_number != EEXIST) {
        return {Outcome::failed, error_number};
    }
    // Someone created it meanwhile: replace it like any existing output.
    if (const int take_over_error = take_over_attributes_of(file.get(), directory_fd, name)) {
        return {Outcome::failed, take_over_error};
    }
    return link_and_replace(file.get(), directory_fd, name);
}

// Where O_TMPFILE is missing (some FUSE and network file systems): a hidden
// named temporary file, removed on error and by every catchable signal.
Result write_named_temporary(int directory_fd, const std::string& name, bool replacing,
                             const ContentProducer& content) {
    CleanupOnSignal cleanup(CleanupOnSignal::Kind::file);
    std::string temporary;
    int fd = -1;
    {
        const SignalBlock block; // no signal between creating and registering it
        for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
            temporary = hidden_name();
            fd = ::openat(directory_fd, temporary.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC,
                          replacing ? 0600 : 0666);
            if (fd < 0 && errno != EEXIST) {
                break;
            }
        }
        if (fd < 0) {
            return {Outcome::failed, errno};
        }
        cleanup.arm(directory_fd, temporary.c_str());
    }
    FileDescriptor file(fd);
    int error_number = 0;
    if (!write_content(file.get(), content) || ::fsync(file.get()) != 0) {
        error_number = errno;
    }
    if (error_number == 0) {
        error_number = take_over_attributes_of(file.get(), directory_fd, name);
    }
    const int close_error = file.close();
    if (error_number == 0) {
        error_number = close_error;
    }
    const SignalBlock block;
    if (error_number == 0 &&
        ::renameat(directory_fd, temporary.c_str(), directory_fd, name.c_str()) != 0) {
        error_number = errno;
    }
    if (error_number != 0) {
        ::unlinkat(directory_fd, temporary.c_str(), 0);
    }
    cleanup.disarm();
    return {error_number == 0 ? Outcome::written : Outcome::failed, error_number};
}

// A device or pipe (/dev/null, /dev/stdout, a FIFO) cannot be replaced by
// renaming; it is written directly, as the user asked.
bool write_special_file(const std::string& path, const ContentProducer& content,
                        Diagnostics& diagnostics) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    bool ok = fd >= 0 && write_content(fd, content);
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

// The folder and the name inside it; every step works relative to the open
// folder, so that all of them concern the same place.
struct Target {
    std::string directory;
    std::string name;
};

Target split(const std::string& path) {
    const auto slash = path.rfind('/');
    if (slash == std::string::npos) {
        return {".", path};
    }
    return {slash == 0 ? "/" : path.substr(0, slash), path.substr(slash + 1)};
}

int open_directory(const std::string& directory) {
    const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0 || errno != EACCES) {
        return fd;
    }
    // A folder we may write but not list: enough for every step but its fsync.
    return ::open(directory.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
}

} // namespace

bool write_file_atomically(const std::string& path, const ContentProducer& content,
                           Diagnostics& diagnostics) {
    const Target target = split(path);
    const auto fail = [&](int error_number) {
        diagnostics.error(path, SourcePos{}, error_text(error_number), ErrorKind::io);
        return false;
    };
    if (target.name.empty()) {
        return fail(EISDIR); // "dir/" names a folder
    }
    const FileDescriptor directory(open_directory(target.directory));
    if (directory.get() < 0) {
        return fail(errno);
    }
    struct stat existing {};
    const bool exists = ::fstatat(directory.get(), target.name.c_str(), &existing, 0) == 0;
    if (exists && S_ISDIR(existing.st_mode)) {
        return fail(EISDIR);
    }
    if (exists && !S_ISREG(existing.st_mode)) {
        return write_special_file(path, content, diagnostics);
    }
    // Beyond `ulimit -f`, write() then fails with EFBIG and is reported (exit 4).
    const FileSizeSignalIgnored file_size_limit_reported;
    Result result = write_anonymous(directory.get(), target.name, exists, content);
    if (result.outcome == Outcome::unsupported) {
        result = write_named_temporary(directory.get(), target.name, exists, content);
    }
    if (result.outcome != Outcome::written) {
        return fail(result.error_number);
    }
    // The new name itself survives a power loss only once the folder is on disk.
    ::fsync(directory.get());
    return true;
}

bool write_file_atomically(const std::string& path, std::string_view content,
                           Diagnostics& diagnostics) {
    return write_file_atomically(
        path, [content](const ChunkWriter& write) { return write(content); }, diagnostics);
}

bool write_stdout(const ContentProducer& content, Diagnostics& diagnostics) {
    std::fflush(stdout);
    if (!write_content(STDOUT_FILENO, content)) {
        diagnostics.error("<stdout>", SourcePos{},
                          std::string("cannot write: ") + std::strerror(errno), ErrorKind::io);
        return false;
    }
    return true;
}

bool write_stdout(std::string_view content, Diagnostics& diagnostics) {
    return write_stdout([content](const ChunkWriter& write) { return write(content); },
                        diagnostics);
}

} // namespace ausgleich::io
