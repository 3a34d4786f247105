#include "ausgleich/io/bundle.hpp"

#include "ausgleich/io/bundle_manifest.hpp"
#include "ausgleich/io/input_locator.hpp"
#include "ausgleich/io/output_file.hpp"
#include "ausgleich/io/source_file.hpp"
#include "ausgleich/io/staging_folder.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <system_error>

namespace ausgleich::io {

namespace fs = std::filesystem;

namespace {

// "rules/NAME" for each rules directory, NAME its last component, made unique.
std::vector<std::string> bundle_rules_dirs(const std::vector<std::string>& rules_dirs) {
    std::vector<std::string> names;
    std::set<std::string> taken;
    for (const auto& directory : rules_dirs) {
        std::string name = fs::path(directory).lexically_normal().filename().generic_string();
        if (name.empty()) { // "dir/" has an empty file name
            name = fs::path(directory).lexically_normal().parent_path().filename().generic_string();
        }
        if (name.empty() || name == "." || name == ".." || name.find('\\') != std::string::npos) {
            name = "rules";
        }
        std::string unique = name;
        for (int n = 2; !taken.insert(unique).second; ++n) {
            unique = name + "-" + std::to_string(n);
        }
        names.push_back("rules/" + unique);
    }
    return names;
}

bool plain_name(const std::string& name) {
    return name.find('\n') == std::string::npos && name.find('\\') == std::string::npos &&
           name.find('\r') == std::string::npos;
}

// The bundle's parts: relative name -> content.
using Files = std::map<std::string, std::string>;

bool write_tree(const fs::path& root, const Files& files, Diagnostics& diagnostics) {
    for (const auto& [name, content] : files) {
        const fs::path target = root / name;
        std::error_code error;
        fs::create_directories(target.parent_path(), error);
        if (error) {
            diagnostics.error(target.parent_path().generic_string(), SourcePos{},
                              "cannot create folder: " + error.message(), ErrorKind::io);
            return false;
        }
        if (!write_file_atomically(target.generic_string(), content, diagnostics)) {
            return false;
        }
    }
    return true;
}

} // namespace

bool write_bundle(const std::string& directory, const std::vector<InputRecord>& inputs,
                  const std::vector<std::string>& rules_dirs, const RenderSettlement& render,
                  Diagnostics& diagnostics) {
    std::error_code error;
    const fs::path target(directory);
    if (fs::exists(target, error) &&
        !(fs::is_directory(target, error) && fs::is_empty(target, error))) {
        diagnostics.error(directory, SourcePos{},
                          "archive folder exists and is not empty; name a new or empty folder",
                          ErrorKind::io);
        return false;
    }
    const std::vector<std::string> bundle_dirs = bundle_rules_dirs(rules_dirs);
    Files files;
    std::vector<InputRecord> recorded;
    for (const auto& input : inputs) {
        InputRecord copy = input;
        std::string source = input.path;
        if (input.role == "arge" || input.role == "paid") {
            // Paid settlements of a true-up go under paid/, each name once.
            const std::string base = fs::path(input.path).filename().generic_string();
            std::string name = input.role + "/" + base;
            for (int n = 2; files.count(name) > 0; ++n) {
                name = input.role + "/" + std::to_string(n) + "-" + base;
            }
            copy.path = name;
        } else {
            const auto at = std::find(rules_dirs.begin(), rules_dirs.end(), input.rules_dir);
            if (at == rules_dirs.end() || !stays_inside(input.path)) {
                diagnostics.error(input.path, SourcePos{},
                                  "internal: rules file outside its rules directory",
                                  ErrorKind::io);
                return false;
            }
            source = (fs::path(input.rules_dir) / input.path).generic_string();
            copy.rules_dir = bundle_dirs[static_cast<std::size_t>(at - rules_dirs.begin())];
        }
        const std::string name = copy.recorded_location();
        if (!plain_name(name)) {
            diagnostics.error(source, SourcePos{},
                              "cannot archive a file whose name holds a line break or backslash",
                              ErrorKind::io);
            return false;
        }
        const auto file = read_source_file(source, diagnostics);
        if (!file) {
            return false;
        }
        if (file->sha256 != input.sha256) {
            diagnostics.error(source, SourcePos{},
                              "changed while the settlement was made; settle again", ErrorKind::io);
            return false;
        }
        files[name] = file->content;
        recorded.push_back(std::move(copy));
    }
    files[k_bundle_settlement] = render(recorded, bundle_dirs);
    std::string sums;
    for (const auto& [name, content] : files) {
        sums += sha256_hex(content) + "  " + name + "\n";
    }
    files[k_bundle_sums] = sums;

    // Built beside the target and renamed into place, so that the bundle
    // appears whole or not at all; a signal meanwhile removes it.
    fs::path normal = target.lexically_normal();
    if (normal.filename().empty()) { // "DIR/"
        normal = normal.parent_path();
    }
    const fs::path parent = normal.parent_path().empty() ? fs::path(".") : normal.parent_path();
    StagingFolder staging(parent, normal.filename().string());
    if (!staging.created()) {
        diagnostics.error(directory, SourcePos{}, "cannot create the archive folder beside it",
                          ErrorKind::io);
        return false;
    }
    if (!write_tree(staging.path(), files, diagnostics)) {
        return false;
    }
    fs::permissions(staging.path(),
                    fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                        fs::perms::others_read | fs::perms::others_exec,
                    error);
    if (!staging.rename_to(target, error)) {
        diagnostics.error(directory, SourcePos{},
                          "cannot create archive folder: " + error.message(), ErrorKind::io);
        return false;
    }
    return true;
}

std::optional<SumsCheck> check_bundle_sums(const std::string& directory, Diagnostics& diagnostics) {
    const std::string list_path = (fs::path(directory) / k_bundle_sums).generic_string();
    const auto list = read_source_file(list_path, diagnostics);
    if (!list) {
        return std::nullopt;
    }
    SumsCheck check;
    std::set<std::string> listed;
    const BundleManifest manifest = parse_bundle_manifest(list->content);
    for (const auto& problem : manifest.problems) {
        diagnostics.error(list_path, SourcePos{problem.line, 1}, problem.message);
    }
    const bool valid = manifest.problems.empty();
    std::error_code real_error;
    const fs::path real_bundle = fs::canonical(directory, real_error);
    for (const auto& entry : manifest.entries) {
        ++check.listed;
        listed.insert(fs::path(entry.name).lexically_normal().generic_string());
        // A listed name that is a symbolic link out of the bundle is not
        // read: verify BUNDLE reads only files inside it (SPEC 5.1), so it
        // counts as missing from the bundle.
        const fs::path path = fs::path(directory) / entry.name;
        std::error_code error;
        const fs::path real = fs::canonical(path, error);
        const bool inside = !error && !real_error &&
                            stays_inside(real.lexically_relative(real_bundle).generic_string());
        Diagnostics missing;
        const auto file = inside ? read_source_file(path.generic_string(), missing) : std::nullopt;
        if (!file) {
            check.mismatches.push_back(SumMismatch{entry.name, entry.sha256, std::nullopt});
        } else if (file->sha256 != entry.sha256) {
            check.mismatches.push_back(SumMismatch{entry.name, entry.sha256, file->sha256});
        }
    }
    std::error_code error;
    std::vector<std::string> present;
    for (fs::recursive_directory_iterator it(directory, error), end; !error && it != end;
         it.increment(error)) {
        std::error_code kind;
        if (!it->is_directory(kind)) {
            const std::string name = it->path().lexically_relative(directory).generic_string();
            if (name != k_bundle_sums && listed.count(name) == 0) {
                present.push_back(name);
            }
        }
    }
    std::sort(present.begin(), present.end());
    check.unlisted = std::move(present);
    if (!valid) {
        return std::nullopt;
    }
    return check;
}

} // namespace ausgleich::io
