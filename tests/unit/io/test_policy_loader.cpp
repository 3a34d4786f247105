// The `policy:` block's quota mode (SPEC 3.3, io/policy_loader.cpp): the quota
// read exactly, every error at its key or value, tasks optional only in quota
// mode.

#include "../test_support.hpp"
#include "ausgleich/io/arge_loader.hpp"

#include <catch2/catch.hpp>
#include <optional>
#include <string>

using ausgleich::Arge;
using ausgleich::Diagnostics;
using ausgleich::SharesPolicy;
using ausgleich::test::with_replaced;

namespace {

// Line numbers for the positions below: 6 policy, 7 shares, 8 quota, 13 the
// assignment (without tasks).
const std::string k_quota_arge = R"(schema: ausgleich/arge/v1
arge: Jobcenter Test
partners:
  agentur: { name: Agentur, full_time_hours: 39 }
  kommune: { name: Kreis, full_time_hours: 39 }
policy:
  shares: quota
  quota: { agentur: 84.8, kommune: 15.2 }
staff:
  - id: K1
    employer: kommune
    pay_group: E9b
    assignments:
      - { from: 2021-01-01, fte: 1 }
)";

struct Loaded {
    std::optional<Arge> arge;
    Diagnostics diagnostics;
    std::string messages() const { return diagnostics.format_all(); }
};

Loaded load(const std::string& yaml) {
    Loaded loaded;
    loaded.arge = ausgleich::io::load_arge(ausgleich::io::SourceFile{"arge.yaml", yaml, ""},
                                           loaded.diagnostics);
    return loaded;
}

Loaded variant(const std::string& from, const std::string& to) {
    return load(with_replaced(k_quota_arge, from, to));
}

} // namespace

TEST_CASE("quota mode loads its quota exactly, by partner id, and needs no tasks",
          "[policy_loader]") {
    const auto loaded = load(k_quota_arge);
    CHECK(loaded.messages() == "");
    REQUIRE(loaded.arge.has_value());
    const auto& policy = loaded.arge->policy;
    CHECK(policy.shares == SharesPolicy::quota);
    REQUIRE(policy.quota.size() == 2);
    CHECK(policy.quota[0].partner == "agentur");
    CHECK(policy.quota[0].percent == ausgleich::parse_decimal("84.8"));
    CHECK(policy.quota_share("kommune") == ausgleich::parse_decimal("0.152"));
    CHECK(policy.quota_share("nobody") == 0);
}

TEST_CASE("without quota mode an assignment still needs tasks", "[policy_loader]") {
    const auto loaded = variant("  shares: quota\n  quota: { agentur: 84.8, kommune: 15.2 }\n",
                                "  shares: tasks\n");
    CHECK(loaded.messages() == "arge.yaml:13:9: error: missing key 'tasks' in an assignment\n");
}

TEST_CASE("shares: quota without a quota is refused at the policy", "[policy_loader]") {
    const auto loaded = variant("  quota: { agentur: 84.8, kommune: 15.2 }\n", "");
    CHECK(loaded.messages() ==
          "arge.yaml:7:3: error: shares: quota needs 'quota:', every partner's percent of the "
          "costs, e.g. quota: { agentur: 84.8, kommune: 15.2 }\n");
}

TEST_CASE("a quota without shares: quota is refused at the quota", "[policy_loader]") {
    const auto loaded = variant("  shares: quota\n", "");
    CHECK(loaded.messages().find("arge.yaml:7:10: error: 'quota' is only used with 'shares: "
                                 "quota'") == 0);
}

TEST_CASE("a quota must add up to exactly 100", "[policy_loader]") {
    const auto loaded = variant("kommune: 15.2 }", "kommune: 15.3 }");
    CHECK(loaded.messages() ==
          "arge.yaml:8:10: error: quota percentages add up to 100.1, not 100\n");
}

TEST_CASE("a quota names every partner, and only partners", "[policy_loader]") {
    CHECK(
        variant("{ agentur: 84.8, kommune: 15.2 }", "{ agentur: 84.8, komune: 15.2 }").messages() ==
        "arge.yaml:8:27: error: quota names 'komune', which is not a partner "
        "of this ARGE (did you mean 'kommune'?)\n"
        "arge.yaml:8:10: error: quota does not name partner 'kommune': give "
        "every partner its percent (0 for none)\n");
}

TEST_CASE("a quota value is a decimal >= 0; 0 is allowed", "[policy_loader]") {
    CHECK(variant("{ agentur: 84.8, kommune: 15.2 }", "{ agentur: 115.2, kommune: -15.2 }")
              .messages() == "arge.yaml:8:37: error: quota of kommune must not be negative, found "
                             "-15.2\n");
    CHECK(variant("{ agentur: 84.8, kommune: 15.2 }", "{ agentur: 100, kommune: 0 }").messages() ==
          "");
    CHECK(variant("kommune: 15.2 }", "kommune: \"15,2\" }")
              .messages()
              .find("arge.yaml:8:36: error:") == 0);
}

TEST_CASE("shares is tasks or quota", "[policy_loader]") {
    const auto loaded = variant("shares: quota", "shares: quote");
    CHECK(loaded.messages().find("arge.yaml:7:11: error: shares must be one of tasks | quota, "
                                 "found 'quote' (did you mean 'quota'?)") == 0);
}
