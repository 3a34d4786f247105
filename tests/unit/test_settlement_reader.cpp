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
    std::optional<io::RecordedSettlement> settlement;
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
