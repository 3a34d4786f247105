// The JSON form of `explain` (`schema: ausgleich/explain/v1`); the text form and
// the pieces both share are in explain_report.cpp.

#include "ausgleich/input_record.hpp"
#include "ausgleich/report/explain_report.hpp"
#include "ausgleich/report/format.hpp"
#include "ausgleich/report/json_report.hpp"
#include "ausgleich/report/json_writer.hpp"

namespace ausgleich::report {

namespace {

using Fields = std::vector<std::string>;

std::string field(const char* key, const std::string& value) {
    return json_field(key, value);
}

std::string raw_field(const char* key, const std::string& value) {
    return json_raw_field(key, value);
}

std::string optional_field(const char* key, const std::optional<Rational>& value) {
    return value ? field(key, format_exact(*value)) : raw_field(key, "null");
}

// {"a": 1, "b": 2} on one line.
std::string object(const Fields& fields) {
    std::string out = "{";
    for (const auto& entry : fields) {
        out += (out.size() > 1 ? ", " : "") + entry;
    }
    return out + "}";
}

// An object with one field per line; `indent` is where its closing brace stands.
std::string block(const Fields& fields, const std::string& indent) {
    std::string out = "{";
    for (std::size_t i = 0; i < fields.size(); ++i) {
        out += (i ? ",\n" : "\n") + indent + "  " + fields[i];
    }
    return out + "\n" + indent + "}";
}

// An array with one item per line; `indent` is where its closing bracket stands.
std::string array(const Fields& items, const std::string& indent) {
    if (items.empty()) {
        return "[]";
    }
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        out += (i ? ",\n" : "\n") + indent + "  " + items[i];
    }
    return out + "\n" + indent + "]";
}

// An array of one-line objects on one line.
std::string inline_array(const Fields& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        out += (i ? ", " : "") + items[i];
    }
    return out + "]";
}

std::string exact_fields(const Rational& value) {
    return field("exact", fraction_text(value)) + ", " +
           field("exact_decimal", format_rounded(value, 6));
}

std::string table_json(const RatesTable& table) {
    Fields sources;
    for (const auto& source : table.sources) {
        sources.push_back(object({field("title", source.title), field("url", source.url)}));
    }
    return object({field("id", table.id), field("status", std::string(to_string(table.status))),
                   field("title", table.title), field("valid_from", table.validity.first.iso()),
                   field("valid_to", table.validity.last.iso()),
                   raw_field("sources", inline_array(sources))});
}

std::string shares_json(const StaffExplanation& e, const Segment& segment) {
    Fields shares;
    for (const auto& partner_share : segment.shares) {
        Fields tasks;
        const bool quota = e.policy.shares == SharesPolicy::quota;
        for (const auto& contribution :
             quota ? std::vector<TaskContribution>{}
                   : task_contributions(segment, e.tasks, partner_share.partner)) {
            const Task& task = *contribution.task;
            tasks.push_back(object(
                {field("code", task.code),
                 field("percent", format_exact(contribution.task_share->percent)),
                 field("owner_percent", format_exact(contribution.owner_percent)),
                 field("share", format_exact(contribution.share)), field("origin", task.origin),
                 field("title", task.title), field("ref", task.ref)}));
        }
        Fields fields{
            field("partner", partner_share.partner),
            field("share", format_exact(partner_share.share)),
            raw_field("employer", partner_share.partner == e.staff.employer ? "true" : "false"),
            raw_field("tasks", inline_array(tasks))};
        if (quota) {
            // SPEC 3.3: the share is the partner's quota, not its tasks'.
            fields.push_back(field("quota", format_exact(partner_share.share * 100)));
        }
        shares.push_back(object(fields));
    }
    return array(shares, "      ");
}

