#include "ausgleich/app/checked_arge.hpp"

#include "ausgleich/arge_check.hpp"
#include "ausgleich/io/arge_loader.hpp"

namespace ausgleich::app {

bool stream_checked_arge(
    io::SourceFile& source, const io::Rules& rules, const std::optional<DateRange>& period,
    Diagnostics& diagnostics, Arge& header, std::unique_ptr<TaskLookup>& tasks,
    const std::function<void(const Arge& header, const TaskLookup& tasks)>& on_header,
    const std::function<void(Staff&& staff, bool passed)>& on_staff, const io::Node* root,
    const std::function<void()>& on_restart) {
    std::optional<RulesCheck> check;
    const io::ArgeConsumer consumer{
        [&](const Arge& complete) {
            tasks = std::make_unique<TaskLookup>(complete.local_tasks, rules.tasks,
                                                 complete.partner_ids());
            check.emplace(complete, *tasks, rules.rates, period);
            on_header(complete, *tasks);
        },
        [&](Staff&& staff) {
            const std::size_t errors_before = diagnostics.error_count();
            check->check(staff, diagnostics);
            on_staff(std::move(staff), diagnostics.error_count() == errors_before);
        },
        [&] {
            check.reset();
            tasks.reset();
            if (on_restart) {
                on_restart();
            }
        }};
    return io::stream_arge(source, diagnostics, header, consumer, root);
}

} // namespace ausgleich::app
