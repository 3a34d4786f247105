#include "ausgleich/io/rules_loader.hpp"

#include "ausgleich/io/input_loader.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace ausgleich::io {

namespace {

namespace fs = std::filesystem;

// What a `*.yaml` entry is, after following symbolic links, in words for a message.
std::string kind_in_words(fs::file_type type) {
    switch (type) {
    case fs::file_type::fifo:
        return "a FIFO";
    case fs::file_type::socket:
        return "a socket";
    case fs::file_type::block:
        return "a block device";
    case fs::file_type::character:
        return "a character device";
    default:
        break;
    }
    return "not a regular file";
}

// Collects the *.yaml files below `directory` (relative to `root`), going on after
// a problem so that every unreadable or odd entry is reported at once.
class YamlFinder {
public:
    YamlFinder(const fs::path& root, Diagnostics& diagnostics)
        : m_root(root), m_diagnostics(diagnostics) {}

    void scan(const fs::path& directory) {
        std::error_code error;
        std::vector<std::string> entries;
        fs::directory_iterator it(directory, error);
        for (; !error && it != fs::directory_iterator(); it.increment(error)) {
            entries.push_back(it->path().generic_string());
        }
        // An unreadable subdirectory is an error, not skipped: the settlement
        // would silently miss the catalog in it.
        if (error) {
            problem(directory, "cannot list rules directory: " + error.message());
        }
        // In byte order, so that the messages never depend on the file system's order.
        std::sort(entries.begin(), entries.end());
        for (const auto& entry : entries) {
            visit(entry);
        }
    }

    std::vector<std::string> files() {
        std::sort(m_files.begin(), m_files.end());
        return std::move(m_files);
    }

private:
    void visit(const fs::path& path) {
        std::error_code error;
        const fs::file_status own = fs::symlink_status(path, error);
        if (error) {
            problem(path, "cannot read rules directory entry: " + error.message());
            return;
        }
        // Symbolic links to directories are not followed (as ever: no loops).
        if (fs::is_directory(own)) {
            scan(path);
            return;
        }
        if (path.extension() != ".yaml") {
            return; // never opened, whatever it is
        }
        // A link to a regular file is read; a dangling link or a loop is an error
        // (worded as when it was opened, before the kind of each entry was checked).
        const fs::file_status target = fs::status(path, error);
        if (error) {
            problem(path, "cannot read file: " + error.message());
        } else if (fs::is_regular_file(target)) {
            m_files.push_back(path.lexically_relative(m_root).generic_string());
        } else if (!fs::is_directory(target)) {
            // Opening a FIFO would wait for a writer forever; a device is no rules file.
            problem(path, "cannot read file: it is " + kind_in_words(target.type()) +
                              ", not a regular file");
        }
    }

    void problem(const fs::path& path, std::string message) {
        m_diagnostics.error(path.generic_string(), SourcePos{}, std::move(message), ErrorKind::io);
    }

    fs::path m_root;
    Diagnostics& m_diagnostics;
    std::vector<std::string> m_files;
};

// Relative paths of every regular *.yaml file below `directory`, sorted.
std::vector<std::string> yaml_files_below(const std::string& directory, Diagnostics& diagnostics) {
    std::error_code error;
    if (!fs::is_directory(directory, error)) {
        diagnostics.error(directory, SourcePos{}, "rules directory not found", ErrorKind::io);
        return {};
    }
    YamlFinder finder(directory, diagnostics);
    finder.scan(directory);
    return finder.files();
}

} // namespace

Rules load_rules(const std::vector<std::string>& directories, Diagnostics& diagnostics) {
    std::vector<RulesFile> files;
    for (const auto& directory : directories) {
        for (auto& relative : yaml_files_below(directory, diagnostics)) {
            files.push_back(RulesFile{directory, std::move(relative)});
        }
    }
    Rules rules = load_rules_files(files, diagnostics);
    rules.directories = directories;
    return rules;
}

Rules load_rules_files(const std::vector<RulesFile>& files, Diagnostics& diagnostics) {
    Rules rules;
    for (const auto& file : files) {
        const std::string path = file.path();
        auto input = load_input_file(path, diagnostics);
        if (!input) {
            continue;
        }
        if (input->kind == FileKind::arge) {
            diagnostics.error(path, SourcePos{1, 1},
                              "an ARGE file does not belong in a rules directory");
            continue;
        }
        std::string id;
        std::optional<std::string> status;
        if (input->rates) {
            id = input->rates->id;
            status = std::string(to_string(input->rates->status));
            rules.rates.add(std::move(*input->rates), diagnostics);
        } else if (input->tasks) {
            id = input->tasks->id;
            rules.tasks.add(std::move(*input->tasks), diagnostics);
        }
        rules.opened_paths.push_back(path);
        if (input->kind != FileKind::unknown) {
            // `used` is settled later, by the settlement that reads the rules.
            rules.inputs.push_back(InputRecord{std::string(to_string(input->kind)), id,
                                               file.relative, input->source.sha256, file.directory,
                                               status, true});
        }
    }
    std::stable_sort(rules.inputs.begin(), rules.inputs.end(),
                     [](const InputRecord& a, const InputRecord& b) { return a.path < b.path; });
    return rules;
}

std::string RulesFile::path() const {
    return (fs::path(directory) / relative).generic_string();
}

} // namespace ausgleich::io
