// SPEC 4 step 3: partner shares, in fixed point and with rationals.
#include "ausgleich/partner_shares.hpp"

#include <catch2/catch.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

using ausgleich::Assignment;
using ausgleich::OwnerShare;
using ausgleich::parse_decimal;
using ausgleich::PartnerShare;
using ausgleich::Task;
using ausgleich::TaskLookup;
using ausgleich::TaskRegistry;
using ausgleich::TaskShare;

namespace {

Task task(const std::string& code, const std::vector<std::pair<std::string, std::string>>& owners) {
    Task result;
    result.code = code;
    for (const auto& [partner, percent] : owners) {
        result.owners.push_back(OwnerShare{partner, parse_decimal(percent), {}});
    }
    return result;
}

Assignment assignment(const std::vector<std::pair<std::string, std::string>>& tasks) {
    std::vector<TaskShare> shares;
    for (const auto& [code, percent] : tasks) {
        shares.push_back(TaskShare{code, parse_decimal(percent), {}});
    }
    return Assignment{ausgleich::Date(2005, 1, 1),
                      std::nullopt,
                      std::nullopt,
                      parse_decimal("1"),
                      shares,
                      {},
                      {},
                      {},
                      std::nullopt,
                      {}};
}

// "partner=exact share; ..." in the order given.
std::string describe(const std::vector<PartnerShare>& shares) {
    std::string out;
    for (const auto& share : shares) {
        out += share.partner + "=" + share.share.str() + "; ";
    }
    return out;
}

const std::vector<Task> k_tasks = {
    task("alg2", {{"agentur", "100"}}),
    task("leitung", {{"agentur", "87.4"}, {"kommune", "12.6"}}),
    task("amt", {{"zweckverband", "50"}, {"kreis", "50"}, {"agentur", "0"}}),
    task("fein", {{"agentur", "33.33333333333333333333"}, {"kommune", "66.66666666666666666667"}}),
};

} // namespace

TEST_CASE("partner shares add pct × ownerpct / 10000 per partner, in byte order of the ids",
          "[settlement][shares]") {
    const TaskRegistry registry;
    const TaskLookup lookup(k_tasks, registry, {"agentur", "kommune", "kreis", "zweckverband"});
    // 60 % alg2 + 40 % leitung: agentur 0.6 + 0.4 × 0.874 = 0.9496, kommune 0.4 × 0.126.
    const auto mixed = assignment({{"alg2", "60"}, {"leitung", "40"}});
    CHECK(describe(partner_shares(mixed, lookup)) == "agentur=1187/1250; kommune=63/1250; ");
    // zweckverband comes first in the task, kreis after it: the result is in
    // byte order; agentur owns 0 % of amt and has no share; unknown codes are skipped.
    const auto spread = assignment({{"amt", "99.5"}, {"alg2", "0.5"}, {"nicht-da", "0"}});
    CHECK(describe(partner_shares(spread, lookup)) ==
          "agentur=1/200; kreis=199/400; zweckverband=199/400; ");
    // A partner that owns 0 % of the only task has no share at all.
    const auto county = assignment({{"amt", "100"}});
    CHECK(describe(partner_shares(county, lookup)) == "kreis=1/2; zweckverband=1/2; ");
    for (const auto* one : {&mixed, &spread, &county}) {
        const auto fixed = fixed_partner_shares(*one, lookup);
        REQUIRE(fixed.has_value());
        CHECK(describe(*fixed) == describe(rational_partner_shares(*one, lookup)));
    }
}

TEST_CASE("partner shares whose figures do not fit 128 bits are taken from the rational path",
          "[settlement][shares]") {
    const TaskRegistry registry;
    const TaskLookup lookup(k_tasks, registry, {"agentur", "kommune"});
    // 20 decimals × 20 decimals: a denominator of 10^40 > 2^127.
    const auto fine =
        assignment({{"fein", "99.99999999999999999999"}, {"alg2", "0.00000000000000000001"}});
    CHECK_FALSE(fixed_partner_shares(fine, lookup).has_value());
    const auto shares = partner_shares(fine, lookup);
    REQUIRE(shares.size() == 2);
    // agentur: (1 - 10^-22) × 0.3333…33 (22 decimals) + 10^-22; the two shares sum to exactly 1.
    CHECK(shares[0].partner == "agentur");
    CHECK(shares[0].share ==
          parse_decimal("0.9999999999999999999999") * parse_decimal("0.3333333333333333333333") +
              parse_decimal("0.0000000000000000000001"));
    CHECK(shares[0].share + shares[1].share == 1);
    CHECK(describe(shares) == describe(rational_partner_shares(fine, lookup)));
}
