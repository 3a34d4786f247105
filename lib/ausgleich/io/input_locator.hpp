#pragma once
// Finding the recorded inputs of a settlement again (SPEC 5.1), for `verify`:
// by recorded path, by file name inside an archive, then by content, and
// never outside the directories the auditor named.

#include "ausgleich/input_record.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ausgleich::io {

/// Where verify may look.
struct SearchScope {
    /// `--base-dir`, or the bundle's own folder: the ARGE file is looked up
    /// inside it, and with it set no file outside it and `rules` is read.
    std::optional<std::string> base_dir;
    /// `--rules` as given: replaces the recorded rules directories.
    std::vector<std::string> rules;
    /// The rules directories recorded in the settlement, as written.
    std::vector<std::string> recorded_rules;
    /// The folder of the settlement file ("" for the working directory).
    /// Without base_dir, a recorded ARGE or paid path is read only when it
    /// lies inside the working directory (SPEC 5.1: the ARGE path is relative
    /// to it), this folder or the rules directories: a forged
    /// "../../etc/passwd" or "/etc/passwd" is never opened.
    std::string settlement_dir;
};

/// How a recorded input was found.
enum class FoundBy { recorded_path, file_name, content, missing };

struct LocatedInput {
    FoundBy found_by = FoundBy::missing;
    std::string directory; ///< the folder `relative` is in (for loading rules files)
    std::string relative;
    std::string sha256;       ///< of the file found (empty when missing or unreadable)
    std::string path() const; ///< directory/relative, or "" when missing
};

class InputLocator {
public:
    explicit InputLocator(SearchScope scope);

    /// Looks for `input` by path, then by file name (inside an archive), then
    /// by SHA-256 below every directory of the scope. A file found by path or
    /// name is taken even when its content changed (it is then a changed input).
    LocatedInput locate(const InputRecord& input);

    /// The directories searched by content, as given.
    std::vector<std::string> content_roots() const;
    /// The directories a file may lie in (by its real path, symbolic links
    /// resolved) to be read at all: with base_dir that folder and the given
    /// rules directories (SPEC 5.1), else also the working directory and the
    /// settlement's folder.
    std::vector<std::string> scope_roots() const;

private:
    std::vector<std::pair<std::string, std::string>>
    path_candidates(const InputRecord& input) const;
    bool inside_scope(const std::string& path) const;
    const std::map<std::string, std::string>& content_index();

    SearchScope m_scope;
    std::optional<std::map<std::string, std::string>> m_by_sha256; ///< sha256 -> path, lazily
};

/// Whether `path` is relative and has no `..` component, so that joining it
/// to a directory stays inside that directory.
bool stays_inside(const std::string& path);

} // namespace ausgleich::io
