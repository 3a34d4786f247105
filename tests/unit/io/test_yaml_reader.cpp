// The strict YAML reader: exact scalar text, 1-based positions, and everything it
// refuses (duplicate keys, aliases, several documents, deep nesting).

#include "../test_support.hpp"
#include "ausgleich/io/yaml_reader.hpp"

#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using ausgleich::Diagnostics;
using ausgleich::io::k_max_nesting_depth;
using ausgleich::io::Node;
using ausgleich::io::StreamedSequence;
using ausgleich::test::read_yaml_text;

namespace {

// Reads `yaml`, requires that it produced a tree, and returns it.
Node read_ok(const std::string& yaml, Diagnostics& diagnostics) {
    auto root = read_yaml_text(yaml, diagnostics);
    REQUIRE(root.has_value());
    return std::move(*root);
}

// The messages for a text the reader refuses to turn into a tree.
std::string refusal_of(const std::string& yaml) {
    Diagnostics diagnostics;
    const auto root = read_yaml_text(yaml, diagnostics);
    CHECK_FALSE(root.has_value());
    return diagnostics.format_all();
}

bool same_pos(ausgleich::SourcePos pos, int line, int column) {
    return pos.line == line && pos.column == column;
}

} // namespace

// --- positions and scalars -----------------------------------------------------

TEST_CASE("keys and values carry their 1-based line and column", "[yaml]") {
    Diagnostics diagnostics;
    const Node root = read_ok("schema: ausgleich/rates/v1\n"
                              "pay_groups:\n"
                              "  A9: { kind: beamte, annual: 41250.00 }\n",
                              diagnostics);
    CHECK(diagnostics.format_all() == "");
    REQUIRE(root.is_mapping());
    CHECK(same_pos(root.pos, 1, 1));
    REQUIRE(root.entries.size() == 2);
    CHECK(root.entries[0].key == "schema");
    CHECK(same_pos(root.entries[0].key_pos, 1, 1));
    CHECK(same_pos(root.entries[0].value.pos, 1, 9)); // after "schema: " (8 characters)
    CHECK(same_pos(root.entries[1].key_pos, 2, 1));

    const Node* pay_groups = root.find("pay_groups");
    REQUIRE(pay_groups != nullptr);
    REQUIRE(pay_groups->entries.size() == 1);
    const auto& a9 = pay_groups->entries[0];
    CHECK(same_pos(a9.key_pos, 3, 3));   // after two spaces
    CHECK(same_pos(a9.value.pos, 3, 7)); // the '{' after "  A9: "
    // "  A9: { kind: beamte, " is 22 characters, so "annual" starts at 23, its value at 31.
    REQUIRE(a9.value.entries.size() == 2);
    CHECK(a9.value.entries[1].key == "annual");
    CHECK(same_pos(a9.value.entries[1].key_pos, 3, 23));
    CHECK(same_pos(a9.value.entries[1].value.pos, 3, 31));
}

TEST_CASE("a block list and its items carry their positions", "[yaml]") {
    Diagnostics diagnostics;
    const Node root = read_ok("sources:\n"
                              "  - title: BMF\n"
                              "    url: https://example.org\n",
                              diagnostics);
    const Node* sources = root.find("sources");
    REQUIRE(sources != nullptr);
    REQUIRE(sources->is_sequence());
    CHECK(same_pos(sources->pos, 2, 3)); // the '-'
    REQUIRE(sources->items.size() == 1);
    CHECK(same_pos(sources->items[0].pos, 2, 5)); // the mapping starts at "title"
    CHECK(same_pos(sources->items[0].entries[1].key_pos, 3, 5));
}

