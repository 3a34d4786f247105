// `ausgleich trueup ARGE.yaml --period P --paid PREVIOUS.json…`: the settlement
// of P with the rates now loaded, minus what earlier settlements recorded.

#include "ausgleich/app/render.hpp"
#include "ausgleich/app/trueup.hpp"
#include "ausgleich/report/csv_report.hpp"
#include "ausgleich/report/document_formats.hpp"
#include "ausgleich/trueup.hpp"
#include "commands.hpp"

#include <memory>

namespace ausgleich::cli {

namespace {

struct TrueupOptions {
    std::string arge;
    std::string period;
    std::vector<std::string> paid;
    std::string format{report::trueup_formats().front().name};
    std::string language = "en";
    std::string csv_dialect = "rfc4180";
    bool aggregate = false;
    bool allow_gaps = false;
    std::string output;
    std::string archive;
    std::vector<std::string> rules;
};

ExitStatus run_trueup(const TrueupOptions& options) {
    Diagnostics diagnostics;
    std::vector<app::PaidFile> paid_files;
    for (const auto& path : options.paid) {
        paid_files.push_back(app::PaidFile{path, path});
    }
    const app::TrueupRun result = app::run_trueup(
        options.arge, rules_directories(options.rules), parse_period(options.period), paid_files,
        options.allow_gaps ? Gaps::allow : Gaps::refuse, diagnostics);
    if (!result.trueup || diagnostics.has_errors()) {
        return report(diagnostics);
    }
    const auto& run = result.run;
    const Trueup& trueup = *result.trueup;
    const report::RenderOptions render_options{
        options.aggregate ? report::Detail::by_pay_group : report::Detail::lines,
        report::parse_language(options.language), report::parse_csv_dialect(options.csv_dialect)};
    if (!options.archive.empty() &&
        !app::write_trueup_bundle(options.archive, *run, trueup, result.paid, diagnostics)) {
        return report(diagnostics);
    }
    std::vector<std::string> input_paths = run->opened_paths;
    input_paths.insert(input_paths.end(), options.paid.begin(), options.paid.end());
    return write_result(
        [&](report::TextOutput& out) {
            app::render_trueup(result, options.format, render_options, out);
        },
        options.output, input_paths, diagnostics);
}

} // namespace

Command make_trueup_command(CLI::App& parent) {
    auto options = std::make_shared<TrueupOptions>();
    CLI::App* app = parent.add_subcommand(
        "trueup", "Settle a period with the rates now loaded minus what earlier settlements paid");
    app->add_option("arge", options->arge, "The ARGE file")->required()->type_name("ARGE.yaml");
    add_period_option(*app, options->period);
    app->add_option("--paid", options->paid,
                    "A settlement already paid (settle --format json); repeatable")
        ->required()
        ->type_name("PREVIOUS.json")
        ->allow_extra_args(false); // one value per --paid, so a positional may follow
    add_format_option(*app, options->format, report::format_names(report::trueup_formats()));
    add_language_option(*app, options->language);
    add_csv_dialect_option(*app, options->csv_dialect, options->format);
    add_aggregate_option(*app, options->aggregate);
    app->add_flag("--allow-gaps", options->allow_gaps,
                  "True up even if the paid settlements leave days of the period uncovered "
                  "(a warning names them; they count as 0.00 paid)");
    add_output_option(*app, options->output);
    add_archive_option(*app, options->archive);
    add_rules_option(*app, options->rules);
    app->footer(
        "Example (four provisional quarters trued up with the final table):\n"
        "  ausgleich trueup ARGE.yaml --period 2005 --rules FINAL_RULES \\\n"
        "      --paid q1.json --paid q2.json --paid q3.json --paid q4.json\n"
        "  (add --lang de for a German table, --format csv --csv-dialect excel-de for Excel)\n"
        "  ausgleich trueup ARGE.yaml --period 2005 --paid q1.json … --paid q4.json \\\n"
        "      --format html --lang de --aggregate -o spitzabrechnung-2005.html\n"
        "  (a printable statement with a signature block; --format markdown to paste)\n\n"
        "Lines are matched by staff id, debtor and creditor; a line missing on one side counts\n"
        "as 0.00. Paid settlements must be of the same ARGE, inside the period, not overlapping,\n"
        "and together cover every day of the period: a day without one is an error, unless\n"
        "--allow-gaps (a warning; those days count as 0.00 paid). The result is provisional\n"
        "when any rates table used is, and is labelled so in every format.\n"
        "Exit status: 0 done, 1 invalid data, 2 usage error, 4 file not readable/writable.");
    return Command{app, [options] {
                       return run_trueup(*options);
                   }};
}

} // namespace ausgleich::cli
