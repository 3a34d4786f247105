#include "ausgleich/app/verify_trueup.hpp"

#include "ausgleich/report/trueup_report.hpp"

#include <sstream>

namespace ausgleich::app {

namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        lines.push_back(line);
    }
    return lines;
}

// The inputs as recorded (their paths), with what is known of them now
// (SHA-256, status, use), so that an edited status or use shows up too.
std::vector<InputRecord> inputs_now(const RecordedSettlement& recorded,
                                    const std::vector<InputRecord>& now) {
    std::vector<InputRecord> inputs;
    for (const auto& entry : recorded.inputs) {
        InputRecord record = entry.record;
        for (const auto& current : now) {
            if (current.role == record.role && current.id == record.id) {
                record.sha256 = current.sha256;
                record.status = current.status;
                record.used = current.used;
            }
        }
        inputs.push_back(std::move(record));
    }
    return inputs;
}

} // namespace

void compare_trueup(const RecordedSettlement& recorded, const std::string& content,
                    const std::string& arge_path, io::Rules rules,
                    const std::vector<PaidFile>& paid_files, VerifyOutcome& outcome,
                    Diagnostics& diagnostics) {
    // The gaps were either refused when it was written or allowed with a
    // warning; recomputing, they are allowed and the comparison decides.
    const TrueupRun result = run_trueup(arge_path, std::move(rules), recorded.period, paid_files,
                                        Gaps::allow, diagnostics);
    if (!result.trueup) {
        return;
    }
    outcome.recomputed = true;
    outcome.differences =
        compare_policy(recorded, result.run->header.name, result.run->header.policy);
    const auto inputs = inputs_now(recorded, result.run->inputs);
    const auto rules_dirs = recorded.rules_dirs.value_or(std::vector<std::string>{});
    const std::string now = report::trueup_json(
        {*result.run->settlement, *result.trueup, result.run->header, inputs, rules_dirs},
        {recorded.aggregated ? report::Detail::by_pay_group : report::Detail::lines});
    const auto was_lines = lines_of(content);
    const auto now_lines = lines_of(now);
    for (std::size_t i = 0; i < std::max(was_lines.size(), now_lines.size()); ++i) {
        const bool tool = i < was_lines.size() && was_lines[i].rfind("  \"tool\": ", 0) == 0;
        if (tool) {
            continue; // another version is a note of verify_report
        }
        const std::optional<std::string> was =
            i < was_lines.size() ? std::optional(was_lines[i]) : std::nullopt;
        const std::optional<std::string> is =
            i < now_lines.size() ? std::optional(now_lines[i]) : std::nullopt;
        if (was != is) {
            Difference difference;
            difference.entry = Difference::Entry::file_line;
            difference.field = std::to_string(i + 1);
            difference.recorded = was;
            difference.now = is;
            outcome.differences.push_back(std::move(difference));
        }
    }
}

} // namespace ausgleich::app
