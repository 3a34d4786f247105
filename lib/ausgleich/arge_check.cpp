#include "ausgleich/arge_check.hpp"

#include "ausgleich/settlement.hpp"

#include <algorithm>

namespace ausgleich {

RulesCheck::RulesCheck(const Arge& header, const TaskLookup& tasks, const RateBook& rates,
                       std::optional<DateRange> period)
    : m_header(header), m_tasks(tasks), m_rates(rates), m_period(period),
      m_known_codes(tasks.codes()) {}

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
    // SPEC 4.1: a settled period needs a rate on each of its days; without a
    // period, the days of the series of tables the pay group belongs to are
    // checked, as a warning (docs/decisions.md).
    // The ranges to check, each with the pay groups it is checked for: the period
    // for every group, or each group's series.
    std::vector<std::pair<DateRange, std::vector<std::string>>> checked;
    for (const auto& assignment : staff.assignments) {
        const std::string& pay_group = staff.pay_group_of(assignment);
        const std::vector<DateRange> ranges =
            m_period ? std::vector<DateRange>{*m_period} : m_rates.series_spans(pay_group);
        for (const auto& range : ranges) {
            auto found = std::find_if(checked.begin(), checked.end(),
                                      [&](const auto& entry) { return entry.first == range; });
            if (found == checked.end()) {
                checked.emplace_back(range, std::vector<std::string>{});
                found = std::prev(checked.end());
            }
            if (std::find(found->second.begin(), found->second.end(), pay_group) ==
                found->second.end()) {
                found->second.push_back(pay_group);
            }
        }
    }
    for (const auto& [range, groups] : checked) {
        for (const auto& assignment : staff.assignments) {
            const std::string& pay_group = staff.pay_group_of(assignment);
            const auto days = assignment.within(range);
            if (!days || std::find(groups.begin(), groups.end(), pay_group) == groups.end()) {
                continue;
            }
            for (const auto& piece : m_rates.split(pay_group, *days)) {
                if (piece.table != nullptr) {
                    continue;
                }
                if (m_period) {
                    diagnostics.error(path, staff.pay_group_pos_of(assignment),
                                      no_rate_message(staff, pay_group, piece.range));
                } else {
                    diagnostics.warning(path, staff.pay_group_pos_of(assignment),
                                        no_rate_message(staff, pay_group, piece.range) +
                                            " (only a period that includes these days needs it; "
                                            "validate --period P checks one)");
                }
            }
        }
    }
}

void check_arge_against_rules(const Arge& arge, const TaskLookup& tasks, const RateBook& rates,
                              Diagnostics& diagnostics, std::optional<DateRange> period) {
    RulesCheck check(arge, tasks, rates, period);
    for (const auto& staff : arge.staff) {
        check.check(staff, diagnostics);
    }
}

} // namespace ausgleich
