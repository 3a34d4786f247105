// `ausgleich validate FILE…`: checks ARGE, rates and tasks files (an ARGE file
// against the loaded rules) and prints every problem at once.

#include "ausgleich/arge_check.hpp"
#include "ausgleich/io/input_loader.hpp"
#include "commands.hpp"

#include <iostream>
#include <memory>

namespace ausgleich::cli {

namespace {

struct ValidateOptions {
    std::vector<std::string> files;
    std::vector<std::string> rules;
};

std::string summary(const io::InputFile& input) {
    if (input.arge) {
        return "ARGE file '" + input.arge->name + "', " +
               std::to_string(input.arge->partners.size()) + " partners, " +
               std::to_string(input.arge->staff.size()) + " staff";
    }
    if (input.rates) {
        return "rates table '" + input.rates->id + "' (" +
               std::string(to_string(input.rates->status)) + "), " +
               std::to_string(input.rates->pay_groups.size()) + " pay groups, " +
               input.rates->validity.first.iso() + ".." + input.rates->validity.last.iso();
    }
    return "task catalog '" + input.tasks->id + "', " + std::to_string(input.tasks->tasks.size()) +
           " tasks";
}

ExitStatus run_validate(const ValidateOptions& options) {
    Diagnostics diagnostics;
    std::optional<io::Rules> rules; // loaded once, when the first ARGE file needs them
    std::string confirmations;
    for (const auto& path : options.files) {
        const std::size_t errors_before = diagnostics.error_count();
        auto input = io::load_input_file(path, diagnostics);
        if (input && input->arge) {
            if (!rules) {
                rules = io::load_rules(rules_directories(options.rules), diagnostics);
            }
            const TaskLookup tasks(input->arge->local_tasks, rules->tasks,
                                   input->arge->partner_ids());
            check_arge_against_rules(*input->arge, tasks, rules->rates, diagnostics);
        }
        if (input && diagnostics.error_count() == errors_before &&
            input->kind != io::FileKind::unknown) {
            confirmations += path + ": ok (" + summary(*input) + ")\n";
        }
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
    add_rules_option(*app, options->rules);
    app->footer(
        "Example:\n  ausgleich validate examples/musterstadt/arge.yaml "
        "rules/rates/pks-2005.yaml\n\n"
        "Problems are printed as path:line:column: error: message.\n"
        "Exit status: 0 all files valid, 1 invalid data, 2 usage error, 4 unreadable file.");
    return Command{app, [options] {
                       return run_validate(*options);
                   }};
}

} // namespace ausgleich::cli
