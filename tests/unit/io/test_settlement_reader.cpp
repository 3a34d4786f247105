// io::read_settlement: the strict reader of saved settlements (SPEC 5.1).

#include "ausgleich/io/settlement_reader.hpp"

#include <catch2/catch.hpp>

namespace {

using namespace ausgleich;

const std::string k_settlement = R"({
  "schema": "ausgleich/settlement/v1",
  "tool": "ausgleich 0.2.0",
  "arge": "ARGE Test",
  "period": {"label": "2005-Q2", "from": "2005-04-01", "to": "2005-06-30"},
  "policy": {"proration": "days", "fte_decimals": 4, "rounding": "half-up", "round": "per-line"},
  "rules_dirs": ["rules"],
  "inputs": [
    {"role": "arge", "path": "arge.yaml", "sha256": "0000000000000000000000000000000000000000000000000000000000000000", "used": true},
    {"role": "rates", "id": "r", "path": "r.yaml", "rules_dir": "rules", "status": "final", "sha256": "1111111111111111111111111111111111111111111111111111111111111111", "used": false}
  ],
  "lines": [
    {"staff_id": "V01", "employer": "kommune", "pay_group": "E9", "debtor": "agentur", "creditor": "kommune", "days": 91, "fte": "0.5000", "share": "0.5", "components": [{"id": "base", "amount": "2275.00"}], "amount": "2275.00"}
  ],
  "totals": [
    {"debtor": "agentur", "creditor": "kommune", "amount": "2275.00"}
  ],
  "net": [
    {"debtor": "agentur", "creditor": "kommune", "amount": "2275.00"}
  ]
}
)";

struct Read {
    std::optional<RecordedSettlement> settlement;
    Diagnostics diagnostics;
    std::string messages() const { return diagnostics.format_all(); }
};

Read read(const std::string& content) {
    Read result;
    result.settlement =
        io::read_settlement(io::SourceFile{"s.json", content, "ff"}, result.diagnostics);
    return result;
}

std::string replaced(const std::string& from, const std::string& to) {
    std::string text = k_settlement;
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

} // namespace

TEST_CASE("a settlement is read with its audit record", "[settlement_reader]") {
    const auto result = read(k_settlement);
    INFO(result.messages());
    REQUIRE(result.settlement);
    const auto& settlement = *result.settlement;
    CHECK(settlement.tool == "ausgleich 0.2.0");
    CHECK(settlement.rules_dirs == std::vector<std::string>{"rules"});
    REQUIRE(settlement.inputs.size() == 2);
    CHECK(settlement.inputs[1].record.status == std::optional<std::string>("final"));
    CHECK_FALSE(settlement.inputs[1].record.used);
    CHECK(settlement.inputs[1].record.rules_dir == "rules");
    CHECK(settlement.inputs[1].pos.line == 10);
    REQUIRE(settlement.lines.size() == 1);
    CHECK(settlement.lines[0].components.at(0).amount == "2275.00");
    CHECK(settlement.lines[0].pos.line == 13);
}

