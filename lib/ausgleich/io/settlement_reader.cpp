#include "ausgleich/io/settlement_reader.hpp"

#include <nlohmann/json.hpp>

namespace ausgleich::io {

namespace {

using Json = nlohmann::json;

/// Thrown for a malformed field; caught once per file and reported.
struct FieldError {
    std::string message;
};

const Json& field(const Json& object, const char* key, const std::string& where) {
    if (!object.is_object() || !object.contains(key)) {
        throw FieldError{"missing '" + std::string(key) + "' in " + where};
    }
    return object.at(key);
}

std::string text(const Json& object, const char* key, const std::string& where) {
    const Json& value = field(object, key, where);
    if (!value.is_string()) {
        throw FieldError{"'" + std::string(key) + "' in " + where + " must be a string"};
    }
    return value.get<std::string>();
}

Rational amount(const Json& object, const char* key, const std::string& where) {
    const std::string value = text(object, key, where);
    try {
        return parse_decimal(value);
    } catch (const DecimalError& error) {
        throw FieldError{"'" + std::string(key) + "' in " + where + ": " + error.what()};
    }
}

const Json& array(const Json& object, const char* key) {
    const Json& value = field(object, key, "the settlement");
    if (!value.is_array()) {
        throw FieldError{"'" + std::string(key) + "' must be a list"};
    }
    return value;
}

Policy read_policy(const Json& object) {
    Policy policy;
    const std::string where = "policy";
    policy.proration =
        text(object, "proration", where) == "months" ? Proration::months : Proration::days;
    const Json& decimals = field(object, "fte_decimals", where);
    policy.fte_decimals =
        decimals.is_null() ? std::nullopt : std::optional<int>(decimals.get<int>());
    policy.rounding = text(object, "rounding", where) == "half-even" ? RoundingMode::half_even
                                                                     : RoundingMode::half_up;
    const std::string round = text(object, "round", where);
    policy.round = round == "per-component" ? RoundingPolicy::per_component
                   : round == "per-total"   ? RoundingPolicy::per_total
                                            : RoundingPolicy::per_line;
    return policy;
}

} // namespace

std::optional<RecordedSettlement> read_settlement(const SourceFile& file,
                                                  Diagnostics& diagnostics) {
    Json root;
    try {
        root = Json::parse(file.content);
    } catch (const Json::parse_error& error) {
        const SourcePos pos =
            error.byte > 0 ? position_at(file.content, error.byte - 1) : SourcePos{1, 1};
        diagnostics.error(file.path, pos, "not a settlement file: invalid JSON");
        return std::nullopt;
    }
    try {
        const std::string schema = text(root, "schema", "the settlement");
        if (schema != "ausgleich/settlement/v1") {
            throw FieldError{"schema must be 'ausgleich/settlement/v1', found '" + schema + "'"};
        }
        RecordedSettlement recorded;
        recorded.path = file.path;
        recorded.sha256 = file.sha256;
        recorded.kind = root.contains("kind") ? text(root, "kind", "the settlement") : "settlement";
        recorded.arge = text(root, "arge", "the settlement");
        const Json& period = field(root, "period", "the settlement");
        try {
            recorded.period = Period{text(period, "label", "period"),
                                     DateRange{Date::parse(text(period, "from", "period")),
                                               Date::parse(text(period, "to", "period"))}};
        } catch (const DateError& error) {
            throw FieldError{std::string("period: ") + error.what()};
        }
        recorded.policy = read_policy(field(root, "policy", "the settlement"));
        for (const Json& input : array(root, "inputs")) {
            recorded.inputs.push_back(
                InputRecord{text(input, "role", "an input"),
                            input.contains("id") ? text(input, "id", "an input") : "",
                            text(input, "path", "an input"), text(input, "sha256", "an input")});
        }
        recorded.aggregated = root.contains("aggregated") && root["aggregated"] == true;
        if (recorded.kind != "settlement" || recorded.aggregated) {
            // A true-up's lines have another shape and an aggregated file has
            // none; callers refuse both by kind or marker.
            return recorded;
        }
        for (const Json& line : array(root, "lines")) {
            const std::string where = "a line";
            const Json& days = field(line, "days", where);
            recorded.lines.push_back(RecordedLine{
                text(line, "staff_id", where), text(line, "employer", where),
                text(line, "pay_group", where), text(line, "debtor", where),
                text(line, "creditor", where), days.is_number_integer() ? days.get<long>() : 0,
                line.contains("fte") ? text(line, "fte", where) : "",
                line.contains("share") ? text(line, "share", where) : "",
                amount(line, "amount", where)});
        }
        for (const char* key : {"totals", "net"}) {
            auto& target = std::string(key) == "totals" ? recorded.totals : recorded.net;
            for (const Json& entry : array(root, key)) {
                target.push_back(RecordedTotal{text(entry, "debtor", key),
                                               text(entry, "creditor", key),
                                               amount(entry, "amount", key)});
            }
        }
        return recorded;
    } catch (const FieldError& error) {
        diagnostics.error(file.path, SourcePos{}, "not a settlement file: " + error.message);
    } catch (const Json::exception& error) {
        diagnostics.error(file.path, SourcePos{},
                          std::string("not a settlement file: ") + error.what());
    }
    return std::nullopt;
}

} // namespace ausgleich::io
