// `ausgleich rates [--date D | --period P]`: the pay-group rates and surcharges
// in force, with table id, status and sources (SPEC section 5).

#include "ausgleich/app/rates.hpp"
#include "ausgleich/report/rates_report.hpp"
#include "commands.hpp"

#include <iostream>
#include <memory>

namespace ausgleich::cli {

namespace {

struct RatesOptions {
    std::string date;
    std::string period;
    std::string format = "table";
    std::string language = "en";
    std::string output;
    std::vector<std::string> rules;
};

ExitStatus run_rates(const RatesOptions& options) {
    RatesQuery query;
    if (!options.date.empty()) {
        query.date = Date::parse(options.date);
    } else if (!options.period.empty()) {
        query.period = parse_period(options.period);
    }
    Diagnostics diagnostics;
    const auto listing = app::list_rates(query, rules_directories(options.rules), diagnostics);
    if (diagnostics.has_errors()) {
        return report(diagnostics);
    }
    const auto& tables = listing->tables;
    if (tables.empty()) {
        report(diagnostics); // warnings, if any
        std::cerr << "ausgleich: error: " << listing->no_table << "\n";
        return ExitStatus::invalid_data;
    }
    // JSON is for programs: the same whatever --lang says.
    const std::string content =
        options.format == "json"
            ? report::rates_json(tables, query)
            : report::rates_table(tables, query, report::parse_language(options.language));
    return write_result(content, options.output, listing->rules.opened_paths, diagnostics);
}

} // namespace

Command make_rates_command(CLI::App& parent) {
    auto options = std::make_shared<RatesOptions>();
    CLI::App* app = parent.add_subcommand(
        "rates", "List the pay-group rates and surcharges in force, with their sources");
    CLI::Option* date =
        app->add_option("--date", options->date, "Only the tables in force on this day")
            ->type_name("YYYY-MM-DD")
            ->check([](const std::string& text) {
                try {
                    Date::parse(text);
                    return std::string();
                } catch (const DateError& error) {
                    return std::string(error.what());
                }
            });
    add_period_option(*app, options->period,
                      "Only the tables in force on some day of the period: 2005-Q2, 2005-04, "
                      "2005 or 2005-04-01..2005-06-30")
        ->required(false)
        ->excludes(date);
    add_format_option(*app, options->format, {"table", "json"});
    add_language_option(*app, options->language);
    add_output_option(*app, options->output);
    add_rules_option(*app, options->rules);
    app->footer("Without --date or --period, every loaded rates table is listed.\n\n"
                "Example:\n  ausgleich rates --date 2005-06-30\n"
                "  ausgleich rates --date 2005-06-30 --lang de\n"
                "  ausgleich rates --period 2005-12-01..2006-01-31 --format json -o rates.json\n\n"
                "Exit status: 0 listed, 1 invalid rules or no table in force, 2 usage error, "
                "4 file not readable/writable.");
    return Command{app, [options] {
                       return run_rates(*options);
                   }};
}

} // namespace ausgleich::cli
