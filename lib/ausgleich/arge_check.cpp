#include "ausgleich/arge_check.hpp"

namespace ausgleich {

RulesCheck::RulesCheck(const Arge& header, const TaskLookup& tasks, const RateBook& rates)
    : m_header(header), m_tasks(tasks), m_rates(rates), m_known_codes(tasks.codes()) {}

void RulesCheck::check(const Staff& staff, Diagnostics& diagnostics) {
    const std::string& path = m_header.path;
    for (const auto& assignment : staff.assignments) {
        for (const auto& share : assignment.tasks) {
            const Task* task = m_tasks.find(share.code);
            if (task == nullptr) {
                std::string message = "unknown task code '" + share.code + "'";
                const std::string hint = closest_match(share.code, m_known_codes);
                if (!hint.empty()) {
                    message += " (did you mean '" + hint + "'?)";
                }
                diagnostics.error(path, share.pos, message);
                continue;
            }
            for (const auto& owner : task->owners) {
                if (m_header.partner(owner.partner) == nullptr &&
                    m_reported_owners.insert(share.code).second) {
                    diagnostics.error(path, share.pos,
                                      "task '" + share.code + "' (" + task->origin +
                                          ") is owned by '" + owner.partner +
                                          "', which is not a partner of this ARGE; define the "
                                          "task in the ARGE file's 'tasks:'");
                }
            }
        }
    }
    const auto span = m_rates.span();
    if (!span) {
        return;
    }
    for (const auto& assignment : staff.assignments) {
        const auto days = assignment.within(*span);
        if (!days) {
            continue;
        }
        for (const auto& piece : m_rates.split(staff.pay_group, *days)) {
            if (piece.table == nullptr) {
                diagnostics.error(path, staff.pay_group_pos,
                                  "pay group " + staff.pay_group + " of staff " + staff.id +
                                      " has no rate on " + piece.range.first.iso() + ".." +
                                      piece.range.last.iso() + " in any loaded rates table");
            }
        }
    }
}

void check_arge_against_rules(const Arge& arge, const TaskLookup& tasks, const RateBook& rates,
                              Diagnostics& diagnostics) {
    RulesCheck check(arge, tasks, rates);
    for (const auto& staff : arge.staff) {
        check.check(staff, diagnostics);
    }
}

} // namespace ausgleich