std::string segment_json(const StaffExplanation& e, const Segment& segment) {
    const Assignment& assignment = *segment.assignment;
    const std::string to = assignment.to ? json_string(assignment.to->iso()) : "null";
    // Without fte_decimals the FTE is used exactly: nothing was rounded.
    const std::string fte_rounded =
        e.policy.fte_decimals ? json_string(format_fixed(segment.fte, *e.policy.fte_decimals))
                              : std::string("null");
    Fields components;
    Fields amounts;
    for (const auto& component : segment.components) {
        components.push_back(
            object({field("id", component.id), field("title", component_title(segment, component)),
                    field("annual", annual_text(component.annual)),
                    field("formula", component_formula(segment, component))}));
    }
    for (const auto& partner_share : segment.shares) {
        if (partner_share.partner == e.staff.employer) {
            continue;
        }
        for (const auto& component : segment.components) {
            amounts.push_back(
                object({field("debtor", partner_share.partner), field("component", component.id),
                        field("formula", amount_formula(segment, component, partner_share.share)),
                        exact_fields(component_amount(segment, component, partner_share.share))}));
        }
    }
    const PayGroupRate& rate = *segment.rate;
    return block(
        {raw_field("range", object({field("from", segment.range.first.iso()),
                                    field("to", segment.range.last.iso())})),
         raw_field("days", std::to_string(segment.days())),
         raw_field("assignment", object({field("from", assignment.from.iso()), raw_field("to", to),
                                         optional_field("weekly_hours", assignment.weekly_hours),
                                         optional_field("fte", assignment.fte)})),
         raw_field("table", table_json(*segment.table)),
         raw_field("pay_group_rate", object({field("pay_group", rate.pay_group),
                                             field("kind", std::string(to_string(rate.kind))),
                                             field("annual", annual_text(rate.annual))})),
         raw_field("fte", object({field("exact", fraction_text(segment.fte_exact)),
                                  field("decimal", format_rounded(segment.fte_exact, 6)),
                                  raw_field("rounded", fte_rounded),
                                  field("formula", fte_formula(e.arge, e.staff, segment)),
                                  field("rounding", fte_rounding(segment, e.policy))})),
         raw_field("time_fraction",
                   object({field("exact", fraction_text(segment.time_fraction)),
                           field("decimal", format_rounded(segment.time_fraction, 6)),
                           field("formula", time_fraction_formula(segment, e.policy.proration))})),
         raw_field("shares", shares_json(e, segment)),
         raw_field("components", array(components, "      ")),
         raw_field("amounts", array(amounts, "      "))},
        "    ");
}

std::string line_json(const StaffExplanation& e, const Line& line) {
    Fields components;
    for (const auto& component : line.components) {
        components.push_back(object({field("id", component.id), exact_fields(component.exact),
                                     field("amount", money(component.amount))}));
    }
    return block(
        {field("debtor", line.debtor), field("creditor", line.creditor),
         raw_field("days", std::to_string(line.days)), field("fte", fte(line.fte, e.policy)),
         field("share", share(line.share)), raw_field("components", array(components, "      ")),
         field("exact", fraction_text(line.exact)),
         field("exact_decimal", format_rounded(line.exact, 6)),
         field("rounding", line_rounding(line, e.policy)), field("amount", money(line.amount))},
        "    ");
}

} // namespace

std::string explain_json(const StaffExplanation& explanation) {
    const StaffExplanation& e = explanation;
    const Policy& policy = e.policy;
    const Partner* employer = e.arge.partner(e.staff.employer);
    const auto full_time = e.arge.full_time_hours(e.staff);
    Fields segments;
    for (const auto& segment : e.derivation.segments) {
        segments.push_back(segment_json(e, segment));
    }
    Fields lines;
    for (const auto& line : e.lines) {
        lines.push_back(line_json(e, line));
    }
    const std::string fte_decimals =
        policy.fte_decimals ? std::to_string(*policy.fte_decimals) : std::string("null");
    return block({field("schema", k_explain_schema), field("tool", k_tool_version),
                  field("arge", e.arge.name),
                  raw_field("period", object({field("label", e.period.label),
                                              field("from", e.period.range.first.iso()),
                                              field("to", e.period.range.last.iso())})),
                  raw_field("policy",
                            object({field("proration", std::string(to_string(policy.proration))),
                                    raw_field("fte_decimals", fte_decimals),
                                    field("rounding", std::string(to_string(policy.rounding))),
                                    field("round", std::string(to_string(policy.round)))})),
                  raw_field("staff",
                            object({field("id", e.staff.id), field("employer", e.staff.employer),
                                    field("employer_name", employer ? employer->name : ""),
                                    field("pay_group", joined_pay_groups(e.derivation)),
                                    optional_field("full_time_hours", full_time),
                                    field("full_time_hours_from",
                                          e.staff.full_time_hours ? "staff member"
                                                                  : "partner " + e.staff.employer),
                                    raw_field("days", std::to_string(e.derivation.days))})),
                  raw_field("segments", array(segments, "  ")),
                  raw_field("lines", array(lines, "  "))},
                 "") +
           "\n";
}

} // namespace ausgleich::report
