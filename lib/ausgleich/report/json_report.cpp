#include "ausgleich/report/json_report.hpp"

#include "ausgleich/report/format.hpp"
#include "ausgleich/report/json_writer.hpp"
#include "ausgleich/report/pay_group_summary.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace ausgleich::report {

std::string json_string(const std::string& text) {
    // Most strings (ids, amounts) need no escaping; only the others go through nlohmann.
    const bool plain = std::none_of(text.begin(), text.end(), [](char c) {
        return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
    });
    return plain ? '"' + text + '"' : nlohmann::json(text).dump();
}

namespace {

std::string field(const char* key, const std::string& value) {
    return json_field(key, value);
}

std::string raw_field(const char* key, const std::string& value) {
    return json_raw_field(key, value);
}

std::string render_line(const Line& line, const Policy& policy) {
    std::string components = "[";
    for (std::size_t i = 0; i < line.components.size(); ++i) {
        components += (i ? ", {" : "{") + field("id", line.components[i].id) + ", " +
                      field("amount", money(line.components[i].amount)) + "}";
    }
    components += "]";
    return "{" + field("staff_id", line.staff_id) + ", " + field("employer", line.employer) + ", " +
           field("pay_group", line.pay_group) + ", " + field("debtor", line.debtor) + ", " +
           field("creditor", line.creditor) + ", " + raw_field("days", std::to_string(line.days)) +
           ", " + field("fte", fte(line.fte, policy)) + ", " + field("share", share(line.share)) +
           ", " + raw_field("components", components) + ", " + field("amount", money(line.amount)) +
           "}";
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

std::string settlement_json(const SettlementDocument& document, const RenderOptions& options) {
    const Settlement& settlement = document.settlement;
    std::string out =
        json_settlement_head(settlement, "", options.detail, document.inputs, document.rules_dirs);
    if (options.detail == Detail::by_pay_group) {
        append_json_array(out, "groups", summarize_by_pay_group(settlement), render_group);
    } else {
        append_json_array(out, "lines", settlement.lines,
                          [&](const Line& line) { return render_line(line, settlement.policy); });
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
    return out;
}

} // namespace ausgleich::report
