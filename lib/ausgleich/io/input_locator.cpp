#include "ausgleich/io/input_locator.hpp"

#include "ausgleich/io/source_file.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace ausgleich::io {

namespace fs = std::filesystem;

namespace {

std::string join(const std::string& directory, const std::string& relative) {
    return (fs::path(directory) / relative).generic_string();
}

bool is_regular(const std::string& path) {
    std::error_code error;
    return fs::is_regular_file(path, error);
}

// The SHA-256 of a file, or "" when it cannot be read.
std::string hash_of(const std::string& path) {
    Diagnostics ignored; // an unreadable candidate is simply no match
    const auto file = read_source_file(path, ignored);
    return file ? file->sha256 : std::string();
}

} // namespace

std::string LocatedInput::path() const {
    return found_by == FoundBy::missing ? std::string() : join(directory, relative);
}

bool stays_inside(const std::string& path) {
    const fs::path parsed(path);
    if (path.empty() || parsed.is_absolute()) {
        return false;
    }
    for (const auto& part : parsed) {
        if (part == "..") {
            return false;
        }
    }
    return true;
}

InputLocator::InputLocator(SearchScope scope) : m_scope(std::move(scope)) {}

std::vector<std::string> InputLocator::content_roots() const {
    std::vector<std::string> roots;
    if (m_scope.base_dir) {
        roots.push_back(*m_scope.base_dir);
    }
    const auto& rules =
        m_scope.rules.empty() && !m_scope.base_dir ? m_scope.recorded_rules : m_scope.rules;
    roots.insert(roots.end(), rules.begin(), rules.end());
    return roots;
}

std::vector<std::string> InputLocator::scope_roots() const {
    std::vector<std::string> roots = content_roots();
    if (!m_scope.base_dir) {
        roots.emplace_back(".");
        roots.push_back(m_scope.settlement_dir.empty() ? "." : m_scope.settlement_dir);
    }
    return roots;
}

// (directory, relative) pairs to try in order, before any search by content.
std::vector<std::pair<std::string, std::string>>
InputLocator::path_candidates(const InputRecord& input) const {
    std::vector<std::pair<std::string, std::string>> candidates;
    const std::string name = fs::path(input.path).filename().generic_string();
    if (input.role == "arge" || input.role == "paid") { // a true-up's paid settlements
        if (!m_scope.base_dir) {
            candidates.emplace_back("", input.path); // relative to the working directory
        } else {
            if (stays_inside(input.path)) {
                candidates.emplace_back(*m_scope.base_dir, input.path);
            }
            candidates.emplace_back(*m_scope.base_dir, name);
        }
        return candidates;
    }
    const bool relative_ok = stays_inside(input.path);
    if (!m_scope.rules.empty()) {
        for (const auto& directory : m_scope.rules) {
            if (relative_ok) {
                candidates.emplace_back(directory, input.path);
            }
        }
    } else if (m_scope.base_dir) {
        // An archive: the recorded rules directory inside it (a bundle), the
        // recorded relative path, or the file name (everything in one folder).
        if (relative_ok && stays_inside(input.rules_dir)) {
            candidates.emplace_back(join(*m_scope.base_dir, input.rules_dir), input.path);
        }
        if (relative_ok) {
            candidates.emplace_back(*m_scope.base_dir, input.path);
        }
        candidates.emplace_back(*m_scope.base_dir, name);
    } else if (relative_ok) {
        if (!input.rules_dir.empty()) {
            candidates.emplace_back(input.rules_dir, input.path);
        } else {
            for (const auto& directory : m_scope.recorded_rules) {
                candidates.emplace_back(directory, input.path);
            }
        }
    }
    return candidates;
}

// By real paths, so that neither "..", an absolute path nor a symbolic link
// (a file or any folder on the way) leads out of the scope.
bool InputLocator::inside_scope(const std::string& path) const {
    std::error_code error;
    const fs::path real = fs::canonical(path, error);
    if (error) {
        return false;
    }
    for (const auto& root : scope_roots()) {
        const fs::path real_root = fs::canonical(root, error);
        if (error) {
            continue;
        }
        const auto relative = real.lexically_relative(real_root);
        if (!relative.empty() && stays_inside(relative.generic_string())) {
            return true;
        }
    }
    return false;
}

const std::map<std::string, std::string>& InputLocator::content_index() {
    if (!m_by_sha256) {
        m_by_sha256.emplace();
        for (const auto& root : content_roots()) {
            std::vector<std::string> paths;
            std::error_code error;
            fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied,
                                                error);
            for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
                std::error_code kind;
                if (it->is_regular_file(kind) && !it->is_symlink(kind)) {
                    paths.push_back(it->path().generic_string()); // no FIFO, device or link
                }
            }
            // Byte order, so that which of two equal copies is named never
            // depends on the file system's order.
            std::sort(paths.begin(), paths.end());
            for (const auto& path : paths) {
                if (const std::string sha256 = hash_of(path); !sha256.empty()) {
                    m_by_sha256->emplace(sha256, path); // the first in byte order wins
                }
            }
        }
    }
    return *m_by_sha256;
}

LocatedInput InputLocator::locate(const InputRecord& input) {
    for (const auto& [directory, relative] : path_candidates(input)) {
        const std::string path = directory.empty() ? relative : join(directory, relative);
        if (is_regular(path) && inside_scope(path)) {
            const bool by_name = relative != input.path;
            return LocatedInput{by_name ? FoundBy::file_name : FoundBy::recorded_path, directory,
                                relative, hash_of(path)};
        }
    }
    const auto& index = content_index();
    if (const auto found = index.find(input.sha256); found != index.end()) {
        const fs::path path(found->second);
        if (inside_scope(found->second)) {
            return LocatedInput{FoundBy::content, path.parent_path().generic_string(),
                                path.filename().generic_string(), found->first};
        }
    }
    return LocatedInput{};
}

} // namespace ausgleich::io
