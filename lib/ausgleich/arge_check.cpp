#include "ausgleich/arge_check.hpp"

#include <set>

namespace ausgleich {

namespace {

void check_task_codes(const Arge& arge, const TaskLookup& tasks, Diagnostics& diagnostics) {
    std::set<std::string, std::less<>> reported_owners;
    const std::vector<std::string_view> known = tasks.codes();
    for (const auto& staff : arge.staff) {
        for (const auto& assignment : staff.assignments) {
            for (const auto& share : assignment.tasks) {
                const Task* task = tasks.find(share.code);
                if (task == nullptr) {
                    std::string message = "unknown task code '" + share.code + "'";
                    const std::string hint = closest_match(share.code, known);
                    if (!hint.empty()) {
                        message += " (did you mean '" + hint + "'?)";
                    }
                    diagnostics.error(arge.path, share.pos, message);
                    continue;
                }
                for (const auto& owner : task->owners) {
                    if (arge.partner(owner.partner) == nullptr &&
                        reported_owners.insert(share.code).second) {
                        diagnostics.error(arge.path, share.pos,
                                          "task '" + share.code + "' (" + task->origin +
                                              ") is owned by '" + owner.partner +
                                              "', which is not a partner of this ARGE; "
                                              "define the task in the ARGE file's 'tasks:'");
                    }
                }
            }
        }
    }
}

void check_pay_groups(const Arge& arge, const RateBook& rates, Diagnostics& diagnostics) {
    const auto span = rates.span();
    if (!span) {
        return;
    }
    for (const auto& staff : arge.staff) {
        for (const auto& assignment : staff.assignments) {
            const auto days = assignment.within(*span);
            if (!days) {
                continue;
            }
            for (const auto& piece : rates.split(staff.pay_group, *days)) {
                if (piece.table == nullptr) {
                    diagnostics.error(arge.path, staff.pay_group_pos,
                                      "no rates table rates pay group " + staff.pay_group +
                                          " of staff " + staff.id + " on " +
                                          piece.range.first.iso() + ".." + piece.range.last.iso());
                }
            }
        }
    }
}

} // namespace

void check_arge_against_rules(const Arge& arge, const TaskLookup& tasks, const RateBook& rates,
                              Diagnostics& diagnostics) {
    check_task_codes(arge, tasks, diagnostics);
    check_pay_groups(arge, rates, diagnostics);
}

} // namespace ausgleich
