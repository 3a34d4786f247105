#include "ausgleich/report/explain_report.hpp"

#include "ausgleich/report/format.hpp"

#include <algorithm>

namespace ausgleich::report {

namespace {

// A factor inside a product: the decimal when it is finite, else the fraction
// ("91/365"), so that the product can be recomputed from the text.
std::string factor_text(const Rational& value) {
    if (is_finite_decimal(value)) {
        return format_exact(value);
    }
    const Integer denominator = boost::multiprecision::denominator(value);
    return boost::multiprecision::numerator(value).str() + "/" + denominator.str();
}

std::string rounding_words(RoundingMode mode) {
    return mode == RoundingMode::half_up ? "half away from zero" : "half to even";
}

std::string two_digits(int value) {
    return (value < 10 ? "0" : "") + std::to_string(value);
}

} // namespace

// --- the shared pieces ---------------------------------------------------------

std::string fraction_text(const Rational& value) {
    return boost::multiprecision::numerator(value).str() + "/" +
           boost::multiprecision::denominator(value).str();
}

std::string exact_text(const Rational& value) {
    if (is_finite_decimal(value)) {
        return format_exact(value);
    }
    return factor_text(value) + " ≈ " + format_rounded(value, 6);
}

std::string annual_text(const Rational& value) {
    const Rational cents = value * 100;
    return boost::multiprecision::denominator(cents) == 1 ? format_fixed(value, 2)
                                                          : exact_text(value);
}

std::string fte_formula(const Arge& arge, const Staff& staff, const Segment& segment) {
    const Assignment& assignment = *segment.assignment;
    if (assignment.fte) {
        return "fte " + exact_text(*assignment.fte) + " (assignment)";
    }
    const auto full_time = arge.full_time_hours(staff);
    const std::string source = staff.full_time_hours ? "staff member" : "partner " + staff.employer;
    return "weekly_hours " + exact_text(assignment.weekly_hours.value_or(0)) +
           " / full_time_hours " + exact_text(full_time.value_or(0)) + " (" + source +
           ") = " + exact_text(segment.fte_exact);
}

std::string fte_rounding(const Segment& segment, const Policy& policy) {
    if (!policy.fte_decimals) {
        return "not rounded (fte_decimals: null, policy) = " + exact_text(segment.fte);
    }
    const std::string places = std::to_string(*policy.fte_decimals);
    return "rounded half-up to " + places + " decimals (fte_decimals: " + places +
           ", policy) = " + format_fixed(segment.fte, *policy.fte_decimals);
}

std::string time_fraction_formula(const Segment& segment, Proration proration) {
    const DateRange& range = segment.range;
    std::string parts;
    if (proration == Proration::days) {
        for (int year = range.first.year(); year <= range.last.year(); ++year) {
            const auto part = intersect(range, DateRange{Date(year, 1, 1), Date(year, 12, 31)});
            parts += (parts.empty() ? "" : " + ") + std::to_string(part->days()) + " days / " +
                     std::to_string(days_in_year(year)) + " days in " + std::to_string(year);
        }
    } else {
        for (int year = range.first.year(), month = range.first.month();
             year < range.last.year() ||
             (year == range.last.year() && month <= range.last.month());) {
            const int length = days_in_month(year, month);
            const auto part =
                intersect(range, DateRange{Date(year, month, 1), Date(year, month, length)});
            parts += (parts.empty() ? "" : " + ") + std::to_string(year) + "-" + two_digits(month) +
                     ": " + std::to_string(part->days()) + "/" + std::to_string(length);
            if (++month > 12) {
                month = 1;
                ++year;
            }
        }
        parts = "(" + parts + ") / 12";
    }
    return parts + " = " + exact_text(segment.time_fraction);
}

std::vector<TaskContribution> task_contributions(const Segment& segment, const TaskLookup& tasks,
                                                 const std::string& partner) {
    std::vector<TaskContribution> contributions;
    for (const auto& task_share : segment.assignment->tasks) {
        const Task* task = tasks.find(task_share.code);
        if (task == nullptr) {
            continue;
        }
        const Rational owner_percent = task->owner_percent(partner);
        if (owner_percent > 0) {
            contributions.push_back(TaskContribution{&task_share, task, owner_percent,
                                                     task_share.percent * owner_percent / 10000});
        }
    }
    return contributions;
}

std::string component_formula(const Segment& segment, const ComponentValue& component) {
    const PayGroupRate& rate = *segment.rate;
    const std::string table = segment.table->id;
    if (component.surcharge == nullptr) {
        if (rate.pay_group == k_flat_rate_pay_group) {
            return annual_text(component.annual) + ", flat rate \"*\" (kind any) of " + table +
                   " for every pay group the table does not list";
        }
        return annual_text(component.annual) + ", pay group " + rate.pay_group + " (" +
               std::string(to_string(rate.kind)) + ") of " + table;
    }
    const Surcharge& surcharge = *component.surcharge;
    const std::string applies =
        "applies_to: " + std::string(to_string(surcharge.applies_to)) + ", " + table;
    if (surcharge.percent) {
        return exact_text(*surcharge.percent) + " % × " + annual_text(rate.annual) + " = " +
               annual_text(component.annual) + " (" + applies + ")";
    }
    return annual_text(component.annual) + ", fixed annual amount (" + applies + ")";
}

std::string amount_formula(const Segment& segment, const ComponentValue& component,
                           const Rational& share) {
    return annual_text(component.annual) + " × " + factor_text(segment.fte) + " × " +
           factor_text(segment.time_fraction) + " × " + factor_text(share);
}

std::string line_rounding(const Line& line, const Policy& policy) {
    const std::string mode = rounding_words(policy.rounding) +
                             " (rounding: " + std::string(to_string(policy.rounding)) + ", policy)";
    switch (policy.round) {
    case RoundingPolicy::per_component: {
        std::string sum;
        for (const auto& component : line.components) {
            sum += (sum.empty() ? "" : " + ") + money(component.amount);
        }
        return "round: per-component (policy): each component rounded " + mode +
               " to cents, the line is their sum: " + sum + " = " + money(line.amount);
    }
    case RoundingPolicy::per_total:
        return "round: per-total (policy): the line is shown rounded " + mode +
               " to cents = " + money(line.amount) + "; only the total " + line.debtor + " → " +
               line.creditor +
               " is rounded, from the exact sum of its lines (settle reports the difference as "
               "rounding_difference)";
    case RoundingPolicy::per_line:
        break;
    }
    return "round: per-line (policy): the exact line rounded " + mode +
           " to cents = " + money(line.amount) + "; the components are rounded for display only";
}

// --- text ----------------------------------------------------------------------

namespace {

std::string heading_text(const StaffExplanation& e) {
    const Policy& policy = e.policy;
    std::string out = "Explanation for staff " + e.staff.id + ", " + e.arge.name + ", " +
                      e.period.label + " (" + e.period.range.first.iso() + " to " +
                      e.period.range.last.iso() + ")\n\n";
    out += "Staff member " + e.staff.id + "\n";
    out += "  employer:  " + partner_label(e.arge, e.staff.employer) + "\n";
    out += "  pay group: " + e.staff.pay_group + "\n";
    out += "  days:      " + std::to_string(e.derivation.days) +
           " assignment days in the period, " + std::to_string(e.derivation.segments.size()) +
           " segment(s) (split at assignment and rates-table boundaries)\n";
    out += "Policy (the ARGE file's policy:, defaults where a setting is absent)\n";
    out += "  proration: " + std::string(to_string(policy.proration)) + " (policy)\n";
    out += "  fte_decimals: " +
           (policy.fte_decimals ? std::to_string(*policy.fte_decimals) : std::string("null")) +
           " (policy)\n";
    out += "  rounding: " + std::string(to_string(policy.rounding)) + " (policy)\n";
    out += "  round: " + std::string(to_string(policy.round)) + " (policy)\n";
    return out;
}

std::string assignment_text(const Assignment& assignment) {
    std::string out = "Assignment " + assignment.describe() + ": ";
    out += assignment.fte ? "fte " + exact_text(*assignment.fte)
                          : "weekly_hours " + exact_text(assignment.weekly_hours.value_or(0));
    out += ", tasks";
    for (const auto& task_share : assignment.tasks) {
        out += (&task_share == &assignment.tasks.front() ? " " : ", ") + task_share.code + " " +
               exact_text(task_share.percent) + " %";
    }
    return out + "\n";
}

std::string table_text(const Segment& segment, const std::string& pay_group) {
    const RatesTable& table = *segment.table;
    std::string out = "  Rates table " + table.id + " (" + std::string(to_string(table.status)) +
                      "): " + table.title + "\n";
    out += "    valid " + table.validity.first.iso() + ".." + table.validity.last.iso() + "\n";
    for (const auto& source : table.sources) {
        out += "    source: " + source.title + (source.url.empty() ? "" : " <" + source.url + ">") +
               "\n";
    }
    const PayGroupRate& rate = *segment.rate;
    out += "  Pay-group rate " +
           (rate.pay_group == k_flat_rate_pay_group ? pay_group + ", flat rate \"*\""
                                                    : rate.pay_group) +
           " (" + std::string(to_string(rate.kind)) + "): " + annual_text(rate.annual) +
           " EUR per FTE and year\n";
    return out;
}

std::string shares_text(const StaffExplanation& e, const Segment& segment) {
    std::string out = "  3. Shares (task percent × owner percent, per partner):\n";
    for (const auto& partner_share : segment.shares) {
        out += "     " + partner_share.partner + ": " + exact_text(partner_share.share) +
               (partner_share.partner == e.staff.employer ? " (the employer's own tasks)" : "") +
               "\n";
        for (const auto& contribution :
             task_contributions(segment, e.tasks, partner_share.partner)) {
            const Task& task = *contribution.task;
            out += "       " + task.code + " " + exact_text(contribution.task_share->percent) +
                   " % × " + partner_share.partner + " " + exact_text(contribution.owner_percent) +
                   " % = " + exact_text(contribution.share) + " (" + task.origin;
            out += task.title.empty() ? "" : ": " + task.title;
            out += task.ref.empty() ? "" : "; " + task.ref;
            out += ")\n";
        }
    }
    return out;
}

std::string components_text(const StaffExplanation& e, const Segment& segment) {
    std::string out = "  4. Components (EUR per FTE and year):\n";
    for (const auto& component : segment.components) {
        out += "     " + component.id + " (" + component.title +
               "): " + component_formula(segment, component) + "\n";
    }
    bool any_debtor = false;
    for (const auto& partner_share : segment.shares) {
        if (partner_share.partner == e.staff.employer) {
            continue;
        }
        any_debtor = true;
        out +=
            "     Owed by " + partner_share.partner + " (value × FTE × time fraction × share):\n";
        for (const auto& component : segment.components) {
            out += "       " + component.id + ": " +
                   amount_formula(segment, component, partner_share.share) + " = " +
                   exact_text(component_amount(segment, component, partner_share.share)) + "\n";
        }
    }
    if (!any_debtor) {
        out += "     No other partner has a share in this segment: nothing is owed for it.\n";
    }
    return out;
}

std::string segment_text(const StaffExplanation& e, const Segment& segment, std::size_t number) {
    std::string out = "\nSegment " + std::to_string(number) + ": " + segment.range.first.iso() +
                      ".." + segment.range.last.iso() + ", " + std::to_string(segment.days()) +
                      " days\n";
    out += "  " + assignment_text(*segment.assignment);
    out += table_text(segment, e.staff.pay_group);
    out += "  1. FTE: " + fte_formula(e.arge, e.staff, segment) + "\n";
    out += "          " + fte_rounding(segment, e.policy) + "\n";
    out += "  2. Time fraction (proration: " + std::string(to_string(e.policy.proration)) +
           ", policy): " + time_fraction_formula(segment, e.policy.proration) + "\n";
    out += shares_text(e, segment);
    out += components_text(e, segment);
    return out;
}

// The segments (numbered from 1) that add to a component of the line.
std::string contributing_segments(const StaffExplanation& e, const Line& line,
                                  const std::string& component_id) {
    std::string out;
    for (std::size_t i = 0; i < e.derivation.segments.size(); ++i) {
        const Segment& segment = e.derivation.segments[i];
        const bool has_component =
            std::any_of(segment.components.begin(), segment.components.end(),
                        [&](const ComponentValue& c) { return c.id == component_id; });
        if (has_component && segment.share_of(line.debtor) > 0) {
            out += (out.empty() ? "segment " : " + segment ") + std::to_string(i + 1);
        }
    }
    return out;
}

std::string line_text(const StaffExplanation& e, const Line& line) {
    std::string out = "\nLine: " + line.debtor + " owes " + line.creditor + " for staff " +
                      line.staff_id + " (" + std::to_string(line.days) + " days, FTE " +
                      fte(line.fte, e.policy) + ", share " + share(line.share) + ")\n";
    std::string names;
    for (const auto& component : line.components) {
        out += "  " + component.id + ": " + contributing_segments(e, line, component.id) + " = " +
               exact_text(component.exact) + " → " + money(component.amount) + "\n";
        names += (names.empty() ? "" : " + ") + component.id;
    }
    out += "  line exact: " + names + " = " + exact_text(line.exact) + "\n";
    out += "  " + line_rounding(line, e.policy) + "\n";
    out += "  amount: " + money(line.amount) + " EUR\n";
    return out;
}

std::string conclusion_text(const StaffExplanation& e) {
    std::string out = "\n";
    if (e.lines.empty()) {
        if (e.derivation.segments.empty()) {
            return out + "Staff " + e.staff.id + " has no assignment days in " + e.period.label +
                   ": nobody owes anything for them.\n";
        }
        return out + "No other partner owes " + partner_label(e.arge, e.staff.employer) +
               " anything for staff " + e.staff.id + " in " + e.period.label +
               ": all of the time was spent on the employer's own tasks.\n";
    }
    for (const auto& line : e.lines) {
        out += partner_label(e.arge, line.debtor) + " owes " +
               partner_label(e.arge, line.creditor) + " " + money(line.amount) + " EUR for staff " +
               line.staff_id + " in " + e.period.label;
        out += e.policy.round == RoundingPolicy::per_total
                   ? " (rounded for display: under round: per-total only the total " + line.debtor +
                         " → " + line.creditor + " is rounded).\n"
                   : ".\n";
    }
    return out;
}

// A note for every provisional rates table behind a segment, in order of first use.
std::string notes_text(const StaffExplanation& e) {
    std::string out;
    std::vector<const RatesTable*> provisional;
    for (const auto& segment : e.derivation.segments) {
        if (segment.table->status == RatesStatus::provisional &&
            std::find(provisional.begin(), provisional.end(), segment.table) == provisional.end()) {
            provisional.push_back(segment.table);
        }
    }
    for (const RatesTable* table : provisional) {
        out += (out.empty() ? "\nNote: rates table " : "Note: rates table ") + table->id +
               " is provisional; settle again (ausgleich trueup) once the final rates are "
               "published.\n";
    }
    return out;
}

} // namespace

std::string explain_text(const StaffExplanation& explanation) {
    std::string out = heading_text(explanation);
    for (std::size_t i = 0; i < explanation.derivation.segments.size(); ++i) {
        out += segment_text(explanation, explanation.derivation.segments[i], i + 1);
    }
    for (const auto& line : explanation.lines) {
        out += line_text(explanation, line);
    }
    out += conclusion_text(explanation);
    out += notes_text(explanation);
    return out;
}

} // namespace ausgleich::report