TEST_CASE("columns count characters, not bytes, as editors do", "[yaml]") {
    Diagnostics diagnostics;
    // 'ä' is two bytes in UTF-8 but one column: "{ä: 1, " is 7 characters.
    const Node root = read_ok("x: {ä: 1, b: 2}\n", diagnostics);
    const Node* x = root.find("x");
    REQUIRE(x != nullptr);
    REQUIRE(x->entries.size() == 2);
    CHECK(x->entries[0].key == "ä");
    CHECK(same_pos(x->entries[1].key_pos, 1, 11)); // "x: " + "{ä: 1, " = 3 + 7 characters
}

TEST_CASE("scalars keep their text exactly as written", "[yaml]") {
    Diagnostics diagnostics;
    const Node root = read_ok("annual: 45120.00\n"
                              "percent: \"0.5\"\n"
                              "padded: 007.50\n"
                              "exponent: 1e3\n"
                              "date: 2005-04-01\n"
                              "single: 'x y'\n",
                              diagnostics);
    CHECK(diagnostics.format_all() == "");
    const Node* annual = root.find("annual");
    REQUIRE(annual != nullptr);
    CHECK(annual->is_scalar());
    CHECK(annual->text == "45120.00"); // not 45120 as a float would print it
    CHECK(annual->plain);
    CHECK(root.find("percent")->text == "0.5");
    CHECK_FALSE(root.find("percent")->plain);
    CHECK(root.find("padded")->text == "007.50");
    CHECK(root.find("exponent")->text == "1e3");
    CHECK(root.find("date")->text == "2005-04-01");
    CHECK(root.find("single")->text == "x y");
    CHECK_FALSE(root.find("single")->plain);
    CHECK(root.find("missing") == nullptr);
}

TEST_CASE("only unquoted empty, ~ and null scalars are null", "[yaml]") {
    Diagnostics diagnostics;
    const Node root = read_ok("empty:\n"
                              "tilde: ~\n"
                              "word: null\n"
                              "quoted: \"null\"\n"
                              "quoted_empty: \"\"\n"
                              "zero: 0\n",
                              diagnostics);
    CHECK(root.find("empty")->is_null());
    CHECK(root.find("tilde")->is_null());
    CHECK(root.find("word")->is_null());
    CHECK_FALSE(root.find("quoted")->is_null());
    CHECK_FALSE(root.find("quoted_empty")->is_null());
    CHECK_FALSE(root.find("zero")->is_null());
}

TEST_CASE("kind_name names a node's kind for messages", "[yaml]") {
    Diagnostics diagnostics;
    const Node root = read_ok("m: {a: 1}\ns: [1]\nv: 1\n", diagnostics);
    CHECK(root.find("m")->kind_name() == "a mapping");
    CHECK(root.find("s")->kind_name() == "a list");
    CHECK(root.find("v")->kind_name() == "a scalar");
}

TEST_CASE("a UTF-8 byte order mark and CRLF line ends are read like plain LF text", "[yaml]") {
    Diagnostics diagnostics;
    const Node root = read_ok("\xEF\xBB\xBF"
                              "a: 1\r\n"
                              "b: Geschäftsführung\r\n",
                              diagnostics);
    CHECK(diagnostics.format_all() == "");
    REQUIRE(root.entries.size() == 2);
    CHECK(root.entries[0].key == "a");
    CHECK(same_pos(root.entries[0].key_pos, 1, 1));
    CHECK(root.find("a")->text == "1"); // no '\r' left over
    CHECK(same_pos(root.entries[1].key_pos, 2, 1));
    CHECK(root.find("b")->text == "Geschäftsführung");
}

// --- what the reader refuses ---------------------------------------------------

TEST_CASE("a duplicate key is reported at its second occurrence naming the first line",
          "[yaml][strict]") {
    Diagnostics diagnostics;
    const Node root = read_ok("a: 1\n"
                              "b: 2\n"
                              "a: 3\n",
                              diagnostics);
    CHECK(diagnostics.format_all() == "test.yaml:3:1: error: duplicate key 'a' (first given at "
                                      "line 1)\n");
    // The first value is kept.
    CHECK(root.entries.size() == 2);
    CHECK(root.find("a")->text == "1");
}

