// The catalogue of people's text (issue 11): every id has an English and a
// German text, both name the same parts, and filling them leaves nothing open.

#include "ausgleich/report/messages.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

using namespace ausgleich::report;

namespace {

std::set<std::string_view> placeholder_set(std::string_view pattern) {
    const auto names = placeholder_names(pattern);
    return {names.begin(), names.end()};
}

// The entries whose German names other parts than the English, on purpose.
bool german_names_other_parts(Msg id) {
    switch (id) {
    case Msg::policy_setting:          // German adds the setting's name and meaning
    case Msg::step2_time_fraction:     // German adds the proration's meaning
    case Msg::range_period_with_range: // German names a custom range only once
        return true;
    default:
        return false;
    }
}

} // namespace

TEST_CASE("every message id has one entry, in id order", "[messages]") {
    const auto all = messages();
    REQUIRE(all.size() == static_cast<std::size_t>(Msg::count));
    for (std::size_t i = 0; i < all.size(); ++i) {
        CHECK(static_cast<std::size_t>(all[i].id) == i);
    }
}

TEST_CASE("every message has an English and a German text", "[messages]") {
    for (const Message& message : messages()) {
        INFO("message " << static_cast<int>(message.id) << ": " << message.en);
        CHECK_FALSE(message.en.empty());
        CHECK_FALSE(message.de.empty());
    }
}

TEST_CASE("the English and the German text of a message name the same placeholders", "[messages]") {
    for (const Message& message : messages()) {
        INFO("message " << static_cast<int>(message.id) << ": " << message.en << " / "
                        << message.de);
        if (german_names_other_parts(message.id)) {
            CHECK(placeholder_set(message.en) != placeholder_set(message.de));
        } else {
            CHECK(placeholder_set(message.en) == placeholder_set(message.de));
        }
    }
}

TEST_CASE("no two messages have the same English and German text", "[messages]") {
    std::set<std::pair<std::string_view, std::string_view>> texts;
    for (const Message& message : messages()) {
        INFO("message " << static_cast<int>(message.id) << ": " << message.en);
        CHECK(texts.insert({message.en, message.de}).second);
    }
}

TEST_CASE("a message with every placeholder filled leaves no placeholder behind", "[messages]") {
    for (const Message& message : messages()) {
        for (const Language language : {Language::en, Language::de}) {
            const std::string_view pattern = language == Language::en ? message.en : message.de;
            std::set<std::string_view> names = placeholder_set(message.en);
            names.merge(placeholder_set(message.de));
            std::vector<Placeholder> values;
            for (const std::string_view name : names) {
                values.push_back({name, "x"});
            }
            const std::string out = fill(pattern, values);
            INFO(pattern);
            CHECK(out.find('{') == std::string::npos);
            CHECK(out.find('}') == std::string::npos);
        }
    }
}

TEST_CASE("a placeholder without a value is a bug", "[messages]") {
    CHECK(format(Language::en, Msg::line_amount, {{"amount", "10.00"}}) == "amount: 10.00 EUR");
    CHECK(format(Language::de, Msg::line_amount, {{"amount", "10,00"}}) == "Betrag: 10,00 EUR");
    CHECK_THROWS_AS(format(Language::de, Msg::line_amount), std::logic_error);
    CHECK_THROWS_AS(format(Language::en, Msg::line_amount, {{"sum", "1"}}), std::logic_error);
    CHECK_THROWS_AS(fill("{amount", {{"amount", "1"}}), std::logic_error);
}

TEST_CASE("fill replaces every placeholder, repeated ones too, and may leave values unused",
          "[messages]") {
    CHECK(fill("{a} and {b} and {a}", {{"a", "1"}, {"b", "2"}, {"c", "3"}}) == "1 and 2 and 1");
    CHECK(fill("no parts", {}) == "no parts");
    CHECK(placeholder_names("{a} {b} {a}") == std::vector<std::string_view>{"a", "b", "a"});
}
