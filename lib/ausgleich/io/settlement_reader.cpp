#include "ausgleich/io/settlement_reader.hpp"

#include "ausgleich/io/json_fields.hpp"
#include "ausgleich/io/settlement_checks.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <json/json.h>
#include <memory>
#include <set>

namespace ausgleich::io {

namespace {

// "days, months": the words of a policy option, for an error message.
template <typename Enum> std::string word_list() {
    std::string out;
    for (const auto name : policy_words<Enum>()) {
        out += (out.empty() ? "" : ", ") + std::string(name);
    }
    return out;
}

// A word-valued policy option, named as in the one table of policy.hpp.
template <typename Enum>
void read_policy_word(JsonFields& reader, const Json::Value& object, Enum& target) {
    const std::string key(PolicyOption<Enum>::key);
    const std::string name = reader.text(object, key.c_str(), "policy");
    if (const auto value = policy_value<Enum>(name)) {
        target = *value;
    } else if (object[key].isString()) {
        reader.error(object[key], "unknown policy." + key + " '" + name +
                                      "' (one of: " + word_list<Enum>() + ")");
    }
}

Policy read_policy(JsonFields& reader, const Json::Value& object) {
    Policy policy;
    // shares and quota are written in quota mode only (SPEC 3.3).
    if (!reader.object(object, "policy", {k_policy_keys.begin(), k_policy_keys.begin() + 4},
                       {k_policy_keys.begin() + 4, k_policy_keys.end()})) {
        return policy;
    }
    read_policy_word(reader, object, policy.proration);
    read_policy_word(reader, object, policy.rounding);
    read_policy_word(reader, object, policy.round);
    if (object.isMember("shares")) {
        read_policy_word(reader, object, policy.shares);
    }
    const bool quota_mode = policy.shares == SharesPolicy::quota;
    if (quota_mode != object.isMember("quota")) {
        reader.error(object, quota_mode ? "policy.shares 'quota' needs policy.quota"
                                        : "policy.quota is only written with shares 'quota'");
    } else if (quota_mode && !object["quota"].isObject()) {
        reader.error(object["quota"], "policy.quota must be an object of partner to percent");
    } else if (quota_mode) {
        const Json::Value& quota = object["quota"];
        for (const auto& partner : quota.getMemberNames()) {
            const std::string percent = reader.decimal_text(quota, partner.c_str(), "policy.quota");
            try {
                policy.quota.push_back(PartnerQuota{partner, parse_decimal(percent)});
            } catch (const DecimalError&) {
                // reported by decimal_text()
            }
        }
        std::sort(
            policy.quota.begin(), policy.quota.end(),
            [](const PartnerQuota& a, const PartnerQuota& b) { return a.partner < b.partner; });
    }
    const Json::Value& decimals = object["fte_decimals"];
    if (decimals.isNull()) {
        policy.fte_decimals = std::nullopt;
    } else if (const auto places =
                   reader.count(decimals, "policy.fte_decimals (or null)", 0, k_max_fte_decimals)) {
        policy.fte_decimals = static_cast<int>(*places);
    }
    return policy;
}

void read_inputs(JsonFields& reader, const Json::Value& root, bool legacy,
                 RecordedSettlement& recorded) {
    for (const Json::Value& input : reader.array(root, "inputs")) {
        const std::string where = "an input";
        InputRecord record;
        if (!input.isObject()) {
            reader.error(input, where + " must be an object");
            continue;
        }
        record.role = reader.text(input, "role", where);
        const bool arge = record.role == "arge";
        if (!arge && record.role != "rates" && record.role != "tasks" && input["role"].isString()) {
            reader.error(input["role"],
                         "unknown input role '" + record.role + "' (one of: arge, rates, tasks)");
        }
        std::vector<std::string_view> required{"role", "path", "sha256"};
        std::vector<std::string_view> optional;
        auto& extra = legacy ? optional : required;
        if (!arge) {
            required.push_back("id");
            extra.push_back("rules_dir");
        }
        if (record.role == "rates") {
            extra.push_back("status");
        }
        extra.push_back("used");
        reader.object(input, where, required, optional);
        record.id = input.isMember("id") ? reader.text(input, "id", where) : "";
        record.path = reader.text(input, "path", where);
        record.rules_dir =
            input.isMember("rules_dir") ? reader.text(input, "rules_dir", where) : "";
        if (input.isMember("status")) {
            record.status = reader.text(input, "status", where);
            if (*record.status != "provisional" && *record.status != "final") {
                reader.error(input["status"], "unknown rates status '" + *record.status +
                                                  "' (one of: provisional, final)");
            }
        }
        record.sha256 = reader.text(input, "sha256", where);
        if (!is_sha256_hex(record.sha256) && input["sha256"].isString()) {
            reader.error(input["sha256"], "'sha256' must be 64 lower-case hex digits");
        }
        record.used = !input.isMember("used") || reader.flag(input, "used", where);
        recorded.inputs.push_back(RecordedInput{std::move(record), reader.pos(input)});
    }
}

// Every figure a settlement can hold: line amounts and totals are never
// negative (only a component may be, a deduction of SPEC 3.1.1), and a rounded fte or a
// day-weighted share lies in [0, 1].
void not_negative(JsonFields& reader, const Json::Value& object, const char* key,
                  const Rational& amount, const std::string& where) {
    if (amount < 0) {
        reader.error(object[key], "'" + std::string(key) + "' in " + where +
                                      " must not be negative (nobody owes less than nothing)");
    }
}

void read_lines(JsonFields& reader, const Json::Value& root, long period_days,
                RecordedSettlement& recorded) {
    for (const Json::Value& line : reader.array(root, "lines")) {
        const std::string where = "a line";
        if (!reader.object(line, where,
                           {"staff_id", "employer", "pay_group", "debtor", "creditor", "days",
                            "fte", "share", "components", "amount"})) {
            continue;
        }
        RecordedLine entry;
        entry.staff_id = reader.text(line, "staff_id", where);
        entry.employer = reader.text(line, "employer", where);
        entry.pay_group = reader.text(line, "pay_group", where);
        entry.debtor = reader.text(line, "debtor", where);
        entry.creditor = reader.text(line, "creditor", where);
        // A line exists for a share above zero on some day of the period, and
        // counts days inside the period only (SPEC 6.1).
        entry.days = reader.count(line["days"], "'days' in a line", 1, period_days).value_or(0);
        entry.fte = reader.decimal_between(line, "fte", where, 0, 1);
        entry.share = reader.decimal_between(line, "share", where, 0, 1);
        std::set<std::string> ids;
        for (const Json::Value& component : reader.array(line, "components")) {
            if (reader.object(component, "a component", {"id", "amount"})) {
                RecordedComponent part{reader.text(component, "id", "a component"),
                                       reader.money_text(component, "amount", "a component")};
                if (!ids.insert(part.id).second) {
                    reader.error(component, "component '" + part.id + "' is recorded twice in " +
                                                "the line of " + entry.staff_id);
                }
                // A component may be negative: a deduction (SPEC 3.1.1 percent
                // with of:); the line and the totals may not.
                entry.components.push_back(std::move(part));
            }
        }
        entry.amount = reader.money(line, "amount", where);
        not_negative(reader, line, "amount", entry.amount, where);
        entry.pos = reader.pos(line);
        recorded.lines.push_back(std::move(entry));
    }
}

void read_totals(JsonFields& reader, const Json::Value& root, const char* key,
                 std::vector<RecordedTotal>& target) {
    const bool totals = std::string(key) == "totals";
    for (const Json::Value& entry : reader.array(root, key)) {
        const std::string where = totals ? "a total" : "a net entry";
        if (!reader.object(entry, where, {"debtor", "creditor", "amount"},
                           totals ? std::vector<std::string_view>{"rounding_difference"}
                                  : std::vector<std::string_view>{})) {
            continue;
        }
        RecordedTotal total{reader.text(entry, "debtor", where),
                            reader.text(entry, "creditor", where),
                            reader.money(entry, "amount", where), std::nullopt, reader.pos(entry)};
        not_negative(reader, entry, "amount", total.amount, where);
        if (entry.isMember("rounding_difference")) {
            total.rounding_difference = reader.money(entry, "rounding_difference", where);
        }
        target.push_back(std::move(total));
    }
}

// jsoncpp reports "* Line 3, Column 5\n  Syntax error: …"; the first line and
// column, with the column in UTF-8 characters like every other diagnostic.
SourcePos syntax_error_pos(const std::string& errors, const std::string& content) {
    int line = 1;
    int column = 1;
    if (std::sscanf(errors.c_str(), "* Line %d, Column %d", &line, &column) != 2) {
        return SourcePos{1, 1};
    }
    std::size_t offset = 0;
    for (int current = 1; current < line && offset < content.size(); ++offset) {
        current += content[offset] == '\n' ? 1 : 0;
    }
    return position_at(content, std::min(content.size(), offset + column - 1));
}

std::string syntax_error_message(const std::string& errors) {
    const auto start = errors.find("\n  ");
    if (start == std::string::npos) {
        return "invalid JSON";
    }
    const auto end = errors.find('\n', start + 3);
    return "invalid JSON: " + errors.substr(start + 3, end - start - 3);
}

std::optional<RecordedSettlement> read_root(const SourceFile& file, const Json::Value& root,
                                            Diagnostics& diagnostics);

} // namespace

std::optional<RecordedSettlement> read_settlement(const SourceFile& file,
                                                  Diagnostics& diagnostics) {
    if (const auto encoding = foreign_encoding(file.content)) {
        diagnostics.error(file.path, SourcePos{1, 1},
                          "the file is " + *encoding + " text; save it as UTF-8");
        return std::nullopt;
    }
    Json::CharReaderBuilder builder;
    Json::CharReaderBuilder::strictMode(&builder.settings_); // duplicate keys, trailing data, …
    builder["stackLimit"] = 64;                              // our files nest 5 deep
    const std::unique_ptr<Json::CharReader> parser(builder.newCharReader());
    Json::Value root;
    std::string errors;
    const char* begin = file.content.data();
    bool parsed = false;
    try {
        parsed = parser->parse(begin, begin + file.content.size(), &root, &errors);
    } catch (const Json::Exception&) {
        // jsoncpp throws (rather than reports) nesting beyond stackLimit.
        diagnostics.error(file.path, SourcePos{1, 1},
                          "not a settlement file: nested deeper than a settlement ever is");
        return std::nullopt;
    }
    if (!parsed) {
        diagnostics.error(file.path, syntax_error_pos(errors, file.content),
                          "not a settlement file: " + syntax_error_message(errors));
        return std::nullopt;
    }
    try {
        return read_root(file, root, diagnostics);
    } catch (const Json::Exception& error) {
        // Every access is guarded; this only keeps a missed case from crashing.
        diagnostics.error(file.path, SourcePos{1, 1},
                          std::string("not a settlement file: ") + error.what());
    }
    return std::nullopt;
}

namespace {

std::optional<RecordedSettlement> read_root(const SourceFile& file, const Json::Value& root,
                                            Diagnostics& diagnostics) {
    JsonFields reader(file, diagnostics);
    if (!root.isObject()) {
        reader.error(root, "not a settlement file: the top level must be an object");
        return std::nullopt;
    }
    const std::string schema = reader.text(root, "schema", "the settlement");
    if (schema != "ausgleich/settlement/v1") {
        reader.error(root.isMember("schema") ? root["schema"] : root,
                     "not a settlement file: schema must be 'ausgleich/settlement/v1', found '" +
                         schema + "'");
        return std::nullopt;
    }
    RecordedSettlement recorded;
    recorded.path = file.path;
    recorded.sha256 = file.sha256;
    recorded.kind =
        root.isMember("kind") ? reader.text(root, "kind", "the settlement") : "settlement";
    recorded.tool = reader.text(root, "tool", "the settlement");
    const bool legacy = recorded.tool == k_legacy_tool_version;
    recorded.aggregated =
        root.isMember("aggregated") && reader.flag(root, "aggregated", "the settlement");
    if (recorded.kind != "settlement" && recorded.kind != "trueup") {
        reader.error(root["kind"], "unknown kind '" + recorded.kind + "' (settlement or trueup)");
    }
    std::vector<std::string_view> required{"schema", "tool", "arge", "period", "policy", "inputs"};
    std::vector<std::string_view> optional{"kind", "aggregated"};
    (legacy ? optional : required).push_back("rules_dirs");
    const bool with_lines = recorded.kind == "settlement" && !recorded.aggregated;
    if (with_lines) {
        required.insert(required.end(), {"lines", "totals", "net"});
    }
    if (recorded.kind == "settlement") {
        if (recorded.aggregated) {
            optional.insert(optional.end(), {"groups", "totals", "net"});
        }
        reader.object(root, "the settlement", required, optional);
    }
    // A true-up is refused by verify and trueup by its kind: only its head is
    // read, and its own keys (paid, …) are left to the true-up's writer.

    recorded.arge = reader.text(root, "arge", "the settlement");
    const Json::Value& period = root["period"];
    bool period_read = false;
    if (reader.object(period, "period", {"label", "from", "to"})) {
        recorded.period_pos = reader.pos(period);
        try {
            recorded.period = Period{reader.text(period, "label", "period"),
                                     DateRange{Date::parse(reader.text(period, "from", "period")),
                                               Date::parse(reader.text(period, "to", "period"))}};
            if (recorded.period.range.last < recorded.period.range.first) {
                reader.error(period, "period: 'from' is after 'to'");
            } else {
                period_read = true;
            }
        } catch (const DateError& error) {
            reader.error(period, std::string("period: ") + error.what());
        }
    }
    recorded.policy = read_policy(reader, root["policy"]);
    if (root.isMember("rules_dirs")) {
        std::vector<std::string> directories;
        for (const Json::Value& directory : reader.array(root, "rules_dirs")) {
            if (directory.isString()) {
                directories.push_back(directory.asString());
            } else {
                reader.error(directory, "'rules_dirs' must list strings");
            }
        }
        recorded.rules_dirs = std::move(directories);
    }
    read_inputs(reader, root, legacy, recorded);
    if (recorded.kind == "trueup") {
        for (const Json::Value& paid : reader.array(root, "paid")) {
            if (reader.object(paid, "a paid settlement", {"path", "sha256", "period"})) {
                recorded.paid.push_back(RecordedInput{
                    InputRecord{"paid", "", reader.text(paid, "path", "a paid settlement"),
                                reader.text(paid, "sha256", "a paid settlement"), "", std::nullopt,
                                true},
                    reader.pos(paid)});
            }
        }
    }
    if (with_lines) {
        // Without dates in order, days are only kept from overflowing.
        read_lines(reader, root, period_read ? recorded.period.range.days() : 1000000, recorded);
        read_totals(reader, root, "totals", recorded.totals);
        read_totals(reader, root, "net", recorded.net);
    }
    const bool consistent = check_settlement_entries(recorded, period_read, diagnostics);
    if (reader.failed() || !consistent) {
        return std::nullopt;
    }
    return recorded;
}

} // namespace

} // namespace ausgleich::io
