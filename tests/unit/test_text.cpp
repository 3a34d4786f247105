// Which characters text and ids may contain, NFC, and how text is shown safely
// (lib/ausgleich/text.hpp, docs/limits.md).

#include "ausgleich/text.hpp"

#include <catch2/catch.hpp>
#include <string>

using ausgleich::forbidden_id_character;
using ausgleich::forbidden_text_character;
using ausgleich::printable;
using ausgleich::to_nfc;

namespace {

// "MÜ1" composed (U+00DC) and decomposed (U+0055 U+0308).
const std::string k_composed = "M\xC3\x9C"
                               "1";
const std::string k_decomposed = "MU\xCC\x88"
                                 "1";

} // namespace

TEST_CASE("printable text, umlauts and other scripts are allowed in names and titles", "[text]") {
    CHECK_FALSE(forbidden_text_character("Stadt Musterstadt"));
    CHECK_FALSE(forbidden_text_character("Agentur für Arbeit Köln – Geschäftsstelle"));
    CHECK_FALSE(forbidden_text_character("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D")); // Hebrew
    CHECK_FALSE(forbidden_text_character("Kreis\xC2\xA0Neuss")); // a no-break space in a name
    CHECK_FALSE(forbidden_text_character(""));
}

TEST_CASE("control characters, DEL, C1 controls and bidi overrides are named", "[text]") {
    CHECK(forbidden_text_character("Stadt\x1b[8m") == "U+001B (escape)");
    CHECK(forbidden_text_character("P001\nb.yaml:1:1: error: forged") == "U+000A (line feed)");
    CHECK(forbidden_text_character(std::string("a\0b", 3)) == "U+0000 (null)");
    CHECK(forbidden_text_character("a\rb") == "U+000D (carriage return)");
    CHECK(forbidden_text_character("a\tb") == "U+0009 (tab)");
    CHECK(forbidden_text_character("a\x7f") == "U+007F (delete)");
    CHECK(forbidden_text_character("a\xC2\x9B"
                                   "8m") == "U+009B (a control character)"); // C1 CSI
    CHECK(forbidden_text_character("1000\xE2\x80\xAE"
                                   "00") == "U+202E (right-to-left override)");
    CHECK(forbidden_text_character("x\xE2\x81\xA6y") == "U+2066 (left-to-right isolate)");
    CHECK(forbidden_text_character("bad \xff byte") == "the byte 0xFF (not UTF-8)");
}

TEST_CASE("ids also refuse spaces of every kind and invisible characters", "[text]") {
    CHECK_FALSE(forbidden_id_character("P001"));
    CHECK_FALSE(forbidden_id_character(k_composed));
    CHECK_FALSE(forbidden_id_character(k_decomposed)); // a combining mark is visible
    CHECK(forbidden_id_character("P\xC2\xA0"
                                 "001") == "U+00A0 (no-break space)");
    CHECK(forbidden_id_character("P\xE2\x80\xAF"
                                 "001") == "U+202F (a space character)");
    CHECK(forbidden_id_character("P\xE2\x80\x8B"
                                 "001") == "U+200B (zero width space)");
    CHECK(forbidden_id_character("P\xE2\x80\x8F"
                                 "001") == "U+200F (right-to-left mark)");
    CHECK(forbidden_id_character("P\xC2\xAD"
                                 "001") == "U+00AD (soft hyphen)");
    CHECK(forbidden_id_character("\xEF\xBB\xBFP001") == "U+FEFF (zero width no-break space)");
    CHECK(forbidden_id_character("P 001") == "U+0020 (space)");
    CHECK(forbidden_id_character("P\x1b"
                                 "001") == "U+001B (escape)");
}

TEST_CASE("NFC composes what was typed decomposed and leaves the rest alone", "[text]") {
    CHECK(to_nfc(k_decomposed) == k_composed);
    CHECK(to_nfc(k_composed) == k_composed);
    CHECK(to_nfc("P001") == "P001");
    CHECK(to_nfc("") == "");
    CHECK(to_nfc("bad \xff") == "bad \xff"); // refused elsewhere, never changed here
}

TEST_CASE("printable writes forbidden characters as escapes and keeps the rest", "[text]") {
    CHECK(printable("Stadt\x1b[8m") == "Stadt\\x1b[8m");
    CHECK(printable("P001\nforged") == "P001\\x0aforged");
    CHECK(printable("1000\xE2\x80\xAE"
                    "00") == "1000\\u{202e}00");
    CHECK(printable("a\xC2\x9B"
                    "b") == "a\\u{9b}b");
    CHECK(printable("bad \xff") == "bad \\xff");
    CHECK(printable("Agentur für Arbeit") == "Agentur für Arbeit");
    CHECK(forbidden_text_character(printable("\x1b\x07\r\n\xE2\x80\xAE\xff")) == std::nullopt);
}
