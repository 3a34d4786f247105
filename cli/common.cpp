#include "common.hpp"

#include "ausgleich/io/output_file.hpp"

#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace ausgleich::cli {

namespace fs = std::filesystem;

void add_rules_option(CLI::App& app, std::vector<std::string>& directories) {
    app.add_option("--rules", directories,
                   "Rules directory (repeatable; replaces the default: $AUSGLEICH_RULES, the "
                   "installed share/ausgleich/rules, the source tree's rules/)")
        ->type_name("DIR")
        ->allow_extra_args(false) // one value per --rules, so a positional may follow
        ->check([](const std::string& directory) {
            // "" would be looked up as a directory without a name.
            return directory.empty() ? std::string("a rules directory must be named")
                                     : std::string();
        });
}

CLI::Option* add_period_option(CLI::App& app, std::string& period, const std::string& description) {
    return app.add_option("--period", period, description)
        ->required()
        ->type_name("P")
        ->check([](const std::string& text) {
            try {
                parse_period(text);
                return std::string();
            } catch (const PeriodError& error) {
                return std::string(error.what());
            }
        });
}

void add_format_option(CLI::App& app, std::string& format,
                       const std::vector<std::string>& choices) {
    app.add_option("--format", format, "Output format")
        ->check(CLI::IsMember(choices))
        ->capture_default_str();
}

void add_language_option(CLI::App& app, std::string& language) {
    app.add_option("--lang", language,
                   "Language of output for people: words, numbers (1.234,56) and dates "
                   "(30.06.2005) in German with 'de'. JSON, CSV fields and ledger stay as they are")
        ->check(CLI::IsMember({"en", "de"}))
        ->capture_default_str();
}

void add_csv_dialect_option(CLI::App& app, std::string& dialect, const std::string& format) {
    CLI::Option* option =
        app.add_option("--csv-dialect", dialect,
                       "CSV dialect: rfc4180 (',' and '.') or excel-de (';', decimal comma, UTF-8 "
                       "with BOM, for German Excel and LibreOffice)")
            ->check(CLI::IsMember({"rfc4180", "excel-de"}))
            ->capture_default_str();
    app.parse_complete_callback([option, &format] {
        if (option->count() > 0 && format != "csv") {
            throw CLI::ValidationError("--csv-dialect", "applies to --format csv only");
        }
    });
}

void add_aggregate_option(CLI::App& app, bool& aggregate) {
    app.add_flag("--aggregate", aggregate,
                 "Sum by pay group and employer instead of listing staff: no staff ids in the "
                 "output, for documents that go to the other partner");
}

void add_archive_option(CLI::App& app, std::string& archive) {
    app.add_option("--archive", archive,
                   "Also write a self-contained bundle to DIR (new or empty): settlement.json, a "
                   "copy of every input and SHA256SUMS; `ausgleich verify DIR` checks it anywhere")
        ->type_name("DIR");
}

void add_output_option(CLI::App& app, std::string& output) {
    app.add_option("-o,--output", output, "Write to FILE (atomically) instead of stdout")
        ->type_name("FILE");
}

std::vector<std::string> rules_directories(const std::vector<std::string>& from_flag) {
    if (!from_flag.empty()) {
        return from_flag;
    }
    if (const char* env = std::getenv("AUSGLEICH_RULES"); env != nullptr && *env != '\0') {
        std::vector<std::string> directories;
        std::string list(env);
        std::size_t start = 0;
        while (start <= list.size()) {
            const auto colon = list.find(':', start);
            const std::string directory = list.substr(start, colon - start);
            // Empty entries are skipped as in PATH, and so are blank ones (" : "),
            // which are slips rather than directories named by spaces.
            if (directory.find_first_not_of(" \t") != std::string::npos) {
                directories.push_back(directory);
            }
            if (colon == std::string::npos) {
                break;
            }
            start = colon + 1;
        }
        // Set to something, yet naming nothing: settling without rules would only
        // give follow-on errors about unknown pay groups and tasks.
        if (directories.empty()) {
            throw UsageError("AUSGLEICH_RULES names no directory: \"" + list + "\"");
        }
        return directories;
    }
    // Installed, <prefix>/bin/ausgleich finds <prefix>/share/ausgleich/rules.
    // The build tree has the same layout: build/cli/ausgleich finds
    // build/share/ausgleich/rules, a symbolic link to the source tree's rules/
    // that CMake makes when it configures (cli/CMakeLists.txt), so that no
    // source path is compiled into the binary.
    std::error_code error;
    const fs::path executable = fs::read_symlink("/proc/self/exe", error);
    if (error) {
        throw UsageError("the default rules directory cannot be found (/proc/self/exe: " +
                         error.message() + "): give --rules DIR or set AUSGLEICH_RULES");
    }
    const fs::path shared = executable.parent_path().parent_path() / "share/ausgleich/rules";
    if (!fs::is_symlink(shared, error)) {
        // Installed (or missing: the rules loader then names it).
        return {shared.string()};
    }
    const fs::path source = fs::canonical(shared, error);
    if (error) {
        // A dangling link: the source tree moved away from the build tree.
        return {shared.string()};
    }
    // Recorded in every settlement: relative to the working directory when it
    // lies below it (a run from the source tree records "rules", as SPEC 6.1
    // shows), so that the same inputs give the same bytes on any checkout.
    const fs::path here = fs::current_path(error);
    if (!error) {
        const fs::path relative = source.lexically_relative(here);
        if (!relative.empty() && *relative.begin() != "..") {
            return {relative.generic_string()};
        }
    }
    return {source.string()};
}

ExitStatus report(const Diagnostics& diagnostics) {
    std::cerr << diagnostics.format_all() << std::flush;
    if (diagnostics.has_io_errors()) {
        return ExitStatus::io_failure;
    }
    return diagnostics.has_errors() ? ExitStatus::invalid_data : ExitStatus::success;
}

ExitStatus write_result(const std::string& content, const std::string& output,
                        const std::vector<std::string>& input_paths, Diagnostics& diagnostics) {
    return write_result([&](report::TextOutput& out) { out += content; }, output, input_paths,
                        diagnostics);
}

ExitStatus write_result(const std::function<void(report::TextOutput&)>& render,
                        const std::string& output, const std::vector<std::string>& input_paths,
                        Diagnostics& diagnostics) {
    const io::ContentProducer produce = [&render](const io::ChunkWriter& write) {
        report::TextOutput out(write);
        render(out);
        return out.finish();
    };
    if (output.empty() || output == "-") {
        io::write_stdout(produce, diagnostics);
        return report(diagnostics);
    }
    for (const auto& input : input_paths) {
        std::error_code error;
        if (fs::equivalent(output, input, error)) {
            diagnostics.error(output, SourcePos{}, "refusing to overwrite input file " + input,
                              ErrorKind::io);
            return report(diagnostics);
        }
    }
    io::write_file_atomically(output, produce, diagnostics);
    return report(diagnostics);
}

} // namespace ausgleich::cli
