#include "ausgleich/app/trueup.hpp"

#include "ausgleich/io/source_file.hpp"

namespace ausgleich::app {

TrueupRun run_trueup(const std::string& arge_path, io::Rules rules, const Period& period,
                     const std::vector<PaidFile>& paid_files, Gaps gaps, Diagnostics& diagnostics) {
    TrueupRun result;
    for (const auto& paid : paid_files) {
        if (const auto file = io::read_source_file(paid.path, diagnostics)) {
            if (auto recorded = io::read_settlement(*file, diagnostics)) {
                recorded->path = paid.label;
                result.paid.push_back(std::move(*recorded));
            }
        }
    }
    result.run = io::run_settlement(arge_path, std::move(rules), period, diagnostics);
    if (!result.run->settlement || diagnostics.has_errors()) {
        return result;
    }
    const Settlement& settlement = *result.run->settlement;
    check_paid_settlements(settlement, result.paid, diagnostics);
    check_paid_coverage(settlement, result.paid, arge_path, gaps, diagnostics);
    if (!diagnostics.has_errors()) {
        result.trueup = compute_trueup(settlement, result.paid, result.run->header.partner_ids());
    }
    return result;
}

} // namespace ausgleich::app
