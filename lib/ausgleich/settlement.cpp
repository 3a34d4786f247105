#include "ausgleich/settlement.hpp"

#include "ausgleich/fixed_point_lines.hpp"
#include "ausgleich/partner_shares.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace ausgleich {

Rational Segment::share_of(std::string_view partner) const {
    for (const auto& share : shares) {
        if (share.partner == partner) {
            return share.share;
        }
    }
    return 0;
}

Rational component_amount(const Segment& segment, const ComponentValue& component,
                          const Rational& share) {
    // Grouped as annual × (fte × t) × share: exact either way, and fte × t is
    // shared. A per-person component takes f = 1 (SPEC 3.1.1 basis: head).
    if (component.basis == Basis::head) {
        return component.annual * segment.time_fraction * share;
    }
    return component.annual * segment.fte_years * share;
}

namespace {

// SPEC 3.3 quota mode: share(O) = quota(O)/100 for every partner with a
// quota above zero, whatever the tasks (already in byte order of the ids).
std::vector<PartnerShare> quota_shares(const Policy& policy) {
    std::vector<PartnerShare> shares;
    for (const auto& entry : policy.quota) {
        if (entry.percent.sign() > 0) {
            shares.push_back(PartnerShare{entry.partner, entry.percent / 100});
        }
    }
    return shares;
}

Rational round_cents(const Rational& value, const Policy& policy) {
    return round_to_places(value, 2, policy.rounding);
}

// The value used for a line's FTE or share: the value itself when it is the
// same in every segment, else the mean weighted by days.
template <typename ValueOf>
Rational day_weighted(const std::vector<Segment>& segments, ValueOf value_of) {
    if (segments.empty()) {
        return 0;
    }
    const Rational first = value_of(segments.front());
    const bool uniform = std::all_of(segments.begin() + 1, segments.end(), [&](const Segment& s) {
        return same_value(value_of(s), first);
    });
    if (uniform) {
        return first;
    }
    Rational weighted = 0;
    long days = 0;
    for (const auto& segment : segments) {
        weighted += value_of(segment) * segment.days();
        days += segment.days();
    }
    return weighted / days;
}

} // namespace

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
            contributions.push_back(TaskContribution{
                &task_share, task, owner_percent, task_share_of_owner(task_share, owner_percent)});
        }
    }
    return contributions;
}

std::string no_rate_message(const Staff& staff, const std::string& pay_group,
                            const DateRange& days) {
    return "no rate for pay group " + pay_group + " of staff " + staff.id + " on " +
           days.first.iso() + (days.days() > 1 ? ".." + days.last.iso() : "") +
           ": no loaded rates table covers it";
}

StaffDerivation derive_staff(const Staff& staff, const SettlementInputs& inputs,
                             Diagnostics& diagnostics, ComponentValues* components) {
    StaffDerivation derivation;
    derivation.staff = &staff;
    const Policy& policy = inputs.arge.policy;
    const auto full_time = inputs.arge.full_time_hours(staff);

    std::vector<const Assignment*> ordered;
    for (const auto& assignment : staff.assignments) {
        ordered.push_back(&assignment);
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Assignment* a, const Assignment* b) { return a->from < b->from; });

    for (const Assignment* assignment : ordered) {
        const auto days = assignment->within(inputs.period.range);
        if (!days || (!assignment->fte && !full_time)) {
            continue;
        }
        derivation.days += days->days();
        // Step 1: FTE, rounded half-up when the policy says so (§ 4 Abs. 2 VKFV).
        const Rational fte_exact =
            assignment->fte ? *assignment->fte : *assignment->weekly_hours / *full_time;
        const Rational fte = policy.fte_decimals ? round_to_places(fte_exact, *policy.fte_decimals,
                                                                   RoundingMode::half_up)
                                                 : fte_exact;
        const auto shares = policy.shares == SharesPolicy::quota
                                ? quota_shares(policy)
                                : partner_shares(*assignment, inputs.tasks); // step 3
        const std::string& pay_group = staff.pay_group_of(*assignment);
        for (const auto& piece : inputs.rates.split(pay_group, *days)) {
            if (piece.table == nullptr) {
                diagnostics.error(inputs.arge.path, staff.pay_group_pos_of(*assignment),
                                  no_rate_message(staff, pay_group, piece.range));
                continue;
            }
            Segment segment{assignment,
                            piece.range,
                            piece.table,
                            piece.rate,
                            fte_exact,
                            fte,
                            time_fraction(piece.range, policy.proration), // step 2
                            0,
                            shares,
                            components != nullptr ? components->of(*piece.table, *piece.rate)
                                                  : piece.table->components(*piece.rate)};
            segment.fte_years = segment.fte * segment.time_fraction;
            derivation.segments.push_back(std::move(segment));
        }
    }
    return derivation;
}

std::string joined_pay_groups(const StaffDerivation& derivation,
                              const std::optional<std::string>& debtor) {
    std::vector<std::string> groups;
    for (const auto& segment : derivation.segments) {
        if (debtor && segment.share_of(*debtor).is_zero()) {
            continue;
        }
        const std::string& group = derivation.staff->pay_group_of(*segment.assignment);
        if (std::find(groups.begin(), groups.end(), group) == groups.end()) {
            groups.push_back(group);
        }
    }
    if (groups.empty()) {
        return derivation.staff->pay_group;
    }
    std::string joined = groups.front();
    for (std::size_t i = 1; i < groups.size(); ++i) {
        joined += k_pay_group_separator;
        joined += groups[i];
    }
    return joined;
}

