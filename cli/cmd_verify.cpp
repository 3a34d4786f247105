// `ausgleich verify SETTLEMENT.json | BUNDLE_DIR`: flags, help and exit status;
// the procedure of SPEC 5.1 is app::verify_settlement.

#include "ausgleich/app/verify.hpp"
#include "commands.hpp"

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
    Diagnostics diagnostics;
    // legacy_rules serve only without --rules: with it, AUSGLEICH_RULES is not consulted.
    app::VerifyRequest request{options.settlement, std::nullopt, options.rules,
                               rules_directories(options.rules)};
    if (!options.base_dir.empty()) {
        request.base_dir = options.base_dir;
    }
    const app::VerifyOutcome outcome = app::verify_settlement(request, diagnostics);
    std::cout << app::verify_report(outcome, report::parse_language(options.language))
              << std::flush;
    // A missing input (4) stops a verification; a changed figure (3) outranks
    // invalid data that follows from it (a changed ARGE file that no longer loads).
    if (diagnostics.has_io_errors()) {
        return report(diagnostics);
    }
    const ExitStatus status = report(diagnostics);
    if (outcome.mismatches() > 0) {
        return ExitStatus::mismatch;
    }
    return status;
}

} // namespace

Command make_verify_command(CLI::App& parent) {
    auto options = std::make_shared<VerifyOptions>();
    CLI::App* app = parent.add_subcommand(
        "verify",
        "Recompute a saved settlement from its recorded inputs and report any difference");
    app->add_option("settlement", options->settlement,
                    "A settlement saved with settle --format json, or a bundle folder written "
                    "with settle --archive")
        ->required()
        ->type_name("SETTLEMENT.json|BUNDLE_DIR");
    app->add_option("--base-dir", options->base_dir,
                    "Look for the recorded inputs inside DIR only (an archive): by recorded path, "
                    "by file name, then by content")
        ->type_name("DIR");
    add_language_option(*app, options->language);
    add_rules_option(*app, options->rules);
    app->footer(
        "Example:\n  ausgleich settle examples/musterstadt/arge.yaml --period 2005-Q2 --format "
        "json -o q2.json --archive q2-bundle\n"
        "  ausgleich verify q2-bundle          # reads only files inside the bundle\n"
        "  ausgleich verify q2.json            # finds the inputs where they were recorded\n\n"
        "The settlement is recomputed with the policy of the recorded ARGE file; every line,\n"
        "component, total, rounding difference and net payment is compared, and verify names\n"
        "the file it read for each recorded input.\n"
        "Exit status: 0 identical, 1 invalid data, 2 usage error, 3 differences found,\n"
        "4 a recorded input cannot be read.");
    return Command{app, [options] {
                       return run_verify(*options);
                   }};
}

} // namespace ausgleich::cli
