// `ausgleich verify SETTLEMENT.json`: finds the recorded inputs again, reports
// every file whose SHA-256 changed, recomputes with the recorded period and
// policy and reports every figure that differs (exit 3).

#include "ausgleich/io/settlement_reader.hpp"
#include "ausgleich/io/settlement_run.hpp"
#include "ausgleich/io/source_file.hpp"
#include "ausgleich/report/verify_report.hpp"
#include "ausgleich/verification.hpp"
#include "commands.hpp"

#include <filesystem>
#include <iostream>
#include <memory>

namespace ausgleich::cli {

namespace {

struct VerifyOptions {
    std::string settlement;
    std::string base_dir;
    std::string language = "en";
    std::vector<std::string> rules;
};

ExitStatus run_verify(const VerifyOptions& options) {
    const auto language = report::parse_language(options.language);
    Diagnostics diagnostics;
    const auto file = io::read_source_file(options.settlement, diagnostics);
    if (!file) {
        return report(diagnostics);
    }
    const auto recorded = io::read_settlement(*file, diagnostics);
    if (!recorded) {
        return report(diagnostics);
    }
    if (recorded->kind != "settlement") {
        diagnostics.error(file->path, SourcePos{},
                          "verify reproduces settlements; this is a '" + recorded->kind + "' file");
        return report(diagnostics);
    }
    if (recorded->aggregated) {
        diagnostics.error(file->path, SourcePos{},
                          "an aggregated settlement (--aggregate) has no staff lines to "
                          "reproduce; verify the full settlement it was made with");
        return report(diagnostics);
    }

    // Find every recorded input again: the ARGE file below --base-dir (or where
    // it was), the rules files below the rules directories.
    const std::vector<std::string> directories = rules_directories(options.rules);
    std::string arge_path;
    std::vector<io::RulesFile> rules_files;
    std::vector<std::string> report_lines;
    for (const auto& input : recorded->inputs) {
        std::string located;
        if (input.role == "arge") {
            located = options.base_dir.empty()
                          ? input.path
                          : (std::filesystem::path(options.base_dir) / input.path).generic_string();
            std::error_code error;
            if (!std::filesystem::is_regular_file(located, error)) {
                diagnostics.error(file->path, SourcePos{},
                                  "recorded ARGE file " + input.path + " not found at " + located +
                                      " (use --base-dir to point at an archived copy)",
                                  ErrorKind::io);
                continue;
            }
            arge_path = located;
        } else {
            const auto found = io::find_rules_file(directories, input.path, input.sha256);
            if (!found) {
                std::string searched;
                for (const auto& directory : directories) {
                    searched += (searched.empty() ? "" : ", ") + directory;
                }
                diagnostics.error(file->path, SourcePos{},
                                  "recorded " + input.role + " file " + input.path + " (" +
                                      input.id + ") not found below the rules directories (" +
                                      searched + "; use --rules)",
                                  ErrorKind::io);
                continue;
            }
            located = found->path();
            rules_files.push_back(*found);
        }
        Diagnostics hash_diagnostics;
        const auto current = io::read_source_file(located, hash_diagnostics);
        if (current && current->sha256 != input.sha256) {
            report_lines.push_back(
                report::changed_input_text(input, located, current->sha256, language));
        }
    }
    if (diagnostics.has_errors() || arge_path.empty()) {
        if (arge_path.empty() && !diagnostics.has_errors()) {
            diagnostics.error(file->path, SourcePos{},
                              "no ARGE file is recorded in the settlement");
        }
        return report(diagnostics);
    }

    const auto run = io::run_settlement(arge_path, io::load_rules_files(rules_files, diagnostics),
                                        recorded->period, diagnostics, "", recorded->policy);
    if (!run->settlement) {
        return report(diagnostics);
    }
    const auto differences = compare_settlements(*recorded, *run->settlement);
    for (const auto& difference : differences) {
        report_lines.push_back(report::difference_text(difference, language));
    }
    std::string out;
    for (const auto& line : report_lines) {
        out += line + "\n";
    }
    out += report::verification_summary(*recorded, report_lines.size(), language) + "\n";
    std::cout << out << std::flush;
    const ExitStatus status = report(diagnostics);
    if (status != ExitStatus::success) {
        return status;
    }
    return report_lines.empty() ? ExitStatus::success : ExitStatus::mismatch;
}

} // namespace

Command make_verify_command(CLI::App& parent) {
    auto options = std::make_shared<VerifyOptions>();
    CLI::App* app = parent.add_subcommand(
        "verify",
        "Recompute a saved settlement from its recorded inputs and report any difference");
    app->add_option("settlement", options->settlement,
                    "A settlement saved with settle --format json")
        ->required()
        ->type_name("SETTLEMENT.json");
    app->add_option("--base-dir", options->base_dir,
                    "Look for the recorded ARGE file below DIR (an archived bundle)")
        ->type_name("DIR");
    add_language_option(*app, options->language);
    add_rules_option(*app, options->rules);
    app->footer(
        "Example:\n  ausgleich settle examples/musterstadt/arge.yaml --period 2005-Q2 --format "
        "json -o q2.json\n"
        "  ausgleich verify q2.json\n\n"
        "The recorded rules files are looked up below the rules directories by their recorded\n"
        "path; the settlement is recomputed with the recorded period and policy.\n"
        "Exit status: 0 identical, 1 invalid data, 2 usage error, 3 differences found,\n"
        "4 a recorded input cannot be read.");
    return Command{app, [options] {
                       return run_verify(*options);
                   }};
}

} // namespace ausgleich::cli
