#include "ausgleich/report/explain_report.hpp"

#include "ausgleich/report/format.hpp"
#include "ausgleich/report/messages.hpp"
#include "ausgleich/report/statement_text.hpp"

#include <algorithm>
#include <initializer_list>
#include <stdexcept>

namespace ausgleich::report {

namespace {

std::string words(Language language, Msg id) {
    return std::string(text(language, id));
}

// A sentence of the catalogue in `language`, with its parts filled in.
std::string say(Language language, Msg id, std::initializer_list<Placeholder> values) {
    return format(language, id, values);
}

// A decimal as written by format_fixed/format_exact, in the language's format
// ("43.560,80" in German); a decimal below 1000 only changes its point.
std::string decimal_text(const std::string& plain, Language language) {
    return localize_decimal(plain, language, true);
}

// A factor inside a product: the decimal when it is finite, else the fraction
// ("91/365"), so that the product can be recomputed from the text.
std::string factor_text(const Rational& value, Language language) {
    if (is_finite_decimal(value)) {
        return decimal_text(format_exact(value), language);
    }
    const Integer denominator = boost::multiprecision::denominator(value);
    return boost::multiprecision::numerator(value).str() + "/" + denominator.str();
}

std::string rounding_words(RoundingMode mode, Language language) {
    return words(language,
                 mode == RoundingMode::half_up ? Msg::half_away_from_zero : Msg::half_to_even);
}

std::string proration_words(Proration proration, Language language) {
    return words(language,
                 proration == Proration::days ? Msg::by_calendar_days : Msg::by_calendar_months);
}

std::string kind_text(PayKind kind, Language language) {
    switch (kind) {
    case PayKind::beamte:
        return words(language, Msg::kind_beamte);
    case PayKind::tarif:
        return words(language, Msg::kind_tarif);
    case PayKind::any:
        break;
    }
    return words(language, Msg::kind_any);
}

std::string applies_to_text(AppliesTo applies_to, Language language) {
    switch (applies_to) {
    case AppliesTo::beamte:
        return words(language, Msg::kind_beamte);
    case AppliesTo::tarif:
        return words(language, Msg::kind_tarif);
    case AppliesTo::all:
        break;
    }
    return words(language, Msg::applies_all);
}

// What a pay group of this kind is called: "pay group" in English for all;
// "Besoldungsgruppe", "Entgeltgruppe" or both in German.
std::string group_word(PayKind kind, Language language) {
    switch (kind) {
    case PayKind::beamte:
        return words(language, Msg::group_beamte);
    case PayKind::tarif:
        return words(language, Msg::group_tarif);
    case PayKind::any:
        break;
    }
    return words(language, Msg::pay_group_word);
}

// "2005-04-01..2005-06-30" / "01.04.2005 bis 30.06.2005".
std::string range_text(const DateRange& range, Language language) {
    return say(
        language, Msg::date_range,
        {{"first", date_text(range.first, language)}, {"last", date_text(range.last, language)}});
}

// Where an assignment runs, in English as Assignment::describe() writes it:
// "2005-01-01..open" / "ab 01.01.2005 (unbefristet)".
std::string assignment_range(const Assignment& assignment, Language language) {
    return assignment.to
               ? range_text(DateRange{assignment.from, *assignment.to}, language)
               : say(language, Msg::open_range, {{"first", date_text(assignment.from, language)}});
}

// A month of a "months" time fraction: "2005-12" / "Dezember 2005".
std::string month_name(int year, int month, Language language) {
    const std::string label =
        std::to_string(year) + "-" + (month < 10 ? "0" : "") + std::to_string(month);
    return period_name(parse_period(label), language);
}

} // namespace

// --- the shared pieces ---------------------------------------------------------

std::string fraction_text(const Rational& value) {
    return boost::multiprecision::numerator(value).str() + "/" +
           boost::multiprecision::denominator(value).str();
}

std::string exact_text(const Rational& value, Language language) {
    if (is_finite_decimal(value)) {
        return decimal_text(format_exact(value), language);
    }
    return factor_text(value, language) + " ≈ " + decimal_text(format_rounded(value, 6), language);
}

std::string annual_text(const Rational& value, Language language) {
    const Rational cents = value * 100;
    return boost::multiprecision::denominator(cents) == 1
               ? decimal_text(format_fixed(value, 2), language)
               : exact_text(value, language);
}

std::string fte_formula(const Arge& arge, const Staff& staff, const Segment& segment,
                        Language language) {
    const Assignment& assignment = *segment.assignment;
    if (assignment.fte) {
        return say(language, Msg::fte_of_assignment,
                   {{"fte", exact_text(*assignment.fte, language)}});
    }
    const auto full_time = arge.full_time_hours(staff);
    const std::string source =
        staff.full_time_hours ? words(language, Msg::staff_member_source)
                              : say(language, Msg::partner_name, {{"partner", staff.employer}});
    return say(language, Msg::fte_from_hours,
               {{"hours", exact_text(assignment.weekly_hours.value_or(0), language)},
                {"full_time", exact_text(full_time.value_or(0), language)},
                {"source", source},
                {"fte", exact_text(segment.fte_exact, language)}});
}

std::string fte_rounding(const Segment& segment, const Policy& policy, Language language) {
    if (!policy.fte_decimals) {
        return say(language, Msg::fte_not_rounded, {{"fte", exact_text(segment.fte, language)}});
    }
    return say(language, Msg::fte_rounded,
               {{"places", std::to_string(*policy.fte_decimals)},
                {"fte", decimal_text(format_fixed(segment.fte, *policy.fte_decimals), language)}});
}

std::string time_fraction_formula(const Segment& segment, Proration proration, Language language) {
    const DateRange& range = segment.range;
    std::string parts;
    if (proration == Proration::days) {
        for (int year = range.first.year(); year <= range.last.year(); ++year) {
            const auto part = intersect(range, DateRange{Date(year, 1, 1), Date(year, 12, 31)});
            parts += (parts.empty() ? "" : " + ") +
                     say(language, Msg::days_of_year,
                         {{"days", std::to_string(part->days())},
                          {"year_days", std::to_string(days_in_year(year))},
                          {"year", std::to_string(year)}});
        }
    } else {
        for (int year = range.first.year(), month = range.first.month();
             year < range.last.year() ||
             (year == range.last.year() && month <= range.last.month());) {
            const int length = days_in_month(year, month);
            const auto part =
                intersect(range, DateRange{Date(year, month, 1), Date(year, month, length)});
            parts += (parts.empty() ? "" : " + ") + month_name(year, month, language) + ": " +
                     std::to_string(part->days()) + "/" + std::to_string(length);
            if (++month > 12) {
                month = 1;
                ++year;
            }
        }
        parts = "(" + parts + ") / 12";
    }
    return parts + " = " + exact_text(segment.time_fraction, language);
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

std::string component_formula(const Segment& segment, const ComponentValue& component,
                              Language language) {
    const PayGroupRate& rate = *segment.rate;
    const std::string table = segment.table->id;
    const std::string annual = annual_text(component.annual, language);
    if (component.surcharge == nullptr) {
        if (rate.pay_group == k_flat_rate_pay_group) {
            return say(language, Msg::component_flat_rate, {{"annual", annual}, {"table", table}});
        }
        return say(language, Msg::component_pay_group,
                   {{"annual", annual},
                    {"group", group_word(rate.kind, language)},
                    {"pay_group", rate.pay_group},
                    {"kind", kind_text(rate.kind, language)},
                    {"table", table}});
    }
    const Surcharge& surcharge = *component.surcharge;
    const std::string applies =
        say(language, Msg::applies_to_scope,
            {{"scope", applies_to_text(surcharge.applies_to, language)}, {"table", table}});
    if (surcharge.percent) {
        return exact_text(*surcharge.percent, language) + " % × " +
               annual_text(rate.annual, language) + " = " + annual + " (" + applies + ")";
    }
    return say(language, Msg::component_fixed, {{"annual", annual}, {"applies", applies}});
}

std::string amount_formula(const Segment& segment, const ComponentValue& component,
                           const Rational& share, Language language) {
    return annual_text(component.annual, language) + " × " + factor_text(segment.fte, language) +
           " × " + factor_text(segment.time_fraction, language) + " × " +
           factor_text(share, language);
}

std::string line_rounding(const Line& line, const Policy& policy, Language language) {
    const std::string mode = say(language, Msg::rounding_mode,
                                 {{"words", rounding_words(policy.rounding, language)},
                                  {"rounding", std::string(to_string(policy.rounding))}});
    const std::string amount = money_text(line.amount, language);
    switch (policy.round) {
    case RoundingPolicy::per_component: {
        std::string sum;
        for (const auto& component : line.components) {
            sum += (sum.empty() ? "" : " + ") + money_text(component.amount, language);
        }
        return say(language, Msg::line_round_per_component,
                   {{"mode", mode}, {"sum", sum}, {"amount", amount}});
    }
    case RoundingPolicy::per_total:
        return say(language, Msg::line_round_per_total,
                   {{"mode", mode},
                    {"amount", amount},
                    {"debtor", line.debtor},
                    {"creditor", line.creditor}});
    case RoundingPolicy::per_line:
        break;
    }
    return say(language, Msg::line_round_per_line, {{"mode", mode}, {"amount", amount}});
}

// --- text ----------------------------------------------------------------------

namespace {

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
    out += label(pay_group) + e.staff.pay_group + "\n";
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
    std::string out = "  " + words(language, Msg::step3_shares) + "\n";
    for (const auto& partner_share : segment.shares) {
        out +=
            "     " + partner_share.partner + ": " + exact_text(partner_share.share, language) +
            (partner_share.partner == e.staff.employer ? words(language, Msg::employers_own_tasks)
                                                       : "") +
            "\n";
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
        out += "     " + component.id + " (" + component.title +
               "): " + component_formula(segment, component, language) + "\n";
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
    out += table_text(segment, e.staff.pay_group, language);
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