TEST_CASE("a duplicate key inside a nested mapping is reported too", "[yaml][strict]") {
    Diagnostics diagnostics;
    read_ok("pay_groups:\n"
            "  A9: { kind: beamte, annual: 41250.00, kind: tarif }\n",
            diagnostics);
    // "  A9: { kind: beamte, annual: 41250.00, " is 40 characters.
    CHECK(diagnostics.format_all() == "test.yaml:2:41: error: duplicate key 'kind' (first given "
                                      "at line 2)\n");
}

TEST_CASE("an alias is reported where it is used", "[yaml][strict]") {
    Diagnostics diagnostics;
    read_ok("a: &rate 41250.00\n"
            "b: *rate\n",
            diagnostics);
    CHECK(diagnostics.format_all() ==
          "test.yaml:2:4: error: YAML aliases (*rate) are not supported: write the value out\n");
}

TEST_CASE("a mapping key that is not a scalar is reported", "[yaml][strict]") {
    Diagnostics diagnostics;
    read_ok("? [a, b]\n"
            ": 1\n",
            diagnostics);
    CHECK(diagnostics.format_all() ==
          "test.yaml:1:3: error: a mapping key must be a plain name, found a list\n");
}

TEST_CASE("a top level that is not a mapping is refused", "[yaml][strict]") {
    CHECK(refusal_of("- a\n- b\n") == "test.yaml:1:1: error: expected a mapping with 'schema:' at "
                                      "the top of the file, found a list\n");
    CHECK(refusal_of("hello\n") == "test.yaml:1:1: error: expected a mapping with 'schema:' at "
                                   "the top of the file, found a scalar\n");
}

TEST_CASE("an empty file is refused as empty", "[yaml][strict]") {
    const std::string expected =
        "test.yaml:1:1: error: the file is empty: expected a mapping starting with 'schema:'\n";
    CHECK(refusal_of("") == expected);
    CHECK(refusal_of("# only a comment\n") == expected);
}

TEST_CASE("a second document is reported where it starts", "[yaml][strict]") {
    Diagnostics diagnostics;
    const Node root = read_ok("a: 1\n"
                              "---\n"
                              "b: 2\n",
                              diagnostics);
    CHECK(diagnostics.format_all() == "test.yaml:2:1: error: a second YAML document ('---') is "
                                      "not allowed: one document per file\n");
    CHECK(root.find("a") != nullptr);
}

TEST_CASE("a syntax error is reported with its line and column and ends the reading",
          "[yaml][strict]") {
    // The flow list is still open where the text ends: line 2, column 1.
    CHECK(refusal_of("a: [1, 2") == "test.yaml:2:1: error: YAML syntax error: did not find "
                                    "expected ',' or ']' while parsing a flow sequence\n");
    // A tab may not indent: the parser stops at the tab, line 2, column 1.
    CHECK(refusal_of("a:\n\tb: 1\n") ==
          "test.yaml:2:1: error: YAML syntax error: found character that cannot start any token "
          "while scanning for the next token\n");
}

TEST_CASE("a file that is not UTF-8 is reported with line, column and byte offset",
          "[yaml][strict]") {
    // 0xFF can never start a UTF-8 character; it is byte 3 (counting from 0) of "a: \xFF",
    // so line 1, column 4; on the second line after "a: 1\n" it is byte 8, line 2, column 4.
    CHECK(refusal_of("a: \xFF\n") == "test.yaml:1:4: error: cannot read the file as UTF-8 text: "
                                     "invalid leading UTF-8 octet (byte 3)\n");
    CHECK(refusal_of("a: 1\nb: \xFF\n") == "test.yaml:2:4: error: cannot read the file as UTF-8 "
                                           "text: invalid leading UTF-8 octet (byte 8)\n");
}

