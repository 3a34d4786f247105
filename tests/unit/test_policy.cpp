// The one name table of policy.hpp: every value has one word, the words of an
// option are distinct, and the ARGE loader and the settlement reader accept
// exactly these words (SPEC 3.3, 6.1).

#include "ausgleich/policy.hpp"
#include "test_support.hpp"

#include <catch2/catch.hpp>
#include <set>

namespace {

using namespace ausgleich;

template <typename Enum> void check_option(const std::vector<std::string>& spec_words) {
    const auto words = policy_words<Enum>();
    CHECK(std::vector<std::string>(words.begin(), words.end()) == spec_words);
    for (const auto& word : PolicyOption<Enum>::words) {
        CHECK(policy_value<Enum>(word.name) == word.value);
        CHECK(policy_word(word.value) == word.name);
    }
    CHECK_FALSE(policy_value<Enum>(""));
    CHECK_FALSE(policy_value<Enum>("Days"));
}

} // namespace

TEST_CASE("each policy option has the words of SPEC 3.3, one per value", "[policy]") {
    check_option<Proration>({"days", "months"});
    check_option<RoundingMode>({"half-up", "half-even"});
    check_option<RoundingPolicy>({"per-line", "per-component", "per-total"});
    CHECK(PolicyOption<Proration>::key == "proration");
    CHECK(PolicyOption<RoundingMode>::key == "rounding");
    CHECK(PolicyOption<RoundingPolicy>::key == "round");
}

TEST_CASE("the defaults of the policy block are those of SPEC 3.3", "[policy]") {
    const Policy policy;
    CHECK(to_string(policy.proration) == "days");
    CHECK(policy.fte_decimals == 4);
    CHECK(to_string(policy.rounding) == "half-up");
    CHECK(to_string(policy.round) == "per-line");
}

TEST_CASE("a policy value without a word is a bug, not a silent default", "[policy]") {
    CHECK_THROWS_AS(policy_word(static_cast<RoundingPolicy>(7)), std::logic_error);
}
