#include "ausgleich/io/rules_loader.hpp"

#include "ausgleich/io/input_loader.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace ausgleich::io {

namespace {

namespace fs = std::filesystem;

// Relative paths of every *.yaml below `directory`, sorted.
std::vector<std::string> yaml_files_below(const std::string& directory, Diagnostics& diagnostics) {
    std::vector<std::string> files;
    std::error_code error;
    if (!fs::is_directory(directory, error)) {
        diagnostics.error(directory, SourcePos{}, "rules directory not found", ErrorKind::io);
        return files;
    }
    fs::recursive_directory_iterator it(directory, fs::directory_options::skip_permission_denied,
                                        error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        if (it->path().extension() == ".yaml" && !it->is_directory(error)) {
            files.push_back(it->path().lexically_relative(directory).generic_string());
        }
    }
    if (error) {
        diagnostics.error(directory, SourcePos{}, "cannot list rules directory: " + error.message(),
                          ErrorKind::io);
    }
    std::sort(files.begin(), files.end());
    return files;
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
