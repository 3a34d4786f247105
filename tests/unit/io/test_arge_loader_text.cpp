// Loading ARGE files from someone else (issue 10): control characters written as
// YAML escapes, look-alike ids, and the bound on partners, each refused with
// its position; the messages themselves never carry the raw character.

#include "../test_support.hpp"
#include "ausgleich/io/arge_loader.hpp"

#include <catch2/catch.hpp>
#include <optional>
#include <string>

using ausgleich::Arge;
using ausgleich::Diagnostics;
using ausgleich::test::contains;

namespace {

struct LoadedArge {
    std::optional<Arge> arge;
    Diagnostics diagnostics;
    std::string messages() const { return diagnostics.format_all(); }
};

LoadedArge load(const std::string& yaml) {
    LoadedArge loaded;
    loaded.arge = ausgleich::io::load_arge(ausgleich::io::SourceFile{"arge.yaml", yaml, ""},
                                           loaded.diagnostics);
    return loaded;
}

// Two partners and the staff given, each staff entry one line
// "  - { id: …, employer: kommune, pay_group: A9, assignments: [...] }".
std::string arge_with(const std::string& name_line, const std::string& staff_lines) {
    return "schema: ausgleich/arge/v1\n" + name_line +
           "\n"
           "partners:\n"
           "  agentur: { name: Agentur, full_time_hours: 39 }\n"
           "  kommune: { name: Stadt, full_time_hours: 41 }\n"
           "staff:\n" +
           staff_lines;
}

std::string staff_line(const std::string& id) {
    return "  - { id: " + id +
           ", employer: kommune, pay_group: A9, assignments: "
           "[{ from: 2005-01-01, fte: 1, tasks: { kommune: 100 } }] }\n";
}

} // namespace

TEST_CASE("an escape in a quoted name puts no control character into the ARGE",
          "[arge_loader][text]") {
    // ESC [ 8 m: the terminal hides everything after it, the net amount included.
    const auto loaded = load(arge_with("arge: \"ARGE \\e[8m\"", staff_line("P001")));
    INFO(loaded.messages());
    CHECK_FALSE(loaded.arge.has_value());
    CHECK(contains(loaded.messages(),
                   "arge.yaml:2:7: error: the text contains U+001B (escape): control and bidi "
                   "characters are not allowed in ids, names, titles or keys\n"));
    CHECK(loaded.messages().find('\x1b') == std::string::npos);
}

TEST_CASE("a line feed in a staff id cannot forge a second diagnostic line",
          "[arge_loader][text]") {
    const auto loaded =
        load(arge_with("arge: ARGE", staff_line("\"P001\\narge.yaml:1:1: error: forged\"")));
    INFO(loaded.messages());
    CHECK_FALSE(loaded.arge.has_value());
    CHECK(contains(loaded.messages(), "arge.yaml:7:11: error: the text contains U+000A (line "
                                      "feed)"));
    // One message per line, and no line starts with the forged text.
    CHECK_FALSE(contains(loaded.messages(), "\narge.yaml:1:1: error: forged"));
}

TEST_CASE("an escaped character in a key is refused and shown escaped", "[arge_loader][text]") {
    const auto loaded = load(arge_with("arge: ARGE\n\"poli\\acy\": {}", staff_line("P001")));
    INFO(loaded.messages());
    CHECK_FALSE(loaded.arge.has_value());
    CHECK(contains(loaded.messages(), "arge.yaml:3:1: error: the text contains U+0007 (bell)"));
    CHECK(loaded.messages().find('\a') == std::string::npos);
}

TEST_CASE("a bidi override is refused in a partner name", "[arge_loader][text]") {
    const auto loaded = load("schema: ausgleich/arge/v1\n"
                             "arge: ARGE\n"
                             "partners:\n"
                             "  agentur: { name: \"Agentur \\u202E\", full_time_hours: 39 }\n"
                             "  kommune: { name: Stadt, full_time_hours: 41 }\n"
                             "staff:\n" +
                             staff_line("P001"));
    INFO(loaded.messages());
    CHECK_FALSE(loaded.arge.has_value());
    CHECK(contains(loaded.messages(),
                   "arge.yaml:4:20: error: the text contains U+202E (right-to-left override)"));
}

TEST_CASE("a no-break space or a zero-width space in a staff id is refused",
          "[arge_loader][text]") {
    const auto nbsp = load(arge_with("arge: ARGE", staff_line("\"P\\u00A0001\"")));
    INFO(nbsp.messages());
    CHECK_FALSE(nbsp.arge.has_value());
    CHECK(contains(nbsp.messages(), "arge.yaml:7:11: error: staff id 'P\xC2\xA0"
                                    "001' must not contain U+00A0 (no-break space)"));
    const auto zwsp = load(arge_with("arge: ARGE", staff_line("\"P001\\u200B\"")));
    CHECK(contains(zwsp.messages(), "must not contain U+200B (zero width space)"));
}

TEST_CASE("staff ids equal after NFC normalisation are one id given twice", "[arge_loader][text]") {
    // "MÜ1" composed (U+00DC) on line 7, decomposed (U + U+0308) on line 8.
    const auto loaded =
        load(arge_with("arge: ARGE", staff_line("\"M\\u00DC1\"") + staff_line("\"MU\\u03081\"")));
    INFO(loaded.messages());
    CHECK_FALSE(loaded.arge.has_value());
    CHECK(contains(loaded.messages(),
                   "arge.yaml:8:11: error: duplicate staff id 'M\xC3\x9C"
                   "1' (first given at line 7; the two are the same after Unicode "
                   "normalisation)"));
}

TEST_CASE("a decomposed staff id is kept in its composed form", "[arge_loader][text]") {
    const auto loaded = load(arge_with("arge: ARGE", staff_line("\"MU\\u03081\"")));
    INFO(loaded.messages());
    REQUIRE(loaded.arge.has_value());
    REQUIRE(loaded.arge->staff.size() == 1);
    CHECK(loaded.arge->staff[0].id == "M\xC3\x9C"
                                      "1");
}

TEST_CASE("more than 100 partners are refused before anything else is read",
          "[arge_loader][bounds]") {
    const auto partners = [](int count) {
        std::string yaml = "schema: ausgleich/arge/v1\narge: ARGE\npartners:\n";
        for (int i = 0; i < count; ++i) {
            yaml += "  p" + std::to_string(i) + ": { name: P, full_time_hours: 39 }\n";
        }
        return yaml + "staff: []\n";
    };
    const auto too_many = load(partners(101));
    INFO(too_many.messages());
    CHECK_FALSE(too_many.arge.has_value());
    CHECK(too_many.messages() ==
          "arge.yaml:4:3: error: an ARGE may have at most 100 partners, found 101\n");
    const auto the_limit = load(partners(100));
    INFO(the_limit.messages());
    CHECK(the_limit.arge.has_value());
}