TEST_CASE("nesting up to 64 levels is read, deeper nesting is refused", "[yaml][strict]") {
    REQUIRE(k_max_nesting_depth == 64);
    const auto nested = [](int depth) {
        return "a: " + std::string(static_cast<std::size_t>(depth), '[') +
               std::string(static_cast<std::size_t>(depth), ']') + "\n";
    };
    Diagnostics diagnostics;
    CHECK(read_yaml_text(nested(64), diagnostics).has_value());
    CHECK(diagnostics.format_all() == "");
    // The n-th '[' is at column 3 + n; the 65th (column 68) is one level too deep.
    const std::string refused =
        "test.yaml:1:68: error: nesting deeper than 64 levels is not supported\n";
    CHECK(refusal_of(nested(65)) == refused);
    CHECK(refusal_of(nested(100)) == refused);
}

// --- streaming one sequence ----------------------------------------------------

TEST_CASE("the items of the streamed key go to the callback in order and not into the tree",
          "[yaml][stream]") {
    const std::string yaml = "schema: ausgleich/arge/v1\n"
                             "staff:\n"
                             "  - id: P001\n"
                             "  - id: P002\n"
                             "  - id: P003\n"
                             "after: 1\n";
    std::vector<std::string> ids;
    std::vector<int> lines;
    const StreamedSequence streamed{"staff",
                                    [&](const Node& item) {
                                        ids.push_back(item.find("id")->text);
                                        lines.push_back(item.pos.line);
                                    },
                                    false,
                                    {}};
    Diagnostics diagnostics;
    const auto root = read_yaml_text(yaml, diagnostics, &streamed);
    REQUIRE(root.has_value());
    CHECK(diagnostics.format_all() == "");
    CHECK(ids == std::vector<std::string>{"P001", "P002", "P003"});
    CHECK(lines == std::vector<int>{3, 4, 5});
    const Node* staff = root->find("staff");
    REQUIRE(staff != nullptr);
    CHECK(staff->is_sequence());
    CHECK(staff->items.empty());
    CHECK(same_pos(staff->pos, 3, 3));
    CHECK(root->find("after")->text == "1");
}

// Everything the reader put into a node, for comparing two readings of it.
std::string describe(const Node& node) {
    std::string out = node.kind_name() + "@" + std::to_string(node.pos.line) + ":" +
                      std::to_string(node.pos.column);
    if (node.is_scalar()) {
        out += (node.plain ? " plain '" : " quoted '") + node.text + "'";
        if (node.entries.empty() && node.items.empty()) {
            return out;
        }
    } else if (!node.text.empty() || !node.plain) {
        // A list or mapping has neither: one shows what an earlier node left.
        out += " text '" + node.text + (node.plain ? "'" : "' quoted");
    }
    out += " {";
    for (const auto& entry : node.entries) {
        out += entry.key + "@" + std::to_string(entry.key_pos.line) + ":" +
               std::to_string(entry.key_pos.column) + "=" + describe(entry.value) + "; ";
    }
    for (const auto& item : node.items) {
        out += describe(item) + "; ";
    }
    return out + "}";
}