TEST_CASE("every malformed part of a settlement is an error with its position",
          "[settlement_reader]") {
    const auto refused = [](const std::string& content, const std::string& message) {
        const auto result = read(content);
        INFO(result.messages());
        CHECK_FALSE(result.settlement);
        CHECK(result.messages().find(message) != std::string::npos);
    };
    refused(replaced("\"round\": \"per-line\"", "\"round\": \"bogus\""),
            "s.json:6:86: error: unknown policy.round 'bogus' (one of: per-line, per-component, "
            "per-total)");
    refused(replaced("\"proration\": \"days\"", "\"proration\": \"weeks\""),
            "unknown policy.proration 'weeks'");
    refused(replaced("\"fte_decimals\": 4", "\"fte_decimals\": 2147483647"),
            "policy.fte_decimals (or null) must be a whole number from 0 to 12");
    refused(replaced("\"fte_decimals\": 4", "\"fte_decimals\": -5"), "from 0 to 12");
    refused(replaced("\"fte_decimals\": 4", "\"fte_decimals\": 1e12"), "from 0 to 12");
    refused(replaced("\"days\": 91", "\"days\": 1e400"), "s.json:13:");
    refused(replaced("\"amount\": \"2275.00\"}]", "\"amout\": \"2275.00\"}]"),
            "unknown key 'amout' in a component (did you mean 'amount'?)");
    refused(replaced("\"staff_id\": \"V01\",", "\"staff_id\": \"V01\", \"staff_id\": \"V02\","),
            "Duplicate key");
    refused(replaced("\"amount\": \"2275.00\"}\n  ],\n  \"net\"",
                     "\"amount\": \"2275\"}\n  ],\n  \"net\""),
            "must be an amount with two decimals");
    refused(replaced("\"used\": false", "\"used\": \"no\""),
            "'used' in an input must be true or false");
    refused(
        replaced(
            "\"sha256\": \"1111111111111111111111111111111111111111111111111111111111111111\"",
            "\"sha256\": \"11111111111111111111111111111111111111111111111111111111111111111\""),
        "'sha256' must be 64 lower-case hex digits");
    refused(replaced(
                "\"sha256\": \"1111111111111111111111111111111111111111111111111111111111111111\"",
                "\"sha256\": \"111111111111111111111111111111111111111111111111111111111111111F\""),
            "'sha256' must be 64 lower-case hex digits");
    refused(replaced("\"status\": \"final\"", "\"status\": \"official\""),
            "unknown rates status 'official'");
    refused(replaced("\"from\": \"2005-04-01\", \"to\": \"2005-06-30\"",
                     "\"from\": \"2005-06-30\", \"to\": \"2005-04-01\""),
            "period: 'from' is after 'to'");
    refused(replaced("  \"rules_dirs\": [\"rules\"],\n", ""), "missing 'rules_dirs'");
    refused(replaced("\"tool\"", "\"tol\""),
            "unknown key 'tol' in the settlement (did you mean 'tool'?)");
    refused("{\"schema\": ", "s.json:1:12: error: not a settlement file: invalid JSON");
}

TEST_CASE("a settlement of ausgleich 0.1.0 is read without the audit fields",
          "[settlement_reader]") {
    std::string legacy = replaced("\"tool\": \"ausgleich 0.2.0\"", "\"tool\": \"ausgleich 0.1.0\"");
    legacy = legacy.replace(legacy.find("  \"rules_dirs\": [\"rules\"],\n"), 28, "");
    const auto result = read(legacy);
    INFO(result.messages());
    REQUIRE(result.settlement);
    CHECK_FALSE(result.settlement->rules_dirs);
}

namespace {

const std::string k_line =
    R"({"staff_id": "V01", "employer": "kommune", "pay_group": "E9", "debtor": "agentur", "creditor": "kommune", "days": 91, "fte": "0.5000", "share": "0.5", "components": [{"id": "base", "amount": "2275.00"}], "amount": "2275.00"})";
const std::string k_total = R"({"debtor": "agentur", "creditor": "kommune", "amount": "2275.00"})";

/// Refused with exactly `message` (path, line and column included).
void refused_at(const std::string& content, const std::string& message) {
    const auto result = read(content);
    INFO(result.messages());
    CHECK_FALSE(result.settlement);
    CHECK(result.messages().find(message) != std::string::npos);
}

} // namespace

TEST_CASE("an entry recorded twice is refused at its position, naming the first",
          "[settlement_reader]") {
    // A duplicate would verify once and be subtracted twice by trueup.
    refused_at(replaced(k_line, k_line + ",\n    " + k_line),
               "s.json:14:5: error: line V01 agentur -> kommune duplicates the line at 13:5");
    refused_at(replaced(k_total + "\n  ],\n  \"net\"",
                        k_total + ",\n    " + k_total + "\n  ],\n  \"net\""),
               "s.json:17:5: error: total agentur -> kommune duplicates the total at 16:5");
    // One net entry per pair, whichever direction it names.
    refused_at(replaced(k_total + "\n  ]\n}",
                        k_total + ",\n    " +
                            R"({"debtor": "kommune", "creditor": "agentur", "amount": "0.00"})" +
                            "\n  ]\n}"),
               "s.json:20:5: error: net entry for agentur and kommune duplicates the net entry "
               "at 19:5");
    refused_at(replaced(R"("used": false})", R"("used": false},
    {"role": "rates", "id": "r", "path": "other.yaml", "rules_dir": "rules", "status": "final", "sha256": "2222222222222222222222222222222222222222222222222222222222222222", "used": false})"),
               "s.json:11:5: error: input rates r duplicates the input at 10:5");
    refused_at(replaced(R"("used": false})", R"("used": false},
    {"role": "arge", "path": "other.yaml", "sha256": "2222222222222222222222222222222222222222222222222222222222222222", "used": true})"),
               "s.json:11:5: error: input arge duplicates the input at 9:5");
    refused_at(
        replaced(R"([{"id": "base", "amount": "2275.00"}])",
                 R"([{"id": "base", "amount": "2275.00"}, {"id": "base", "amount": "1.00"}])"),
        "s.json:13:208: error: component 'base' is recorded twice in the line of V01");
    // jsoncpp's strictMode refuses a key given twice (it would keep one).
    refused_at(replaced("\"staff_id\": \"V01\",", "\"staff_id\": \"V01\", \"staff_id\": \"V02\","),
               "s.json:13:25: error: not a settlement file: invalid JSON: Duplicate key: "
               "'staff_id'");
}

