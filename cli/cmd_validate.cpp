// `ausgleich validate FILE…`: checks ARGE, rates and tasks files (an ARGE file
// against the loaded rules) and prints every problem at once.

#include "ausgleich/app/validate.hpp"
#include "commands.hpp"

#include <iostream>
#include <memory>

namespace ausgleich::cli {

namespace {

struct ValidateOptions {
    std::vector<std::string> files;
    std::string period;
    std::vector<std::string> rules;
};

ExitStatus run_validate(const ValidateOptions& options) {
    Diagnostics diagnostics;
    // Known before any file is read, so that a bad AUSGLEICH_RULES is a usage
    // error whatever the files are.
    app::ValidateRequest request{options.files, std::nullopt, rules_directories(options.rules)};
    if (!options.period.empty()) {
        request.period = parse_period(options.period).range;
    }
    std::string confirmations;
    for (const auto& file : app::validate_files(request, diagnostics)) {
        confirmations += file.path + ": ok (" + file.summary + ")\n";
    }
    std::cout << confirmations << std::flush;
    return report(diagnostics);
}

} // namespace

Command make_validate_command(CLI::App& parent) {
    auto options = std::make_shared<ValidateOptions>();
    CLI::App* app = parent.add_subcommand(
        "validate", "Check ARGE, rates and tasks files and list every problem");
    app->add_option("files", options->files, "Files to check (kind taken from their 'schema:')")
        ->required()
        ->type_name("FILE");
    add_period_option(*app, options->period,
                      "Check that every day of this period has a rate (as settle would); "
                      "without it, a day with no rate is only a warning")
        ->required(false);
    add_rules_option(*app, options->rules);
    app->footer(
        "Example:\n  ausgleich validate examples/musterstadt/arge.yaml "
        "rules/rates/pks-2005.yaml\n"
        "  ausgleich validate examples/musterstadt/arge.yaml --period 2006-Q1\n\n"
        "Problems are printed as path:line:column: error: message (warnings: warning:).\n"
        "Exit status: 0 all files valid, 1 invalid data, 2 usage error, 4 unreadable file.");
    return Command{app, [options] {
                       return run_validate(*options);
                   }};
}

} // namespace ausgleich::cli
