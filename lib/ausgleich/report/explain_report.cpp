#include "ausgleich/report/explain_report.hpp"

#include "ausgleich/report/format.hpp"
#include "ausgleich/report/messages.hpp"
#include "ausgleich/report/statement_text.hpp"

#include <algorithm>
#include <initializer_list>

namespace ausgleich::report {

using namespace explain;

namespace {

std::string words(Language language, Msg id) {
    return std::string(text(language, id));
}

std::string say(Language language, Msg id, std::initializer_list<Placeholder> values) {
    return format(language, id, values);
}

// One setting of the policy block: "proration: days (policy)" in English,
// "Anteilsberechnung: nach Kalendertagen (proration: days)" in German.
std::string setting_line(Language language, Msg name, std::string_view key,
                         const std::string& value, const std::string& meaning) {
    return "  " +
           say(language, Msg::policy_setting,
               {{"key", std::string(key)},
                {"value", value},
                {"name", words(language, name)},
                {"meaning", meaning}}) +
           "\n";
}

std::string policy_text(const Policy& policy, Language language) {
    const auto places =
        policy.fte_decimals ? std::to_string(*policy.fte_decimals) : std::string("null");
    const Msg round_meaning = policy.round == RoundingPolicy::per_component ? Msg::per_component
                              : policy.round == RoundingPolicy::per_total   ? Msg::per_total
                                                                            : Msg::per_line;
    std::string out = words(language, Msg::policy_heading) + "\n";
    out += setting_line(language, Msg::proration_setting, "proration",
                        std::string(to_string(policy.proration)),
                        proration_words(policy.proration, language));
    out += setting_line(language, Msg::fte_decimals_setting, "fte_decimals", places,
                        policy.fte_decimals
                            ? say(language, Msg::to_places_decimals, {{"places", places}})
                            : words(language, Msg::not_rounded));
    out += setting_line(language, Msg::rounding_setting, "rounding",
                        std::string(to_string(policy.rounding)),
                        rounding_words(policy.rounding, language));
    out += setting_line(language, Msg::round_setting, "round", std::string(to_string(policy.round)),
                        words(language, round_meaning));
    // Quota mode only, so that an explanation of tasks mode reads as before.
    if (policy.shares == SharesPolicy::quota) {
        out += setting_line(
            language, Msg::shares_setting, "shares", std::string(to_string(policy.shares)),
            say(language, Msg::shares_from_quota, {{"quota", quota_text(policy, language)}}));
    }
    return out;
}

std::string heading_text(const StaffExplanation& e, Language language) {
    std::string out = say(language, Msg::explain_heading,
                          {{"staff", e.staff.id},
                           {"arge", e.arge.name},
                           {"period", period_with_range(e.period, language)}}) +
                      "\n\n";
    out += say(language, Msg::staff_member_heading, {{"staff", e.staff.id}}) + "\n";
    // The values start in one column: "employer:  ", "pay group: ", "days:      ".
    const std::string employer = words(language, Msg::employer_word);
    const std::string pay_group = words(language, Msg::pay_group_word);
    const std::string days = words(language, Msg::days_word);
    const std::size_t width =
        std::max({display_width(employer), display_width(pay_group), display_width(days)}) + 2;
    const auto label = [width](const std::string& name) {
        return "  " + name + ":" + std::string(width - display_width(name) - 1, ' ');
    };
    out += label(employer) + partner_label(e.arge, e.staff.employer) + "\n";
    out += label(pay_group) + joined_pay_groups(e.derivation) + "\n";
    out += label(days) +
           say(language, Msg::heading_days,
               {{"days", std::to_string(e.derivation.days)},
                {"segments", std::to_string(e.derivation.segments.size())}}) +
           "\n";
    return out + policy_text(e.policy, language);
}

// Where a task's entry comes from: a catalog id as written, or what TaskLookup
// and the ARGE loader call the other two origins ("ARGE file", "partner id").
std::string task_origin(const Task& task, Language language) {
    if (task.origin == "ARGE file") {
        return words(language, Msg::arge_file);
    }
    return task.origin == "partner id" ? words(language, Msg::partner_id_origin) : task.origin;
}

// A task's title; TaskLookup names a partner-id task "tasks of <partner>".
std::string task_title(const Task& task, Language language) {
    return task.origin == "partner id"
               ? say(language, Msg::tasks_of_partner, {{"partner", task.code}})
               : task.title;
}

std::string assignment_text(const Assignment& assignment, Language language) {
    std::string tasks;
    for (const auto& task_share : assignment.tasks) {
        tasks += (tasks.empty() ? "" : ", ") + task_share.code + " " +
                 exact_text(task_share.percent, language) + " %";
    }
    if (tasks.empty()) {
        tasks = words(language, Msg::no_tasks_given); // quota mode (SPEC 3.3)
    }
    const std::string time =
        assignment.fte
            ? say(language, Msg::assignment_fte, {{"fte", exact_text(*assignment.fte, language)}})
            : say(language, Msg::assignment_weekly_hours,
                  {{"hours", exact_text(assignment.weekly_hours.value_or(0), language)}});
    return say(language, Msg::assignment_heading,
               {{"range", assignment_range(assignment, language)},
                {"time", time},
                {"tasks", tasks}}) +
           "\n";
}

std::string table_text(const Segment& segment, const std::string& pay_group, Language language) {
    const RatesTable& table = *segment.table;
    std::string out = "  " +
                      say(language, Msg::rates_table_heading,
                          {{"id", table.id},
                           {"status", std::string(status_text(table.status, language))},
                           {"title", table.title}}) +
                      "\n";
    out += "    " +
           say(language, Msg::valid_range, {{"range", range_text(table.validity, language)}}) +
           "\n";
    for (const auto& source : table.sources) {
        out += "    " + say(language, Msg::source_title, {{"title", source.title}}) +
               (source.url.empty() ? "" : " <" + source.url + ">") + "\n";
    }
    const PayGroupRate& rate = *segment.rate;
    const std::string rate_name =
        rate.pay_group == k_flat_rate_pay_group
            ? say(language, Msg::flat_rate_name, {{"pay_group", pay_group}})
            : rate.pay_group;
    out += "  " +
           say(language, Msg::pay_group_rate,
               {{"pay_group", rate_name},
                {"kind", kind_text(rate.kind, language)},
                {"annual", annual_text(rate.annual, language)}}) +
           "\n";
    return out;
}

std::string shares_text(const StaffExplanation& e, const Segment& segment, Language language) {
    const bool quota = e.policy.shares == SharesPolicy::quota;
    std::string out =
        "  " + words(language, quota ? Msg::step3_shares_quota : Msg::step3_shares) + "\n";
    for (const auto& partner_share : segment.shares) {
        out += "     " + partner_share.partner + ": " + exact_text(partner_share.share, language) +
               (partner_share.partner == e.staff.employer
                    ? words(language, quota ? Msg::employers_own_share : Msg::employers_own_tasks)
                    : "") +
               "\n";
        if (e.policy.shares == SharesPolicy::quota) {
            // SPEC 3.3: share(O) = quota(O)/100; the tasks play no part.
            out += "       " +
                   say(language, Msg::quota_contribution,
                       {{"percent", exact_text(partner_share.share * 100, language)}}) +
                   "\n";
            continue;
        }
        for (const auto& contribution :
             task_contributions(segment, e.tasks, partner_share.partner)) {
            const Task& task = *contribution.task;
            out += "       " + task.code + " " +
                   exact_text(contribution.task_share->percent, language) + " % × " +
                   partner_share.partner + " " + exact_text(contribution.owner_percent, language) +
                   " % = " + exact_text(contribution.share, language) + " (" +
                   task_origin(task, language);
            out += task.title.empty() ? "" : ": " + task_title(task, language);
            out += task.ref.empty() ? "" : "; " + task.ref;
            out += ")\n";
        }
    }
    return out;
}

std::string components_text(const StaffExplanation& e, const Segment& segment, Language language) {
    std::string out = "  " + words(language, Msg::step4_components) + "\n";
    for (const auto& component : segment.components) {
        const std::string title = component_title(segment, component);
        out += "     " + component.id + (title.empty() ? "" : " (" + title + ")") + ": " +
               component_formula(segment, component, language) + "\n";
    }
    bool any_debtor = false;
    for (const auto& partner_share : segment.shares) {
        if (partner_share.partner == e.staff.employer) {
            continue;
        }
        any_debtor = true;
        out += "     " + say(language, Msg::owed_by, {{"partner", partner_share.partner}}) + "\n";
        for (const auto& component : segment.components) {
            out += "       " + component.id + ": " +
                   amount_formula(segment, component, partner_share.share, language) + " = " +
                   exact_text(component_amount(segment, component, partner_share.share), language) +
                   "\n";
        }
    }
    if (!any_debtor) {
        out += "     " + words(language, Msg::segment_owed_by_nobody) + "\n";
    }
    return out;
}

std::string segment_text(const StaffExplanation& e, const Segment& segment, std::size_t number,
                         Language language) {
    std::string out = "\n" +
                      say(language, Msg::segment_heading,
                          {{"number", std::to_string(number)},
                           {"range", range_text(segment.range, language)},
                           {"days", std::to_string(segment.days())}}) +
                      "\n";
    out += "  " + assignment_text(*segment.assignment, language);
    out += table_text(segment, e.staff.pay_group_of(*segment.assignment), language);
    out += "  " +
           say(language, Msg::step1_fte,
               {{"formula", fte_formula(e.arge, e.staff, segment, language)}}) +
           "\n";
    out += "          " + fte_rounding(segment, e.policy, language) + "\n";
    out += "  " +
           say(language, Msg::step2_time_fraction,
               {{"proration", std::string(to_string(e.policy.proration))},
                {"meaning", proration_words(e.policy.proration, language)},
                {"formula", time_fraction_formula(segment, e.policy.proration, language)}}) +
           "\n";
    out += shares_text(e, segment, language);
    out += components_text(e, segment, language);
    return out;
}

// The segments (numbered from 1) that add to a component of the line.
std::string contributing_segments(const StaffExplanation& e, const Line& line,
                                  const std::string& component_id, Language language) {
    std::string out;
    for (std::size_t i = 0; i < e.derivation.segments.size(); ++i) {
        const Segment& segment = e.derivation.segments[i];
        const bool has_component =
            std::any_of(segment.components.begin(), segment.components.end(),
                        [&](const ComponentValue& c) { return c.id == component_id; });
        if (has_component && segment.share_of(line.debtor) > 0) {
            out += (out.empty() ? "" : " + ") +
                   say(language, Msg::segment_number, {{"number", std::to_string(i + 1)}});
        }
    }
    return out;
}

std::string line_text(const StaffExplanation& e, const Line& line, Language language) {
    std::string out = "\n" +
                      say(language, Msg::line_heading,
                          {{"debtor", line.debtor},
                           {"creditor", line.creditor},
                           {"staff", line.staff_id},
                           {"days", std::to_string(line.days)},
                           {"fte", decimal_text(fte(line.fte, e.policy), language)},
                           {"share", decimal_text(share(line.share), language)}}) +
                      "\n";
    std::string names;
    for (const auto& component : line.components) {
        out += "  " + component.id + ": " + contributing_segments(e, line, component.id, language) +
               " = " + exact_text(component.exact, language) + " → " +
               money_text(component.amount, language) + "\n";
        names += (names.empty() ? "" : " + ") + component.id;
    }
    out += "  " +
           say(language, Msg::line_exact,
               {{"components", names}, {"exact", exact_text(line.exact, language)}}) +
           "\n";
    out += "  " + line_rounding(line, e.policy, language) + "\n";
    out += "  " + say(language, Msg::line_amount, {{"amount", money_text(line.amount, language)}}) +
           "\n";
    return out;
}

std::string conclusion_text(const StaffExplanation& e, Language language) {
    const std::string period = in_period(e.period, language);
    std::string out = "\n";
    if (e.lines.empty()) {
        if (e.derivation.segments.empty()) {
            return out +
                   say(language, Msg::conclusion_no_days,
                       {{"staff", e.staff.id}, {"in_period", period}}) +
                   "\n";
        }
        return out +
               say(language, Msg::conclusion_own_tasks,
                   {{"employer", partner_label(e.arge, e.staff.employer)},
                    {"staff", e.staff.id},
                    {"in_period", period}}) +
               "\n";
    }
    for (const auto& line : e.lines) {
        out += say(language, Msg::conclusion_owes,
                   {{"debtor", partner_label(e.arge, line.debtor)},
                    {"creditor", partner_label(e.arge, line.creditor)},
                    {"amount", money_text(line.amount, language)},
                    {"staff", line.staff_id},
                    {"in_period", period}});
        out += e.policy.round == RoundingPolicy::per_total
                   ? say(language, Msg::conclusion_per_total,
                         {{"debtor", line.debtor}, {"creditor", line.creditor}}) +
                         "\n"
                   : ".\n";
    }
    return out;
}

// A note for every provisional rates table behind a segment, in order of first use.
std::string notes_text(const StaffExplanation& e, Language language) {
    std::vector<const RatesTable*> provisional;
    for (const auto& segment : e.derivation.segments) {
        if (segment.table->status == RatesStatus::provisional &&
            std::find(provisional.begin(), provisional.end(), segment.table) == provisional.end()) {
            provisional.push_back(segment.table);
        }
    }
    std::string out;
    for (const RatesTable* table : provisional) {
        out += (out.empty() ? "\n" : "") + provisional_note(*table, language) + "\n";
    }
    return out;
}

} // namespace

std::string explain_text(const StaffExplanation& explanation, Language language) {
    std::string out = heading_text(explanation, language);
    for (std::size_t i = 0; i < explanation.derivation.segments.size(); ++i) {
        out += segment_text(explanation, explanation.derivation.segments[i], i + 1, language);
    }
    for (const auto& line : explanation.lines) {
        out += line_text(explanation, line, language);
    }
    out += conclusion_text(explanation, language);
    out += notes_text(explanation, language);
    return out;
}

} // namespace ausgleich::report
