#include "ausgleich/io/staging_folder.hpp"

#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace ausgleich::io {

namespace fs = std::filesystem;

namespace {

constexpr const char* k_suffix = ".partial-";
constexpr std::size_t k_random = 6; // the XXXXXX of mkdtemp

std::string staging_prefix(const std::string& bundle_name) {
    const std::size_t room = NAME_MAX - 1 - std::strlen(k_suffix) - k_random;
    return "." + bundle_name.substr(0, room) + k_suffix;
}

// A staging folder that nobody holds locked belongs to a run that was killed
// (the lock ends with the process, even on SIGKILL): remove it.
void remove_leftovers(const fs::path& parent, int parent_fd, const std::string& prefix) {
    std::error_code error;
    for (fs::directory_iterator it(parent, error), end; !error && it != end; it.increment(error)) {
        const std::string name = it->path().filename().string();
        if (name.size() != prefix.size() + k_random ||
            name.compare(0, prefix.size(), prefix) != 0) {
            continue;
        }
        const int fd =
            ::openat(parent_fd, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) {
            continue;
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            remove_tree_at(parent_fd, name.c_str());
        }
        ::close(fd);
    }
}

} // namespace

StagingFolder::StagingFolder(const fs::path& parent, const std::string& bundle_name) {
    m_parent_fd = ::open(parent.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (m_parent_fd < 0) {
        return;
    }
    const std::string prefix = staging_prefix(bundle_name);
    remove_leftovers(parent, m_parent_fd, prefix);
    std::string pattern = (parent / (prefix + std::string(k_random, 'X'))).string();
    {
        const SignalBlock block; // no signal between creating and registering it
        if (::mkdtemp(pattern.data()) == nullptr) {
            return;
        }
        m_name = fs::path(pattern).filename().string();
        m_cleanup.arm(m_parent_fd, m_name.c_str());
    }
    m_path = pattern;
    // Until the lock is taken, a concurrent run could remove the folder as a
    // leftover; this run then fails with an io error or recreates it, and
    // never renames a partial bundle into place.
    m_lock_fd =
        ::openat(m_parent_fd, m_name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (m_lock_fd >= 0) {
        ::flock(m_lock_fd, LOCK_EX);
    }
}

StagingFolder::~StagingFolder() {
    if (created() && !m_renamed) {
        const SignalBlock block;
        std::error_code error;
        fs::remove_all(m_path, error);
        m_cleanup.disarm();
    }
    if (m_lock_fd >= 0) {
        ::close(m_lock_fd);
    }
    if (m_parent_fd >= 0) {
        ::close(m_parent_fd);
    }
}

bool StagingFolder::rename_to(const fs::path& target, std::error_code& error) {
    const SignalBlock block;
    fs::rename(m_path, target, error);
    if (!error) {
        m_renamed = true;
        m_cleanup.disarm();
    }
    return !error;
}

} // namespace ausgleich::io