TEST_CASE("each streamed item reads the same as in a whole tree, whatever came before it",
          "[yaml][stream]") {
    // The reader reads every item into the same Node: nothing of a larger or
    // differently shaped item before may show through in the next one.
    const std::string yaml = "staff:\n"
                             "  - {a: 1, b: {x: [1, 2, 3], y: {p: q}}, c: 3, d: '4'}\n"
                             "  - {c: 1}\n"                  // c was in slot 2 before: no duplicate
                             "  - {b: [9], a: {z: 1}}\n"     // list and mapping change places
                             "  - plain\n"                   // a scalar after mappings
                             "  - ''\n"                      // quoted, empty
                             "  - {a: 1, a: 2, b: 3}\n"      // the duplicate is not kept
                             "  - [1, [2, 3], {x: y}, []]\n" // a list after a scalar
                             "  - {k01: 1, k02: 2, k03: 3, k04: 4, k05: 5, k06: 6, k07: 7, "
                             "k08: 8, k09: 9, k10: 10, k11: 11, k12: 12, k13: 13, k14: 14, "
                             "k15: 15, k16: 16, k17: 17, k17: 18}\n" // indexed keys
                             "  - {k17: 1, k02: 2}\n"
                             "  - {}\n";
    std::vector<std::string> streamed_items;
    const StreamedSequence streamed{
        "staff", [&](const Node& item) { streamed_items.push_back(describe(item)); }, false, {}};
    Diagnostics streamed_diagnostics;
    REQUIRE(read_yaml_text(yaml, streamed_diagnostics, &streamed).has_value());

    Diagnostics tree_diagnostics;
    const Node tree = read_ok(yaml, tree_diagnostics);
    std::vector<std::string> tree_items;
    for (const auto& item : tree.find("staff")->items) {
        tree_items.push_back(describe(item));
    }
    CHECK(streamed_items == tree_items);
    CHECK(streamed_items.size() == 10);
    CHECK(streamed_items[1] == "a mapping@3:5 {c@3:6=a scalar@3:9 plain '1'; }");
    CHECK(streamed_items[3] == "a scalar@5:5 plain 'plain'");
    CHECK(streamed_items[5] == "a mapping@7:5 {a@7:6=a scalar@7:9 plain '1'; b@7:18=a scalar@7:21 "
                               "plain '3'; }");
    CHECK(streamed_items[8] == "a mapping@10:5 {k17@10:6=a scalar@10:11 plain '1'; k02@10:14=a "
                               "scalar@10:19 plain '2'; }");
    CHECK(streamed_items[9] == "a mapping@11:5 {}");
    CHECK(streamed_diagnostics.format_all() == tree_diagnostics.format_all());
    CHECK(streamed_diagnostics.format_all() ==
          "test.yaml:7:12: error: duplicate key 'a' (first given at line 7)\n"
          "test.yaml:9:150: error: duplicate key 'k17' (first given at line 9)\n");
}

TEST_CASE("a key of the same name below the top level is not streamed", "[yaml][stream]") {
    int calls = 0;
    const StreamedSequence streamed{"staff", [&](const Node&) { ++calls; }, false, {}};
    Diagnostics diagnostics;
    const auto root = read_yaml_text("team:\n  staff: [a, b]\n", diagnostics, &streamed);
    REQUIRE(root.has_value());
    CHECK(calls == 0);
    CHECK(root->find("team")->find("staff")->items.size() == 2);
}

TEST_CASE("without a callback the streamed items are skipped unread", "[yaml][stream]") {
    // The first of two passes over a large file: the items are checked in the second.
    const StreamedSequence streamed{"staff", {}, false, {}};
    Diagnostics diagnostics;
    const auto root = read_yaml_text("staff:\n"
                                     "  - {id: P001, id: P001}\n"
                                     "b: 1\n"
                                     "b: 2\n",
                                     diagnostics, &streamed);
    REQUIRE(root.has_value());
    CHECK(root->find("staff")->items.empty());
    // The duplicate inside the skipped item is not seen; the one outside it is.
    CHECK(diagnostics.format_all() == "test.yaml:4:1: error: duplicate key 'b' (first given at "
                                      "line 3)\n");
}

TEST_CASE("with report_items_only only problems inside the streamed items are reported",
          "[yaml][stream]") {
    // The second pass: the rest of the file was checked by the first.
    int calls = 0;
    StreamedSequence streamed{"staff", [&](const Node&) { ++calls; }, false, {}};
    streamed.report_items_only = true;
    Diagnostics diagnostics;
    const auto root = read_yaml_text("staff:\n"
                                     "  - {id: P001, id: P001}\n"
                                     "b: 1\n"
                                     "b: 2\n",
                                     diagnostics, &streamed);
    REQUIRE(root.has_value());
    CHECK(calls == 1);
    // "  - {id: P001, " is 15 characters: the second "id" is at column 16.
    CHECK(diagnostics.format_all() == "test.yaml:2:16: error: duplicate key 'id' (first given at "
                                      "line 2)\n");
}

