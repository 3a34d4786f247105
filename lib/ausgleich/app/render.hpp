#pragma once
// What `settle` and `trueup` hand out once a run has a result: the document in
// the `--format` asked for, found in report's table of formats
// (report/document_formats.hpp), and for `settle --archive` the bundle of
// SPEC 5.1. The commands keep only their flags and help.

#include "ausgleich/app/settle.hpp"
#include "ausgleich/app/trueup.hpp"
#include "ausgleich/diagnostics.hpp"
#include "ausgleich/report/settlement_document.hpp"
#include "ausgleich/report/text_output.hpp"

#include <string>
#include <string_view>

namespace ausgleich::app {

/// The settlement of `run`, which must have one, in `format`: a name of
/// report::settlement_formats(). Throws std::invalid_argument for another name.
void render_settlement(const SettlementRun& run, std::string_view format,
                       const report::RenderOptions& options, report::TextOutput& output);
std::string render_settlement(const SettlementRun& run, std::string_view format,
                              const report::RenderOptions& options);

/// The true-up of `result`, which must have one, in `format`: a name of
/// report::trueup_formats(). Throws std::invalid_argument for another name.
void render_trueup(const TrueupRun& result, std::string_view format,
                   const report::RenderOptions& options, report::TextOutput& output);
std::string render_trueup(const TrueupRun& result, std::string_view format,
                          const report::RenderOptions& options);

/// The bundle of SPEC 5.1 for a settlement (`settle --archive`): its inputs and
/// settlement.json (every line, even when the printed settlement was
/// aggregated) naming them by their place in the bundle. Reports to
/// `diagnostics` and returns false when it was not written.
bool write_settlement_bundle(const std::string& directory, const SettlementRun& run,
                             Diagnostics& diagnostics);

} // namespace ausgleich::app