TEST_CASE("lines of one staff member to different debtors are not duplicates",
          "[settlement_reader]") {
    std::string other = k_line;
    other.replace(other.find("\"debtor\": \"agentur\""), 19, "\"debtor\": \"bund\"");
    const auto result = read(replaced(k_line, k_line + ",\n    " + other));
    INFO(result.messages());
    REQUIRE(result.settlement);
    CHECK(result.settlement->lines.size() == 2);
}

TEST_CASE("50,000 copies of a line are refused quickly, every copy named", "[settlement_reader]") {
    std::string copies = k_line;
    for (int i = 1; i < 50000; ++i) {
        copies += ",\n    " + k_line;
    }
    const auto result = read(replaced(k_line, copies));
    CHECK_FALSE(result.settlement);
    CHECK(result.diagnostics.error_count() == 49999);
    CHECK(result.messages().find("s.json:50012:5: error: line V01 agentur -> kommune duplicates "
                                 "the line at 13:5") == std::string::npos); // capped list
    CHECK(result.messages().find("s.json:14:5: error: line V01 agentur -> kommune duplicates the "
                                 "line at 13:5") != std::string::npos);
}

TEST_CASE("a period that cannot be, or contradicts its label, is refused at the period",
          "[settlement_reader]") {
    refused_at(replaced("\"to\": \"2005-06-30\"", "\"to\": \"2005-02-30\""),
               "s.json:5:13: error: period: ");
    refused_at(replaced("\"to\": \"2005-06-30\"", "\"to\": \"2005-02-30\""), "2005-02-30");
    refused_at(replaced("\"to\": \"2005-06-30\"", "\"to\": \"2005-06-29\""),
               "s.json:5:13: error: period: the label '2005-Q2' stands for "
               "2005-04-01..2005-06-30, not 2005-04-01..2005-06-29");
    refused_at(replaced("\"label\": \"2005-Q2\"", "\"label\": \"Q2\""),
               "s.json:5:13: error: period: the label 'Q2' is not a period");
    refused_at(replaced("\"from\": \"2005-04-01\", \"to\": \"2005-06-30\"",
                        "\"from\": \"2005-06-30\", \"to\": \"2005-04-01\""),
               "s.json:5:13: error: period: 'from' is after 'to'");
}

TEST_CASE("a figure outside what a settlement can hold is refused at the figure",
          "[settlement_reader]") {
    refused_at(replaced("\"days\": 91", "\"days\": 92"),
               "s.json:13:119: error: 'days' in a line must be a whole number from 1 to 91");
    refused_at(replaced("\"days\": 91", "\"days\": 0"), "s.json:13:119: error: 'days'");
    // Beyond 64 bits: jsoncpp would throw on asLargestInt (no position).
    refused_at(replaced("\"days\": 91", "\"days\": 18446744073709551616"),
               "s.json:13:119: error: 'days' in a line must be a whole number");
    refused_at(replaced("\"days\": 91", "\"days\": 9223372036854775808"),
               "s.json:13:119: error: 'days'");
    refused_at(replaced("\"days\": 91", "\"days\": 1e19"), "s.json:13:119: error: 'days'");
    refused_at(replaced("\"days\": 91", "\"days\": 91.0"), "s.json:13:119: error: 'days'");
    refused_at(replaced("\"fte\": \"0.5000\"", "\"fte\": \"1.5\""),
               "s.json:13:130: error: 'fte' in a line must be from 0 to 1, found \"1.5\"");
    refused_at(replaced("\"share\": \"0.5\"", "\"share\": \"-0.5\""),
               "s.json:13:149: error: 'share' in a line must be from 0 to 1, found \"-0.5\"");
    refused_at(replaced("}], \"amount\": \"2275.00\"}", "}], \"amount\": \"-2275.00\"}"),
               "s.json:13:219: error: 'amount' in a line must not be negative");
    refused_at(replaced(k_total + "\n  ],\n  \"net\"",
                        R"({"debtor": "agentur", "creditor": "kommune", "amount": "-1.00"})"
                        "\n  ],\n  \"net\""),
               "s.json:16:60: error: 'amount' in a total must not be negative");
    refused_at(replaced("\"fte_decimals\": 4", "\"fte_decimals\": 13"),
               "s.json:6:51: error: policy.fte_decimals (or null) must be a whole number from 0 "
               "to 12");
    refused_at(replaced("\"fte_decimals\": 4", "\"fte_decimals\": 1e12"), "s.json:6:51: error: ");
    refused_at(replaced("\"debtor\": \"agentur\", \"creditor\": \"kommune\", \"days\"",
                        "\"debtor\": \"kommune\", \"creditor\": \"kommune\", \"days\""),
               "s.json:13:5: error: line V01: 'kommune' cannot owe itself");
}

