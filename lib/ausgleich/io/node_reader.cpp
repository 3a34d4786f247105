#include "ausgleich/io/node_reader.hpp"

#include "ausgleich/text.hpp"

#include <algorithm>

namespace ausgleich::io {

namespace {

bool expect_scalar(FileContext& context, const Node& node, std::string_view what) {
    if (!node.is_scalar()) {
        context.error(node.pos,
                      std::string(what) + " must be a single value, found " + node.kind_name());
        return false;
    }
    return true;
}

} // namespace

MappingReader::MappingReader(FileContext& context, const Node& node, std::string_view what,
                             const std::vector<std::string_view>& known_keys)
    : m_context(context), m_node(node), m_what(what) {
    if (!node.is_mapping()) {
        context.error(node.pos, std::string(what) + " must be a mapping, found " +
                                    (node.is_null() ? std::string("nothing") : node.kind_name()));
        return;
    }
    m_ok = true;
    const std::vector<std::string_view>& candidates = known_keys;
    for (const auto& entry : node.entries) {
        if (std::find(candidates.begin(), candidates.end(), entry.key) != candidates.end()) {
            continue;
        }
        std::string message = "unknown key '" + entry.key + "' in " + m_what;
        const std::string hint = closest_match(entry.key, candidates);
        if (!hint.empty()) {
            message += " (did you mean '" + hint + "'?)";
        }
        context.error(entry.key_pos, message);
    }
}

const Node* MappingReader::required(std::string_view key) {
    if (!m_ok) {
        return nullptr;
    }
    const Node* value = m_node.find(key);
    if (value == nullptr) {
        m_context.error(m_node.pos, "missing key '" + std::string(key) + "' in " + m_what);
    }
    return value;
}

const Node* MappingReader::optional(std::string_view key) const {
    return m_ok ? m_node.find(key) : nullptr;
}

std::optional<Rational> read_decimal(FileContext& context, const Node& node,
                                     std::string_view what) {
    if (!expect_scalar(context, node, what)) {
        return std::nullopt;
    }
    try {
        return parse_decimal(node.text);
    } catch (const DecimalError& error) {
        context.error(node.pos, std::string(what) + ": " + error.what());
        return std::nullopt;
    }
}

std::optional<Date> read_date(FileContext& context, const Node& node, std::string_view what) {
    if (!expect_scalar(context, node, what)) {
        return std::nullopt;
    }
    try {
        return Date::parse(node.text);
    } catch (const DateError& error) {
        context.error(node.pos, std::string(what) + ": " + error.what());
        return std::nullopt;
    }
}

std::optional<std::string> read_text(FileContext& context, const Node& node,
                                     std::string_view what) {
    if (!expect_scalar(context, node, what)) {
        return std::nullopt;
    }
    if (node.is_null() || node.text.empty()) {
        context.error(node.pos, std::string(what) + " must not be empty");
        return std::nullopt;
    }
    return node.text;
}

std::optional<std::string> read_id(FileContext& context, const Node& node, std::string_view what) {
    auto text = read_text(context, node, what);
    if (!text) {
        return std::nullopt;
    }
    if (text->find_first_of(" \t\r\n\f\v") != std::string::npos) {
        context.error(node.pos, std::string(what) + " '" + *text + "' must not contain whitespace");
        return std::nullopt;
    }
    if (const auto forbidden = forbidden_id_character(*text)) {
        context.error(node.pos, std::string(what) + " '" + *text + "' must not contain " +
                                    *forbidden + ": ids that look alike must be the same id");
        return std::nullopt;
    }
    // "MÜ1" typed on two machines may be composed or decomposed: one id.
    return to_nfc(*text);
}

bool check_code(FileContext& context, std::string_view code, SourcePos pos, std::string_view what) {
    const bool valid = !code.empty() && std::all_of(code.begin(), code.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
    if (!valid) {
        context.error(pos, std::string(what) + " '" + std::string(code) +
                               "' may only use a-z, 0-9, '_' and '-'");
    }
    return valid;
}

std::optional<int> read_count(FileContext& context, const Node& node, std::string_view what,
                              int max) {
    if (!expect_scalar(context, node, what)) {
        return std::nullopt;
    }
    const std::string& text = node.text;
    const bool digits =
        !text.empty() && text.size() <= 3 &&
        std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    const int value = digits ? std::stoi(text) : -1;
    if (!digits || value > max) {
        context.error(node.pos, std::string(what) + " must be a whole number from 0 to " +
                                    std::to_string(max) + ", found '" + text + "'");
        return std::nullopt;
    }
    return value;
}

std::optional<std::string> read_choice(FileContext& context, const Node& node,
                                       std::string_view what,
                                       const std::vector<std::string_view>& choices) {
    if (!expect_scalar(context, node, what)) {
        return std::nullopt;
    }
    if (std::find(choices.begin(), choices.end(), node.text) != choices.end()) {
        return node.text;
    }
    std::string list;
    for (const auto choice : choices) {
        list += (list.empty() ? "" : " | ") + std::string(choice);
    }
    std::string message =
        std::string(what) + " must be one of " + list + ", found '" + node.text + "'";
    const std::string hint = closest_match(node.text, choices);
    if (!hint.empty()) {
        message += " (did you mean '" + hint + "'?)";
    }
    context.error(node.pos, message);
    return std::nullopt;
}

void check_schema(FileContext& context, MappingReader& mapping, std::string_view expected) {
    const Node* schema = mapping.required("schema");
    if (schema != nullptr && (!schema->is_scalar() || schema->text != expected)) {
        context.error(schema->pos, "schema must be '" + std::string(expected) + "', found '" +
                                       (schema->is_scalar() ? schema->text : schema->kind_name()) +
                                       "'");
    }
}

} // namespace ausgleich::io
