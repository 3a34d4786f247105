#pragma once
// The folder a bundle is built in before it is renamed into place (SPEC 5.1:
// written completely or not at all).

#include "ausgleich/io/signal_cleanup.hpp"

#include <filesystem>
#include <string>
#include <system_error>

namespace ausgleich::io {

/// A hidden folder beside the bundle, `.NAME.partial-XXXXXX` (NAME the
/// bundle's folder name, shortened to fit NAME_MAX), so that a leftover is
/// recognisable and stays out of listings. It is removed on failure and by
/// every catchable signal; it is locked (flock) while in use, and the next run
/// for the same bundle removes leftovers whose lock nobody holds, i.e. those of
/// a run killed by SIGKILL.
class StagingFolder {
public:
    StagingFolder(const std::filesystem::path& parent, const std::string& bundle_name);
    StagingFolder(const StagingFolder&) = delete;
    StagingFolder& operator=(const StagingFolder&) = delete;
    /// Removes the folder unless it was renamed.
    ~StagingFolder();

    bool created() const { return !m_name.empty(); }
    const std::filesystem::path& path() const { return m_path; }
    /// Renames the folder to `target`; a signal meanwhile waits until it is done.
    bool rename_to(const std::filesystem::path& target, std::error_code& error);

private:
    CleanupOnSignal m_cleanup{CleanupOnSignal::Kind::tree};
    int m_parent_fd = -1;
    int m_lock_fd = -1;
    std::string m_name;
    std::filesystem::path m_path;
    bool m_renamed = false;
};

} // namespace ausgleich::io