TEST_CASE("a control character written as a JSON escape is refused at its string",
          "[settlement_reader][text]") {
    // "\u001b[8m" in the ARGE name would hide what follows on the auditor's terminal.
    refused_at(replaced("\"arge\": \"ARGE Test\"", "\"arge\": \"ARGE Test\\u001b[8m\""),
               "s.json:4:11: error: 'arge' in the settlement contains U+001B (escape)");
    refused_at(replaced("\"staff_id\": \"V01\"", "\"staff_id\": \"V01\\nforged\""),
               "contains U+000A (line feed)");
    refused_at(replaced("\"path\": \"arge.yaml\"", "\"path\": \"arge\\u202e.yaml\""),
               "contains U+202E (right-to-left override)");
    const auto result = read(replaced("\"arge\": \"ARGE Test\"", "\"arge\": \"A\\u0007\""));
    CHECK(result.messages().find('\a') == std::string::npos);
}

TEST_CASE("a settlement saved as UTF-16 is refused by name", "[settlement_reader][text]") {
    std::string utf16 = "\xFF\xFE";
    for (const char c : k_settlement) {
        utf16 += c;
        utf16 += '\0';
    }
    refused_at(utf16, "s.json:1:1: error: the file is UTF-16 (little-endian) text; save it as "
                      "UTF-8");
}

// --- quota mode and deductions (issue 12) ----------------------------------------

TEST_CASE("a settlement of quota mode is read with its quota", "[settlement_reader][quota]") {
    const auto result = read(replaced(R"("round": "per-line"})",
                                      R"("round": "per-line", "shares": "quota", )"
                                      R"("quota": {"kommune": "15.2", "agentur": "84.8"}})"));
    INFO(result.messages());
    REQUIRE(result.settlement);
    const Policy& policy = result.settlement->policy;
    CHECK(policy.shares == SharesPolicy::quota);
    REQUIRE(policy.quota.size() == 2);
    CHECK(policy.quota[0] == PartnerQuota{"agentur", parse_decimal("84.8")}); // sorted by id
    CHECK(policy.quota[1] == PartnerQuota{"kommune", parse_decimal("15.2")});
}

TEST_CASE("shares and quota come together or not at all", "[settlement_reader][quota]") {
    CHECK(read(replaced(R"("round": "per-line"})", R"("round": "per-line", "shares": "quota"})"))
              .messages() == "s.json:6:13: error: policy.shares 'quota' needs policy.quota\n");
    CHECK(read(replaced(R"("round": "per-line"})",
                        R"("round": "per-line", "quota": {"agentur": "100"}})"))
              .messages() == "s.json:6:13: error: policy.quota is only written with shares "
                             "'quota'\n");
    CHECK_THAT(
        read(replaced(R"("round": "per-line"})",
                      R"("round": "per-line", "shares": "quota", "quota": {"agentur": "1e2"}})"))
            .messages(),
        Catch::StartsWith("s.json:6:138: error: 'agentur' in policy.quota: exponent"));
}

TEST_CASE("a negative component is a deduction and is read", "[settlement_reader]") {
    const auto result = read(replaced(R"([{"id": "base", "amount": "2275.00"}])",
                                      R"([{"id": "base", "amount": "2300.00"}, )"
                                      R"({"id": "abschlag", "amount": "-25.00"}])"));
    INFO(result.messages());
    REQUIRE(result.settlement);
    CHECK(result.settlement->lines[0].components.at(1).amount == "-25.00");
}
