// `ausgleich explain ARGE.yaml --period P --staff ID`: every step of SPEC
// section 4 for one staff member, with the rule and source behind each figure.
//
// The figures are the settlement's own: the ARGE file is settled as by `settle`
// (keeping the one staff record), the staff member is derived again with the
// same derive_staff/staff_lines, and the lines printed are the settlement's.

#include "ausgleich/io/arge_loader.hpp"
#include "ausgleich/app/settle.hpp"
#include "ausgleich/io/source_file.hpp"
#include "ausgleich/report/explain_report.hpp"
#include "ausgleich/text.hpp"
#include "commands.hpp"

#include <algorithm>
#include <memory>
#include <stdexcept>

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

// The staff ids of the ARGE file, for a "did you mean" hint. Read again only on
// this error path: the settlement run keeps no list of them.
std::vector<std::string> staff_ids(const std::string& arge_path) {
    std::vector<std::string> ids;
    Diagnostics ignored; // the file was read without errors a moment ago
    const auto source = io::read_source_file(arge_path, ignored);
    if (!source) {
        return ids;
    }
    Arge header;
    io::stream_arge(*source, ignored, header,
                    io::ArgeConsumer{[](const Arge&) {},
                                     [&](Staff&& staff) {
                                         ids.push_back(staff.id);
                                     }});
    return ids;
}

void report_unknown_staff(const ExplainOptions& options, Diagnostics& diagnostics) {
    const auto ids = staff_ids(options.arge);
    const std::string hint =
        closest_match(options.staff, std::vector<std::string_view>(ids.begin(), ids.end()));
    diagnostics.error(options.arge, SourcePos{},
                      "staff id '" + options.staff + "' is not in this file" +
                          (hint.empty() ? "" : " (did you mean '" + hint + "'?)"));
}

// The settlement's lines must be what staff_lines gives for the derivation
// shown; anything else is a bug, not a user error.
void check_same_lines(const std::vector<Line>& settled, const std::vector<Line>& derived) {
    const auto same_component = [](const LineComponent& a, const LineComponent& b) {
        return a.id == b.id && a.exact == b.exact && a.amount == b.amount;
    };
    const auto same_line = [&](const Line& a, const Line& b) {
        return a.debtor == b.debtor && a.creditor == b.creditor && a.exact == b.exact &&
               a.amount == b.amount &&
               std::equal(a.components.begin(), a.components.end(), b.components.begin(),
                          b.components.end(), same_component);
    };
    const bool same =
        std::equal(settled.begin(), settled.end(), derived.begin(), derived.end(), same_line);
    if (!same) {
        throw std::logic_error("explain: the derivation does not give the settlement's lines");
    }
}

ExitStatus run_explain(ExplainOptions options) {
    // Ids are read in NFC (io/node_reader): "MÜ1" typed decomposed finds it too.
    options.staff = to_nfc(options.staff);
    Diagnostics diagnostics;
    const Period period = parse_period(options.period);
    const auto run = app::run_settlement(options.arge, rules_directories(options.rules), period,
                                        diagnostics, options.staff);
    if (!run->settlement) {
        return report(diagnostics);
    }
    if (!run->kept_staff) {
        report_unknown_staff(options, diagnostics);
        return report(diagnostics);
    }
    const Staff& staff = *run->kept_staff;
    const Settlement& settlement = *run->settlement;
    Diagnostics again; // the settlement succeeded, so the same derivation reports nothing
    const StaffDerivation derivation = derive_staff(
        staff, SettlementInputs{run->header, *run->tasks, run->rules.rates, period}, again);
    std::vector<Line> lines;
    for (const auto& line : settlement.lines) {
        if (line.staff_id == staff.id) {
            lines.push_back(line);
        }
    }
    check_same_lines(lines, staff_lines(derivation, settlement.policy));

    const report::StaffExplanation explanation{
        run->header, *run->tasks, staff, derivation, lines, period, settlement.policy};
    // JSON is for programs: the same whatever --lang says.
    const std::string content =
        options.format == "json"
            ? report::explain_json(explanation)
            : report::explain_text(explanation, report::parse_language(options.language));
    return write_result(content, options.output, run->opened_paths, diagnostics);
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
