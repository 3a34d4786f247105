#include "ausgleich/app/trueup.hpp"

#include "ausgleich/io/bundle.hpp"
#include "ausgleich/io/source_file.hpp"
#include "ausgleich/report/trueup_report.hpp"

namespace ausgleich::app {

TrueupRun run_trueup(const std::string& arge_path, io::Rules rules, const Period& period,
                     const std::vector<PaidFile>& paid_files, Gaps gaps, Diagnostics& diagnostics) {
    TrueupRun result;
    bool paid_read = true;
    for (const auto& paid : paid_files) {
        const auto file = io::read_source_file(paid.path, diagnostics);
        auto recorded = file ? io::read_settlement(*file, diagnostics) : std::nullopt;
        if (recorded) {
            recorded->path = paid.label;
            result.paid.push_back(std::move(*recorded));
        }
        paid_read = paid_read && recorded.has_value();
    }
    if (!paid_read) {
        // A paid file that is refused (an entry twice, dates swapped, …) is
        // not half-used: nothing is settled or subtracted, so no figure can
        // come out of it, not even in a message.
        result.run = std::make_unique<app::SettlementRun>();
        return result;
    }
    result.run = app::run_settlement(arge_path, std::move(rules), period, diagnostics);
    if (!result.run->settlement || diagnostics.has_errors()) {
        return result;
    }
    const Settlement& settlement = *result.run->settlement;
    check_paid_settlements(settlement, result.paid, diagnostics);
    check_paid_coverage(settlement, result.paid, arge_path, gaps, diagnostics);
    if (!diagnostics.has_errors()) {
        result.trueup = compute_trueup(settlement, result.paid);
    }
    return result;
}

TrueupRun run_trueup(const std::string& arge_path,
                     const std::vector<std::string>& rules_directories, const Period& period,
                     const std::vector<PaidFile>& paid_files, Gaps gaps, Diagnostics& diagnostics) {
    return run_trueup(arge_path, io::load_rules(rules_directories, diagnostics), period, paid_files,
                      gaps, diagnostics);
}

bool write_trueup_bundle(const std::string& directory, const app::SettlementRun& run,
                         const Trueup& trueup, const std::vector<RecordedSettlement>& paid,
                         Diagnostics& diagnostics) {
    std::vector<InputRecord> files = run.inputs;
    for (const auto& settlement : paid) {
        files.push_back(
            InputRecord{"paid", "", settlement.path, settlement.sha256, "", std::nullopt, true});
    }
    return io::write_bundle(
        directory, files, run.rules.directories,
        [&](const std::vector<InputRecord>& archived, const std::vector<std::string>& rules_dirs) {
            std::vector<InputRecord> inputs;
            Trueup copy = trueup;
            std::size_t next_paid = 0;
            for (const auto& record : archived) {
                if (record.role == "paid") {
                    copy.paid.at(next_paid++).path = record.path;
                } else {
                    inputs.push_back(record);
                }
            }
            // Never aggregated, like settle's bundle: the auditor gets every line.
            return report::trueup_json({*run.settlement, copy, run.header, inputs, rules_dirs},
                                       {report::Detail::lines});
        },
        diagnostics);
}

} // namespace ausgleich::app
