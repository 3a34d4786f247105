// `ausgleich validate FILE…`: checks ARGE, rates and tasks files (an ARGE file
// against the loaded rules) and prints every problem at once.

#include "ausgleich/arge_check.hpp"
#include "ausgleich/io/arge_loader.hpp"
#include "ausgleich/io/input_loader.hpp"
#include "ausgleich/io/rules_loader.hpp"
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

std::string rules_summary(const io::InputFile& input) {
    if (input.rates) {
        return "rates table '" + input.rates->id + "' (" +
               std::string(to_string(input.rates->status)) + "), " +
               std::to_string(input.rates->pay_groups.size()) + " pay groups, " +
               input.rates->validity.first.iso() + ".." + input.rates->validity.last.iso();
    }
    return "task catalog '" + input.tasks->id + "', " + std::to_string(input.tasks->tasks.size()) +
           " tasks";
}

// Streams the ARGE file's staff through the checks against the rules; returns a summary.
std::string validate_arge(const io::InputFile& input, const io::Rules& rules,
                          const std::optional<DateRange>& period, Diagnostics& diagnostics) {
    Arge header;
    std::unique_ptr<TaskLookup> tasks;
    std::optional<RulesCheck> check;
    std::size_t staff_count = 0;
    const io::ArgeConsumer consumer{[&](const Arge& complete) {
                                        tasks = std::make_unique<TaskLookup>(
                                            complete.local_tasks, rules.tasks,
                                            complete.partner_ids());
                                        check.emplace(complete, *tasks, rules.rates, period);
                                    },
                                    [&](Staff&& staff) {
                                        ++staff_count;
                                        check->check(staff, diagnostics);
                                    }};
    io::stream_arge(input.source, diagnostics, header, consumer, &*input.root);
    return "ARGE file '" + header.name + "', " + std::to_string(header.partners.size()) +
           " partners, " + std::to_string(staff_count) + " staff";
}

ExitStatus run_validate(const ValidateOptions& options) {
    Diagnostics diagnostics;
    // Known before any file is read, so that a bad AUSGLEICH_RULES is a usage
    // error whatever the files are.
    const std::vector<std::string> rules_dirs = rules_directories(options.rules);
    std::optional<io::Rules> rules; // loaded once, when the first ARGE file needs them
    std::optional<DateRange> period;
    if (!options.period.empty()) {
        period = parse_period(options.period).range;
    }
    std::string confirmations;
    for (const auto& path : options.files) {
        const std::size_t errors_before = diagnostics.error_count();
        const auto input = io::load_input_file(path, diagnostics);
        if (!input || input->kind == io::FileKind::unknown) {
            continue;
        }
        std::string summary;
        if (input->kind == io::FileKind::arge && input->root) {
            if (!rules) {
                rules = io::load_rules(rules_dirs, diagnostics);
            }
            if (diagnostics.has_io_errors()) {
                continue; // without all its rules, the ARGE file would only show follow-on errors
            }
            summary = validate_arge(*input, *rules, period, diagnostics);
        } else if (input->rates || input->tasks) {
            summary = rules_summary(*input);
        }
        if (diagnostics.error_count() == errors_before) {
            confirmations += path + ": ok (" + summary + ")\n";
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
