#pragma once
// The ARGE file (SPEC section 3.3): the partners of one joint institution, the
// settlement policy, local task entries, and the staff with their assignments.

#include "ausgleich/date.hpp"
#include "ausgleich/decimal.hpp"
#include "ausgleich/diagnostics.hpp"
#include "ausgleich/period.hpp"
#include "ausgleich/policy.hpp"
#include "ausgleich/tasks.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ausgleich {

/// Partners of one ARGE (docs/limits.md): real institutions have two to four.
inline constexpr std::size_t k_max_partners = 100;

struct Partner {
    std::string id;
    std::string name;
    std::optional<Rational> full_time_hours; ///< hours per week of a full-time post
    SourcePos pos;
};

/// Percent of an assignment's time spent on one task code.
struct TaskShare {
    std::string code;
    Rational percent;
    SourcePos pos;
};

struct Assignment {
    Date from;
    std::optional<Date> to; ///< nothing: open-ended
    std::optional<Rational> weekly_hours;
    std::optional<Rational> fte;
    std::vector<TaskShare> tasks; ///< percentages sum to exactly 100
    SourcePos pos;
    SourcePos tasks_pos;
    SourcePos hours_pos; ///< of the weekly_hours value
    /// The assignment's own pay group, for a staff member who moves to another
    /// one (BAT to TVöD on 2005-10-01): nothing means the staff member's.
    std::optional<std::string> pay_group;
    SourcePos pay_group_pos; ///< of the pay_group value, if given

    /// The assignment's days inside `range`, if any.
    std::optional<DateRange> within(const DateRange& range) const;
    /// "2005-01-01..2005-06-30" or "2005-01-01..open".
    std::string describe() const;
};

struct Staff {
    std::string id;
    std::string employer;
    std::string pay_group;
    std::optional<Rational> full_time_hours; ///< overrides the employer's
    std::vector<Assignment> assignments;
    SourcePos pos;
    SourcePos employer_pos;
    SourcePos pay_group_pos;

    /// The pay group of the assignment's days: its own, else the staff member's.
    const std::string& pay_group_of(const Assignment& assignment) const;
    /// Where that pay group is written in the ARGE file.
    SourcePos pay_group_pos_of(const Assignment& assignment) const;
};

struct Arge {
    std::string path;
    std::string name;
    std::vector<Partner> partners; ///< in file order
    Policy policy;
    std::vector<Task> local_tasks;
    std::vector<Staff> staff; ///< in file order

    const Partner* partner(std::string_view id) const;
    std::vector<std::string> partner_ids() const;
    /// The staff member's full-time weekly hours: their own, else their employer's.
    std::optional<Rational> full_time_hours(const Staff& staff) const;
    const Staff* find_staff(std::string_view id) const;
};

} // namespace ausgleich