// --- one pass (StreamedSequence::on_start) --------------------------------------

namespace {

// Reads `yaml` in one pass; records the keys on_start saw and the items' ids.
struct OnePass {
    std::vector<std::string> keys_at_start;
    std::vector<std::string> ids;
    ausgleich::io::StreamOutcome outcome;
    Diagnostics diagnostics;
    std::optional<Node> root;

    explicit OnePass(std::string_view yaml, bool accept = true) {
        StreamedSequence streamed{
            "staff", [&](const Node& item) { ids.push_back(item.find("id")->text); }, false,
            [&](const Node& so_far) {
                for (const auto& entry : so_far.entries) {
                    keys_at_start.push_back(entry.key);
                }
                return accept;
            }};
        root = ausgleich::io::read_yaml(yaml, "test.yaml", diagnostics, &streamed, &outcome);
    }
};

using Keys = std::vector<std::string>;

} // namespace

TEST_CASE("on_start sees the keys before the sequence, its own entry last, then the items come",
          "[yaml][stream][one-pass]") {
    const OnePass read("schema: s\nname: n\nstaff:\n  - id: P1\n  - id: P2\n");
    CHECK(read.keys_at_start == Keys{"schema", "name", "staff"});
    CHECK(read.ids == Keys{"P1", "P2"});
    CHECK(read.outcome.started);
    CHECK(read.outcome.items_last);
    CHECK(read.diagnostics.format_all() == "");
}

TEST_CASE("a top-level key after the items means the one pass did not hold",
          "[yaml][stream][one-pass]") {
    const OnePass read("schema: s\nstaff:\n  - id: P1\npolicy: {}\n");
    CHECK(read.keys_at_start == Keys{"schema", "staff"});
    CHECK(read.ids == Keys{"P1"});
    CHECK(read.outcome.started);
    CHECK_FALSE(read.outcome.items_last);
}

TEST_CASE("a problem or a stop after the items means the one pass did not hold",
          "[yaml][stream][one-pass]") {
    // A second document is reported after the top-level mapping.
    const OnePass second("staff:\n  - id: P1\n---\nx: 1\n");
    CHECK(second.outcome.started);
    CHECK_FALSE(second.outcome.items_last);
    CHECK(second.diagnostics.error_count() == 1);
    // A syntax error inside the items stops the reading.
    const OnePass broken("staff:\n  - id: P1\n  - id: [P2\n");
    CHECK(broken.outcome.started);
    CHECK_FALSE(broken.outcome.items_last);
    CHECK_FALSE(broken.root.has_value());
}

TEST_CASE("a problem inside the items does not undo the one pass", "[yaml][stream][one-pass]") {
    const OnePass read("staff:\n  - {id: P1, id: P1}\n");
    CHECK(read.outcome.started);
    CHECK(read.outcome.items_last);
    // "  - {id: P1, " is 13 characters: the second "id" is at column 14.
    CHECK(read.diagnostics.format_all() ==
          "test.yaml:2:14: error: duplicate key 'id' (first given at line 2)\n");
}

TEST_CASE("when on_start declines, the items are skipped unread", "[yaml][stream][one-pass]") {
    const OnePass read("staff:\n  - id: P1\nafter: 1\n", false);
    CHECK(read.keys_at_start == Keys{"staff"});
    CHECK(read.ids.empty());
    CHECK_FALSE(read.outcome.started);
    CHECK(read.outcome.items_last); // nothing was started, so nothing needs undoing
}

TEST_CASE("a staff key that is no list starts no one pass", "[yaml][stream][one-pass]") {
    const OnePass read("staff: 5\nafter: 1\n");
    CHECK(read.keys_at_start.empty());
    CHECK_FALSE(read.outcome.started);
    REQUIRE(read.root.has_value());
    CHECK(read.root->find("staff")->text == "5");
}
