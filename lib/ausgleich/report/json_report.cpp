#include "ausgleich/report/json_report.hpp"

#include "ausgleich/report/format.hpp"
#include "ausgleich/report/json_writer.hpp"
#include "ausgleich/report/pay_group_summary.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace ausgleich::report {

namespace {

bool needs_escape(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) {
        return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
    });
}

} // namespace

void append_json_string(std::string& out, std::string_view text) {
    // Most strings (ids, amounts) need no escaping; only the others go through nlohmann.
    if (needs_escape(text)) {
        out += nlohmann::json(std::string(text)).dump();
        return;
    }
    out += '"';
    out += text;
    out += '"';
}

std::string json_string(const std::string& text) {
    std::string literal;
    literal.reserve(text.size() + 2);
    append_json_string(literal, text);
    return literal;
}

namespace {

std::string field(const char* key, const std::string& value) {
    return json_field(key, value);
}

std::string raw_field(const char* key, const std::string& value) {
    return json_raw_field(key, value);
}

// `, "key": "value"` (or without the comma for the first field).
void append_field(std::string& out, const char* key, std::string_view value, bool first = false) {
    out += first ? "\"" : ", \"";
    out += key;
    out += "\": ";
    append_json_string(out, value);
}

// One detail line, appended piece by piece: the lines are most of the
// document, and a string per field would cost a fifth of the rendering.
void append_line(std::string& out, const Line& line, const Policy& policy) {
    out += '{';
    append_field(out, "staff_id", line.staff_id, true);
    append_field(out, "employer", line.employer);
    append_field(out, "pay_group", line.pay_group);
    append_field(out, "debtor", line.debtor);
    append_field(out, "creditor", line.creditor);
    out += ", \"days\": ";
    out += std::to_string(line.days);
    append_field(out, "fte", fte(line.fte, policy));
    append_field(out, "share", share(line.share));
    out += ", \"components\": [";
    for (std::size_t i = 0; i < line.components.size(); ++i) {
        out += i ? ", {" : "{";
        append_field(out, "id", line.components[i].id, true);
        append_field(out, "amount", money(line.components[i].amount));
        out += '}';
    }
    out += ']';
    append_field(out, "amount", money(line.amount));
    out += '}';
}

void append_lines(TextOutput& output, const Settlement& settlement) {
    std::string& out = output.buffer();
    out += "  \"lines\": [";
    for (std::size_t i = 0; i < settlement.lines.size(); ++i) {
        out += i == 0 ? "\n    " : ",\n    ";
        append_line(out, settlement.lines[i], settlement.policy);
        output.flush_if_full();
    }
    out += settlement.lines.empty() ? "]" : "\n  ]";
    out += ",\n";
}

std::string render_group(const PayGroupSum& group) {
    return "{" + field("debtor", group.debtor) + ", " + field("creditor", group.creditor) + ", " +
           field("employer", group.employer) + ", " + field("pay_group", group.pay_group) + ", " +
           raw_field("staff", std::to_string(group.staff)) + ", " +
           field("amount", money(group.amount)) + "}";
}

} // namespace

std::string json_period(const Period& period) {
    return "{" + field("label", period.label) + ", " + field("from", period.range.first.iso()) +
           ", " + field("to", period.range.last.iso()) + "}";
}

// Quota mode only (SPEC 3.3): a settlement of tasks mode reads as before, so
// its bytes, hashes and earlier bundles stay the same.
std::string quota_fields(const Policy& policy) {
    if (policy.shares != SharesPolicy::quota) {
        return "";
    }
    std::string quota;
    for (const auto& entry : policy.quota) {
        quota +=
            (quota.empty() ? "" : ", ") + field(entry.partner.c_str(), format_exact(entry.percent));
    }
    return ", " + field("shares", std::string(to_string(policy.shares))) + ", " +
           raw_field("quota", "{" + quota + "}");
}

std::string json_policy(const Policy& policy) {
    const std::string fte_decimals =
        policy.fte_decimals ? std::to_string(*policy.fte_decimals) : std::string("null");
    return "{" + field("proration", std::string(to_string(policy.proration))) + ", " +
           raw_field("fte_decimals", fte_decimals) + ", " +
           field("rounding", std::string(to_string(policy.rounding))) + ", " +
           field("round", std::string(to_string(policy.round))) + quota_fields(policy) + "}";
}

std::string json_input(const InputRecord& input) {
    std::string entry = "{" + field("role", input.role);
    if (!input.id.empty()) {
        entry += ", " + field("id", input.id);
    }
    entry += ", " + field("path", input.path);
    if (input.role != "arge") {
        entry += ", " + field("rules_dir", input.rules_dir);
    }
    if (input.status) {
        entry += ", " + field("status", *input.status);
    }
    return entry + ", " + field("sha256", input.sha256) + ", " +
           raw_field("used", input.used ? "true" : "false") + "}";
}

std::string json_net(const NetPayment& net) {
    return "{" + field("debtor", net.debtor) + ", " + field("creditor", net.creditor) + ", " +
           field("amount", money(net.amount)) + "}";
}

std::string json_settlement_head(const Settlement& settlement, std::string_view kind, Detail detail,
                                 const std::vector<InputRecord>& inputs,
                                 const std::vector<std::string>& rules_dirs) {
    std::string out = "{\n";
    out += "  " + field("schema", k_settlement_schema) + ",\n";
    if (!kind.empty()) {
        out += "  " + field("kind", std::string(kind)) + ",\n";
    }
    out += "  " + field("tool", k_tool_version) + ",\n";
    if (detail == Detail::by_pay_group) {
        out += "  " + raw_field("aggregated", "true") + ",\n";
    }
    out += "  " + field("arge", settlement.arge) + ",\n";
    out += "  " + raw_field("period", json_period(settlement.period)) + ",\n";
    out += "  " + raw_field("policy", json_policy(settlement.policy)) + ",\n";
    std::string directories = "[";
    for (std::size_t i = 0; i < rules_dirs.size(); ++i) {
        directories += (i ? ", " : "") + json_string(rules_dirs[i]);
    }
    out += "  " + raw_field("rules_dirs", directories + "]") + ",\n";
    append_json_array(out, "inputs", inputs, json_input);
    return out;
}

void write_settlement_json(const SettlementDocument& document, const RenderOptions& options,
                           TextOutput& out) {
    const Settlement& settlement = document.settlement;
    out +=
        json_settlement_head(settlement, "", options.detail, document.inputs, document.rules_dirs);
    if (options.detail == Detail::by_pay_group) {
        append_json_array(out, "groups", summarize_by_pay_group(settlement), render_group);
    } else {
        append_lines(out, settlement);
    }
    append_json_array(out, "totals", settlement.totals, [](const Total& total) {
        std::string entry = "{" + field("debtor", total.debtor) + ", " +
                            field("creditor", total.creditor) + ", " +
                            field("amount", money(total.amount));
        if (total.rounding_difference) {
            entry += ", " + field("rounding_difference", money(*total.rounding_difference));
        }
        return entry + "}";
    });
    append_json_array(out, "net", settlement.net, json_net, true);
    out += "}\n";
}

std::string settlement_json(const SettlementDocument& document, const RenderOptions& options) {
    return render_to_string(
        [&](TextOutput& output) { write_settlement_json(document, options, output); });
}

} // namespace ausgleich::report