std::vector<std::string> split_pay_groups(std::string_view joined) {
    std::vector<std::string> groups;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = joined.find(k_pay_group_separator, start);
        groups.emplace_back(joined.substr(start, end - start));
        if (end == std::string_view::npos) {
            return groups;
        }
        start = end + k_pay_group_separator.size();
    }
}

std::vector<Line> staff_lines(const StaffDerivation& derivation, const Policy& policy,
                              Arithmetic arithmetic) {
    const Staff& staff = *derivation.staff;
    std::set<std::string> debtors;
    for (const auto& segment : derivation.segments) {
        for (const auto& share : segment.shares) {
            if (share.partner != staff.employer) {
                debtors.insert(share.partner);
            }
        }
    }
    std::vector<Line> lines;
    for (const auto& debtor : debtors) {
        Line line;
        line.staff_id = staff.id;
        line.employer = staff.employer;
        line.pay_group = joined_pay_groups(derivation, debtor);
        line.debtor = debtor;
        line.creditor = staff.employer;
        line.days = derivation.days;
        line.fte = day_weighted(derivation.segments, [](const Segment& s) { return s.fte; });
        line.share =
            day_weighted(derivation.segments, [&](const Segment& s) { return s.share_of(debtor); });
        lines.push_back(std::move(line));
    }
    // Step 4 and the rounding: in fixed point where every figure of the staff
    // member fits, else (or when asked) with rationals (fixed_point_lines.hpp).
    bool fixed = arithmetic == Arithmetic::fixed_point;
    for (auto& line : lines) {
        fixed = fixed && fixed_point_figures(derivation, policy, line);
    }
    if (!fixed) {
        for (auto& line : lines) {
            rational_figures(derivation, policy, line);
        }
    } else if (arithmetic_check()) {
        for (const auto& line : lines) {
            Line rational = line;
            rational_figures(derivation, policy, rational);
            const std::string difference = figures_difference(line, rational);
            if (!difference.empty()) {
                throw ArithmeticMismatch("fixed point and rational path differ: " + difference);
            }
        }
    }
    count_staff_member(fixed);
    return lines;
}

std::vector<NetPayment> net_payments(
    const std::vector<std::pair<std::string, std::string>>& directions,
    const std::function<Rational(const std::string& debtor, const std::string& creditor)>& owed) {
    // Each unordered pair once, in byte order of its ids; linear in the
    // directions, never in the square of the partners (SPEC 6.1).
    std::set<std::pair<std::string, std::string>> pairs;
    for (const auto& [debtor, creditor] : directions) {
        pairs.insert(debtor < creditor ? std::pair(debtor, creditor) : std::pair(creditor, debtor));
    }
    std::vector<NetPayment> net;
    for (const auto& [a, b] : pairs) {
        const Rational difference = owed(a, b) - owed(b, a);
        if (difference.sign() >= 0) {
            net.push_back(NetPayment{a, b, difference});
        } else {
            net.push_back(NetPayment{b, a, -difference});
        }
    }
    return net;
}

SettlementBuilder::SettlementBuilder(SettlementInputs inputs)
    : m_inputs(inputs), m_settlement{
                            inputs.arge.name, inputs.period, inputs.arge.policy, {}, {}, {}, {}} {}

void SettlementBuilder::add(const Staff& staff, Diagnostics& diagnostics) {
    const std::size_t errors_before = diagnostics.error_count();
    const StaffDerivation derivation = derive_staff(staff, m_inputs, diagnostics, &m_components);
    if (diagnostics.error_count() != errors_before) {
        m_failed = true;
        return;
    }
    for (const auto& segment : derivation.segments) {
        m_rates_used.insert(segment.table);
    }
    for (auto& line : staff_lines(derivation, m_inputs.arge.policy)) {
        m_settlement.lines.push_back(std::move(line));
    }
}

std::optional<Settlement> settle(const SettlementInputs& inputs, Diagnostics& diagnostics) {
    SettlementBuilder builder(inputs);
    for (const auto& staff : inputs.arge.staff) {
        builder.add(staff, diagnostics);
    }
    return builder.finish();
}

std::optional<Settlement> SettlementBuilder::finish() {
    if (m_failed) {
        return std::nullopt;
    }
    Settlement& settlement = m_settlement;
    const Policy& policy = settlement.policy;
    std::sort(settlement.lines.begin(), settlement.lines.end(), [](const Line& a, const Line& b) {
        return std::tie(a.staff_id, a.debtor) < std::tie(b.staff_id, b.debtor);
    });

    std::map<std::pair<std::string, std::string>, Total> totals;
    for (const auto& line : settlement.lines) {
        Total& total = totals[{line.debtor, line.creditor}];
        total.debtor = line.debtor;
        total.creditor = line.creditor;
        total.exact += line.exact;
        total.amount += line.amount;
    }
    for (auto& [pair, total] : totals) {
        if (policy.round == RoundingPolicy::per_total) {
            const Rational sum_of_lines = total.amount;
            total.amount = round_cents(total.exact, policy);
            total.rounding_difference = total.amount - sum_of_lines;
        }
        settlement.totals.push_back(total);
    }

    std::vector<std::pair<std::string, std::string>> directions;
    for (const auto& [pair, total] : totals) {
        directions.push_back(pair);
    }
    settlement.net =
        net_payments(directions, [&](const std::string& debtor, const std::string& creditor) {
            const auto found = totals.find({debtor, creditor});
            return found == totals.end() ? Rational(0) : found->second.amount;
        });
    for (const RatesTable* table : m_rates_used) {
        settlement.rates_used.push_back(*table);
    }
    std::sort(settlement.rates_used.begin(), settlement.rates_used.end(),
              [](const RatesTable& a, const RatesTable& b) { return a.id < b.id; });
    return std::move(settlement);
}

} // namespace ausgleich
