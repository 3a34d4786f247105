#include "ausgleich/app/settle.hpp"

#include "ausgleich/app/checked_arge.hpp"
#include "ausgleich/io/source_file.hpp"

#include <algorithm>
#include <set>

namespace ausgleich::app {

namespace {

// Remembers the catalogs that define a task code of `staff`'s assignments (SPEC
// 5.1: such a catalog is a used input). A code the ARGE file's own `tasks:`
// defines, or a partner id, has an origin ("ARGE file", "partner id") that no
// catalog id can equal, since ids hold no spaces.
void note_catalogs_used(const Staff& staff, const TaskLookup& tasks,
                        std::set<std::string, std::less<>>& used) {
    for (const auto& assignment : staff.assignments) {
        for (const auto& share : assignment.tasks) {
            if (const Task* task = tasks.find(share.code); task != nullptr) {
                used.insert(task->origin);
            }
        }
    }
}

} // namespace

std::unique_ptr<SettlementRun> run_settlement(const std::string& arge_path,
                                              const std::vector<std::string>& rules_directories,
                                              const Period& period, Diagnostics& diagnostics,
                                              const std::string& keep_staff_id) {
    return run_settlement(arge_path, io::load_rules(rules_directories, diagnostics), period,
                          diagnostics, keep_staff_id);
}

std::unique_ptr<SettlementRun> run_settlement(const std::string& arge_path, io::Rules rules,
                                              const Period& period, Diagnostics& diagnostics,
                                              const std::string& keep_staff_id) {
    auto run = std::make_unique<SettlementRun>();
    run->rules = std::move(rules);
    run->opened_paths = run->rules.opened_paths;
    if (diagnostics.has_io_errors()) {
        return run; // without all its rules, the ARGE file would only show follow-on errors
    }
    // Streamed: the ARGE file's text is not held while the staff are settled.
    auto source = io::read_source_file(arge_path, diagnostics, io::ReadMode::streamed);
    if (!source) {
        return run;
    }
    run->opened_paths.push_back(arge_path);
    std::optional<SettlementBuilder> builder;
    std::set<std::string, std::less<>> catalogs_used;
    const bool loaded = stream_checked_arge(
        *source, run->rules, period.range, diagnostics, run->header, run->tasks,
        [&](const Arge& header, const TaskLookup& tasks) {
            builder.emplace(SettlementInputs{header, tasks, run->rules.rates, period});
        },
        [&](Staff&& staff, bool passed) {
            if (passed) {
                builder->add(staff, diagnostics);
            }
            note_catalogs_used(staff, *run->tasks, catalogs_used);
            if (!keep_staff_id.empty() && staff.id == keep_staff_id) {
                run->kept_staff = std::move(staff);
            }
        },
        nullptr,
        [&] {
            builder.reset();
            catalogs_used.clear();
            run->kept_staff.reset();
        });
    if (!loaded || !builder || diagnostics.has_errors()) {
        return run;
    }
    run->settlement = builder->finish();
    run->inputs.push_back(
        InputRecord{"arge", "", arge_path, source->sha256, "", std::nullopt, true});
    for (InputRecord input : run->rules.inputs) {
        input.used =
            input.role == "rates"
                ? std::any_of(run->settlement->rates_used.begin(),
                              run->settlement->rates_used.end(),
                              [&](const RatesTable& table) { return table.id == input.id; })
                : catalogs_used.count(input.id) > 0;
        run->inputs.push_back(std::move(input));
    }
    return run;
}

} // namespace ausgleich::app
