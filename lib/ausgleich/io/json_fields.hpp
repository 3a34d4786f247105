#pragma once
// Reading a JSON document strictly, field by field, with the position of every
// value (jsoncpp keeps each value's byte offset): what the settlement reader
// builds on. Every problem is reported and reading goes on, so that all of
// them are listed at once.

#include "ausgleich/decimal.hpp"
#include "ausgleich/diagnostics.hpp"
#include "ausgleich/io/source_file.hpp"
#include "ausgleich/text.hpp"

#include <algorithm>
#include <json/json.h>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ausgleich::io {

/// Reads one file, reporting every problem at its position and going on, so
/// that all of them are listed at once.
class JsonFields {
public:
    JsonFields(const SourceFile& file, Diagnostics& diagnostics)
        : m_file(file), m_diagnostics(diagnostics) {}

    bool failed() const { return m_failed; }

    /// Line and column (in UTF-8 characters) of a value. position_at scans
    /// from the start of the file; every line of a settlement has a position,
    /// so that would be quadratic (50,000 lines: minutes). The line starts are
    /// indexed once, and only the value's own line is scanned.
    SourcePos pos(const Json::Value& value) {
        const auto offset =
            std::min(static_cast<std::size_t>(value.getOffsetStart()), m_file.content.size());
        if (m_line_starts.empty()) {
            m_line_starts.push_back(0);
            for (std::size_t i = 0; i < m_file.content.size(); ++i) {
                if (m_file.content[i] == '\n') {
                    m_line_starts.push_back(i + 1);
                }
            }
        }
        const auto after = std::upper_bound(m_line_starts.begin(), m_line_starts.end(), offset);
        const std::size_t start = *(after - 1);
        SourcePos found =
            position_at(std::string_view(m_file.content).substr(start), offset - start);
        found.line = static_cast<int>(after - m_line_starts.begin());
        return found;
    }

    void error(const Json::Value& at, const std::string& message) {
        m_diagnostics.error(m_file.path, pos(at), message);
        m_failed = true;
    }

    /// Checks that `object` is an object with every `required` key and no key
    /// outside `required` and `optional`.
    bool object(const Json::Value& object, const std::string& where,
                const std::vector<std::string_view>& required,
                const std::vector<std::string_view>& optional = {}) {
        if (!object.isObject()) {
            error(object, where + " must be an object");
            return false;
        }
        std::vector<std::string_view> known = required;
        known.insert(known.end(), optional.begin(), optional.end());
        for (const auto& name : object.getMemberNames()) {
            if (std::find(known.begin(), known.end(), name) == known.end()) {
                std::string message = "unknown key '" + name + "' in " + where;
                const std::string hint = closest_match(name, known);
                if (!hint.empty()) {
                    message += " (did you mean '" + hint + "'?)";
                }
                error(object[name], message);
            }
        }
        bool complete = true;
        for (const auto key : required) {
            if (!object.isMember(key.data(), key.data() + key.size())) {
                error(object, "missing '" + std::string(key) + "' in " + where);
                complete = false;
            }
        }
        return complete;
    }

    std::string text(const Json::Value& object, const char* key, const std::string& where) {
        const Json::Value& value = object[key];
        if (value.isNull() && !object.isMember(key)) {
            return ""; // reported by object()
        }
        if (!value.isString()) {
            error(value, "'" + std::string(key) + "' in " + where + " must be a string");
            return "";
        }
        // "\u001b" in a JSON string is as much an ESC as in YAML: a settlement
        // file from someone else must not put one on the auditor's terminal.
        std::string string = value.asString();
        if (const auto forbidden = forbidden_text_character(string)) {
            error(value, "'" + std::string(key) + "' in " + where + " contains " + *forbidden +
                             ": control and bidi characters are not allowed");
            return printable(string);
        }
        return string;
    }

    /// An amount as the writer writes it: a decimal string with two places.
    std::string money_text(const Json::Value& object, const char* key, const std::string& where) {
        const std::string value = text(object, key, where);
        if (!object.isMember(key) || !object[key].isString()) {
            return value;
        }
        const auto point = value.find('.');
        bool valid = point != std::string::npos && point + 3 == value.size();
        if (valid) {
            try {
                parse_decimal(value);
            } catch (const DecimalError&) {
                valid = false;
            }
        }
        if (!valid) {
            error(object[key], "'" + std::string(key) + "' in " + where + " must be an amount " +
                                   "with two decimals like \"2503.61\", found \"" + value + "\"");
        }
        return value;
    }

    Rational money(const Json::Value& object, const char* key, const std::string& where) {
        const std::string value = money_text(object, key, where);
        try {
            return parse_decimal(value);
        } catch (const DecimalError&) {
            return 0; // reported by money_text()
        }
    }

    /// A decimal string (fte, share) from `low` to `high`, exactly as written.
    std::string decimal_between(const Json::Value& object, const char* key,
                                const std::string& where, const Rational& low,
                                const Rational& high) {
        const std::string value = decimal_text(object, key, where);
        try {
            if (object[key].isString()) {
                const Rational number = parse_decimal(value);
                if (number < low || number > high) {
                    error(object[key], "'" + std::string(key) + "' in " + where + " must be from " +
                                           format_exact(low) + " to " + format_exact(high) +
                                           ", found \"" + value + "\"");
                }
            }
        } catch (const DecimalError&) {
            // reported by decimal_text()
        }
        return value;
    }

    /// A decimal string (fte, share), exactly as written.
    std::string decimal_text(const Json::Value& object, const char* key, const std::string& where) {
        const std::string value = text(object, key, where);
        if (object.isMember(key) && object[key].isString()) {
            try {
                parse_decimal(value);
            } catch (const DecimalError& problem) {
                error(object[key],
                      "'" + std::string(key) + "' in " + where + ": " + problem.what());
            }
        }
        return value;
    }

    /// A whole number written as one (`4`, not `4.0` or `4e0`) from `low` to
    /// `high`. The type test comes first: asLargestInt() throws on a figure
    /// beyond 64 bits (18446744073709551616, 1e19), which must be an error with
    /// a position instead.
    std::optional<long> count(const Json::Value& value, const std::string& what, long low,
                              long high) {
        const bool whole =
            value.type() == Json::intValue || (value.type() == Json::uintValue && value.isInt64());
        if (!whole || value.asLargestInt() < low || value.asLargestInt() > high) {
            error(value, what + " must be a whole number from " + std::to_string(low) + " to " +
                             std::to_string(high));
            return std::nullopt;
        }
        return static_cast<long>(value.asLargestInt());
    }

    bool flag(const Json::Value& object, const char* key, const std::string& where) {
        const Json::Value& value = object[key];
        if (!value.isBool()) {
            error(value, "'" + std::string(key) + "' in " + where + " must be true or false");
            return false;
        }
        return value.asBool();
    }

    const Json::Value& array(const Json::Value& object, const char* key) {
        const Json::Value& value = object[key];
        if (object.isMember(key) && !value.isArray()) {
            error(value, "'" + std::string(key) + "' must be a list");
        }
        return value.isArray() ? value : m_empty;
    }

private:
    const SourceFile& m_file;
    Diagnostics& m_diagnostics;
    bool m_failed = false;
    const Json::Value m_empty{Json::arrayValue};
    std::vector<std::size_t> m_line_starts; ///< offsets where lines begin, built on first use
};

} // namespace ausgleich::io
