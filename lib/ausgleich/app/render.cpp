#include "ausgleich/app/render.hpp"

#include "ausgleich/io/bundle.hpp"
#include "ausgleich/report/document_formats.hpp"
#include "ausgleich/report/json_report.hpp"

namespace ausgleich::app {

void render_settlement(const SettlementRun& run, std::string_view format,
                       const report::RenderOptions& options, report::TextOutput& output) {
    report::find_format(report::settlement_formats(), format)
        .render({run.settlement.value(), run.header, run.inputs, run.rules.directories}, options,
                output);
}

std::string render_settlement(const SettlementRun& run, std::string_view format,
                              const report::RenderOptions& options) {
    return report::render_to_string(
        [&](report::TextOutput& output) { render_settlement(run, format, options, output); });
}

void render_trueup(const TrueupRun& result, std::string_view format,
                   const report::RenderOptions& options, report::TextOutput& output) {
    const SettlementRun& run = *result.run;
    report::find_format(report::trueup_formats(), format)
        .render({run.settlement.value(), result.trueup.value(), run.header, run.inputs,
                 run.rules.directories},
                options, output);
}

std::string render_trueup(const TrueupRun& result, std::string_view format,
                          const report::RenderOptions& options) {
    return report::render_to_string(
        [&](report::TextOutput& output) { render_trueup(result, format, options, output); });
}

bool write_settlement_bundle(const std::string& directory, const SettlementRun& run,
                             Diagnostics& diagnostics) {
    return io::write_bundle(
        directory, run.inputs, run.rules.directories,
        [&](const std::vector<InputRecord>& inputs, const std::vector<std::string>& rules_dirs) {
            // Never aggregated: the auditor gets every line.
            return report::settlement_json({run.settlement.value(), run.header, inputs, rules_dirs},
                                           {report::Detail::lines});
        },
        diagnostics);
}

} // namespace ausgleich::app
