#include "ausgleich/report/messages.hpp"

#include "ausgleich/report/message_tables.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>

namespace ausgleich::report {

namespace {

constexpr std::size_t k_count = static_cast<std::size_t>(Msg::count);

// The entries of both tables in id order; an id without an entry or with two
// is a bug, reported at the first lookup (and by tests/unit/test_messages.cpp).
std::array<Message, k_count> ordered_messages() {
    std::array<Message, k_count> ordered{};
    std::array<bool, k_count> seen{};
    for (const auto table : {document_messages(), explain_messages()}) {
        for (const Message& message : table) {
            const auto index = static_cast<std::size_t>(message.id);
            if (index >= k_count || seen[index]) {
                throw std::logic_error("message " + std::to_string(index) +
                                       " is in the catalogue twice");
            }
            seen[index] = true;
            ordered[index] = message;
        }
    }
    const auto missing = std::find(seen.begin(), seen.end(), false);
    if (missing != seen.end()) {
        throw std::logic_error("message " + std::to_string(missing - seen.begin()) +
                               " has no entry in the catalogue");
    }
    return ordered;
}

// The position after the '}' closing the placeholder that opens at `open`.
std::size_t placeholder_end(std::string_view pattern, std::size_t open) {
    const std::size_t close = pattern.find('}', open);
    if (close == std::string_view::npos) {
        throw std::logic_error("a '{' without '}' in '" + std::string(pattern) + "'");
    }
    return close + 1;
}

} // namespace

std::span<const Message> messages() {
    static const std::array<Message, k_count> ordered = ordered_messages();
    return ordered;
}

std::string_view text(Language language, Msg id) {
    const Message& message = messages()[static_cast<std::size_t>(id)];
    return language == Language::de ? message.de : message.en;
}

std::string fill(std::string_view pattern, std::initializer_list<Placeholder> values) {
    return fill(pattern, std::span<const Placeholder>(values.begin(), values.size()));
}

std::string fill(std::string_view pattern, std::span<const Placeholder> values) {
    std::string out;
    std::size_t done = 0;
    for (std::size_t open = pattern.find('{'); open != std::string_view::npos;
         open = pattern.find('{', done)) {
        const std::size_t end = placeholder_end(pattern, open);
        const std::string_view name = pattern.substr(open + 1, end - open - 2);
        const auto value = std::find_if(values.begin(), values.end(),
                                        [&](const Placeholder& p) { return p.name == name; });
        if (value == values.end()) {
            throw std::logic_error("no value for {" + std::string(name) + "} in '" +
                                   std::string(pattern) + "'");
        }
        out += pattern.substr(done, open - done);
        out += value->value;
        done = end;
    }
    return out + std::string(pattern.substr(done));
}

std::string format(Language language, Msg id, std::initializer_list<Placeholder> values) {
    return fill(text(language, id), values);
}

std::vector<std::string_view> placeholder_names(std::string_view pattern) {
    std::vector<std::string_view> names;
    for (std::size_t open = pattern.find('{'); open != std::string_view::npos;
         open = pattern.find('{', open + 1)) {
        const std::size_t end = placeholder_end(pattern, open);
        names.push_back(pattern.substr(open + 1, end - open - 2));
        open = end - 1;
    }
    return names;
}

} // namespace ausgleich::report
