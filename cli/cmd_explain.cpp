// `ausgleich explain ARGE.yaml --period P --staff ID`: flags, help and the
// choice of format; the figures come from app::explain_staff (the settlement's own).

#include "ausgleich/app/explain.hpp"
#include "ausgleich/report/explain_report.hpp"
#include "commands.hpp"

#include <memory>

namespace ausgleich::cli {

namespace {

struct ExplainOptions {
    std::string arge;
    std::string period;
    std::string staff;
    std::string format = "text";
    std::string language = "en";
    std::string output;
    std::vector<std::string> rules;
};

ExitStatus run_explain(const ExplainOptions& options) {
    Diagnostics diagnostics;
    const app::ExplainRequest request{options.arge, parse_period(options.period), options.staff,
                                      rules_directories(options.rules)};
    const auto outcome = app::explain_staff(request, diagnostics);
    if (!outcome->derivation) {
        return report(diagnostics);
    }
    const report::StaffExplanation explanation = outcome->explanation();
    // JSON is for programs: the same whatever --lang says.
    const std::string content =
        options.format == "json"
            ? report::explain_json(explanation)
            : report::explain_text(explanation, report::parse_language(options.language));
    return write_result(content, options.output, outcome->run->opened_paths, diagnostics);
}

} // namespace

Command make_explain_command(CLI::App& parent) {
    auto options = std::make_shared<ExplainOptions>();
    CLI::App* app = parent.add_subcommand(
        "explain", "Show every step of the settlement for one staff member, with its sources");
    app->add_option("arge", options->arge, "The ARGE file")->required()->type_name("ARGE.yaml");
    add_period_option(*app, options->period);
    app->add_option("--staff", options->staff, "The staff member's id")
        ->required()
        ->type_name("ID");
    add_format_option(*app, options->format, {"text", "json"});
    add_language_option(*app, options->language);
    add_output_option(*app, options->output);
    add_rules_option(*app, options->rules);
    app->footer("Example:\n  ausgleich explain examples/musterstadt/arge.yaml --period 2005-Q2 "
                "--staff KO13\n"
                "  ausgleich explain examples/musterstadt/arge.yaml --period 2005-Q2 --staff AA01 "
                "--format json\n"
                "  ausgleich explain examples/musterstadt/arge.yaml --period 2005-Q2 --staff KO06 "
                "--lang de\n\n"
                "Each figure names its source: the rates table (id, status, sources), the task "
                "catalog entry (legal reference), the policy setting. The amounts are the ones "
                "`settle` computes.\n"
                "Exit status: 0 explained, 1 invalid data or unknown staff id, 2 usage error, 4 "
                "file not readable/writable.");
    return Command{app, [options] {
                       return run_explain(*options);
                   }};
}

} // namespace ausgleich::cli
