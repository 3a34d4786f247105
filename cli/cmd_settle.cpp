// `ausgleich settle ARGE.yaml --period P`: the settlement of SPEC section 4.

#include "ausgleich/app/render.hpp"
#include "ausgleich/app/settle.hpp"
#include "ausgleich/report/csv_report.hpp"
#include "ausgleich/report/document_formats.hpp"
#include "commands.hpp"

#include <memory>

namespace ausgleich::cli {

namespace {

struct SettleOptions {
    std::string arge;
    std::string period;
    std::string format{report::settlement_formats().front().name};
    std::string language = "en";
    std::string csv_dialect = "rfc4180";
    bool aggregate = false;
    std::string output;
    std::string archive;
    std::vector<std::string> rules;
};

ExitStatus run_settle(const SettleOptions& options) {
    Diagnostics diagnostics;
    const auto run = app::run_settlement(options.arge, rules_directories(options.rules),
                                         parse_period(options.period), diagnostics);
    if (!run->settlement) {
        return report(diagnostics);
    }
    const report::RenderOptions render_options{
        options.aggregate ? report::Detail::by_pay_group : report::Detail::lines,
        report::parse_language(options.language), report::parse_csv_dialect(options.csv_dialect)};
    // The bundle first: a settlement whose archive failed is not handed out.
    if (!options.archive.empty() &&
        !app::write_settlement_bundle(options.archive, *run, diagnostics)) {
        return report(diagnostics);
    }
    return write_result(
        [&](report::TextOutput& out) {
            app::render_settlement(*run, options.format, render_options, out);
        },
        options.output, run->opened_paths, diagnostics);
}

} // namespace

Command make_settle_command(CLI::App& parent) {
    auto options = std::make_shared<SettleOptions>();
    CLI::App* app =
        parent.add_subcommand("settle", "Settle a period: what each partner owes the others");
    app->add_option("arge", options->arge, "The ARGE file")->required()->type_name("ARGE.yaml");
    add_period_option(*app, options->period);
    add_format_option(*app, options->format, report::format_names(report::settlement_formats()));
    add_language_option(*app, options->language);
    add_csv_dialect_option(*app, options->csv_dialect, options->format);
    add_aggregate_option(*app, options->aggregate);
    add_output_option(*app, options->output);
    add_archive_option(*app, options->archive);
    add_rules_option(*app, options->rules);
    app->footer(
        "Example:\n  ausgleich settle examples/musterstadt/arge.yaml --period 2005-Q2\n"
        "  ausgleich settle examples/musterstadt/arge.yaml --period 2005-Q2 --format json -o "
        "q2.json\n"
        "  ausgleich settle examples/musterstadt/arge.yaml --period 2005-Q2 --format html "
        "--lang de --aggregate -o q2.html\n"
        "  ausgleich settle examples/musterstadt/arge.yaml --period 2005-Q2 --archive q2-bundle\n"
        "  ausgleich verify q2-bundle\n\n"
        "Exit status: 0 settled, 1 invalid data, 2 usage error, 4 file not readable/writable.");
    return Command{app, [options] {
                       return run_settle(*options);
                   }};
}

} // namespace ausgleich::cli
