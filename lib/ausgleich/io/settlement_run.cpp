#include "ausgleich/io/settlement_run.hpp"

#include "ausgleich/arge_check.hpp"
#include "ausgleich/io/arge_loader.hpp"
#include "ausgleich/io/source_file.hpp"

namespace ausgleich::io {

std::unique_ptr<SettlementRun> run_settlement(const std::string& arge_path,
                                              const std::vector<std::string>& rules_directories,
                                              const Period& period, Diagnostics& diagnostics,
                                              const std::string& keep_staff_id) {
    return run_settlement(arge_path, load_rules(rules_directories, diagnostics), period,
                          diagnostics, keep_staff_id);
}

std::unique_ptr<SettlementRun> run_settlement(const std::string& arge_path, Rules rules,
                                              const Period& period, Diagnostics& diagnostics,
                                              const std::string& keep_staff_id,
                                              const std::optional<Policy>& policy_override) {
    auto run = std::make_unique<SettlementRun>();
    run->rules = std::move(rules);
    run->opened_paths = run->rules.opened_paths;
    if (diagnostics.has_io_errors()) {
        return run; // without all its rules, the ARGE file would only show follow-on errors
    }
    const auto source = read_source_file(arge_path, diagnostics);
    if (!source) {
        return run;
    }
    run->opened_paths.push_back(arge_path);
    std::optional<RulesCheck> check;
    std::optional<SettlementBuilder> builder;
    const ArgeConsumer consumer{
        [&](const Arge& header) {
            if (policy_override) {
                run->header.policy = *policy_override;
            }
            run->tasks = std::make_unique<TaskLookup>(header.local_tasks, run->rules.tasks,
                                                      header.partner_ids());
            check.emplace(header, *run->tasks, run->rules.rates);
            builder.emplace(SettlementInputs{header, *run->tasks, run->rules.rates, period});
        },
        [&](Staff&& staff) {
            const std::size_t errors_before = diagnostics.error_count();
            check->check(staff, diagnostics);
            if (diagnostics.error_count() == errors_before) {
                builder->add(staff, diagnostics);
            }
            if (!keep_staff_id.empty() && staff.id == keep_staff_id) {
                run->kept_staff = std::move(staff);
            }
        }};
    const bool loaded = stream_arge(*source, diagnostics, run->header, consumer);
    if (!loaded || !builder || diagnostics.has_errors()) {
        return run;
    }
    run->settlement = builder->finish();
    run->inputs.push_back(InputRecord{"arge", "", arge_path, source->sha256});
    run->inputs.insert(run->inputs.end(), run->rules.inputs.begin(), run->rules.inputs.end());
    return run;
}

} // namespace ausgleich::io
