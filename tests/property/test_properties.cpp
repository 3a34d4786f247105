// Properties of SPEC section 4 that must hold for every valid input, checked on
// randomly generated ARGE files (arge_generator.hpp), 200 seeds each by default.
// Every failure names its seed; AUSGLEICH_PROPERTY_SEED=S reruns just that one
// and AUSGLEICH_PROPERTY_DUMP=DIR writes its files (property_support.hpp).

#include "arge_generator.hpp"
#include "ausgleich/fixed_point_lines.hpp"
#include "ausgleich/report/json_report.hpp"
#include "property_support.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

using ausgleich::InputRecord;
using ausgleich::Line;
using ausgleich::NetPayment;
using ausgleich::Rational;
using ausgleich::RoundingMode;
using ausgleich::Settlement;
using ausgleich::Total;
using ausgleich::report::settlement_json;
using ausgleich::test::ArgeGenerator;
using ausgleich::test::describe;
using ausgleich::test::exact;
using ausgleich::test::GeneratorOptions;
using ausgleich::test::load_case;
using ausgleich::test::property_seeds;
using ausgleich::test::Random;
using ausgleich::test::settle_case;
using ausgleich::test::SettlementFixture;

namespace {

// Every property with both arithmetic paths compared for every staff member
// (issue 13): a difference throws ArithmeticMismatch and fails the test case.
[[maybe_unused]] const bool g_both_paths = (ausgleich::set_arithmetic_check(true), true);

using PartnerPair = std::pair<std::string, std::string>;

Rational to_cents(const Rational& value, RoundingMode mode) {
    return ausgleich::round_to_places(value, 2, mode);
}

// The net entry of the unordered pair {a, b}, or nullptr.
const NetPayment* find_net(const Settlement& settlement, const std::string& a,
                           const std::string& b) {
    for (const auto& net : settlement.net) {
        if ((net.debtor == a && net.creditor == b) || (net.debtor == b && net.creditor == a)) {
            return &net;
        }
    }
    return nullptr;
}

// SPEC 4 "Net" from the totals: for each pair with a line between them (SPEC
// 6.1), in byte order, the larger debtor pays; a pair without a line has no entry.
void check_net_from_totals(const Settlement& settlement, std::vector<std::string> ids) {
    std::map<PartnerPair, Rational> owed;
    for (const auto& total : settlement.totals) {
        owed[{total.debtor, total.creditor}] = total.amount;
    }
    std::sort(ids.begin(), ids.end());
    std::vector<NetPayment> expected;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        for (std::size_t j = i + 1; j < ids.size(); ++j) {
            if (owed.count({ids[i], ids[j]}) == 0 && owed.count({ids[j], ids[i]}) == 0) {
                continue;
            }
            const Rational difference = owed[{ids[i], ids[j]}] - owed[{ids[j], ids[i]}];
            expected.push_back(difference >= 0 ? NetPayment{ids[i], ids[j], difference}
                                               : NetPayment{ids[j], ids[i], Rational(-difference)});
        }
    }
    REQUIRE(settlement.net.size() == expected.size());
    for (std::size_t index = 0; index < expected.size(); ++index) {
        CHECK(describe(settlement.net[index]) == describe(expected[index]));
    }
}

// Maps every partner id of a settlement through `back`.
Settlement renamed_back(Settlement settlement, const std::map<std::string, std::string>& back) {
    for (auto& line : settlement.lines) {
        line.employer = back.at(line.employer);
        line.debtor = back.at(line.debtor);
        line.creditor = back.at(line.creditor);
    }
    for (auto& total : settlement.totals) {
        total.debtor = back.at(total.debtor);
        total.creditor = back.at(total.creditor);
    }
    for (auto& net : settlement.net) {
        net.debtor = back.at(net.debtor);
        net.creditor = back.at(net.creditor);
    }
    std::sort(settlement.lines.begin(), settlement.lines.end(), [](const Line& a, const Line& b) {
        return std::tie(a.staff_id, a.debtor) < std::tie(b.staff_id, b.debtor);
    });
    std::sort(settlement.totals.begin(), settlement.totals.end(),
              [](const Total& a, const Total& b) {
                  return std::tie(a.debtor, a.creditor) < std::tie(b.debtor, b.creditor);
              });
    return settlement;
}

// Lines and totals of two settlements are the same in every field.
void check_same_lines_and_totals(const Settlement& actual, const Settlement& expected) {
    REQUIRE(actual.lines.size() == expected.lines.size());
    for (std::size_t i = 0; i < actual.lines.size(); ++i) {
        CHECK(describe(actual.lines[i]) == describe(expected.lines[i]));
    }
    REQUIRE(actual.totals.size() == expected.totals.size());
    for (std::size_t i = 0; i < actual.totals.size(); ++i) {
        CHECK(describe(actual.totals[i]) == describe(expected.totals[i]));
    }
}

// Partner ids for a renaming: the same byte order as `ids`, or a random one.
std::vector<std::string> new_partner_ids(Random& random, const std::vector<std::string>& ids,
                                         bool keep_order) {
    std::vector<std::string> pool = {
        "agentur", "kommune", "kreis",     "stadt",          "aa-nord", "z9",     "m_1",
        "0-zero",  "2005",    "kommune-a", "landkreis_sued", "x",       "jc-west"};
    random.shuffle(pool);
    std::vector<std::string> result(pool.begin(), pool.begin() + static_cast<long>(ids.size()));
    if (keep_order) {
        // The i-th smallest old id gets the i-th smallest new one.
        std::sort(result.begin(), result.end());
        std::vector<std::string> sorted_old = ids;
        std::sort(sorted_old.begin(), sorted_old.end());
        std::vector<std::string> by_index;
        for (const auto& id : ids) {
            const auto rank =
                std::find(sorted_old.begin(), sorted_old.end(), id) - sorted_old.begin();
            by_index.push_back(result[static_cast<std::size_t>(rank)]);
        }
        return by_index;
    }
    return result;
}

const std::vector<InputRecord> k_inputs = {
    {"arge", "", "arge.yaml", std::string(64, '0'), "", std::nullopt, true}};

} // namespace

TEST_CASE("rounded lines add up to their totals under each rounding policy", "[property]") {
    for (const std::uint64_t seed : property_seeds()) {
        INFO("seed " << seed);
        const ArgeGenerator generator(seed);
        for (const std::string round : {"per-line", "per-component", "per-total"}) {
            INFO("round " << round);
            GeneratorOptions options;
            options.round = round;
            const auto files = generator.render(options);
            SettlementFixture fixture;
            load_case(fixture, files, seed, round);
            const Settlement settlement = settle_case(fixture, files.period);
            const RoundingMode mode = fixture.arge().policy.rounding;

            std::map<PartnerPair, Rational> sum_of_amounts;
            std::map<PartnerPair, Rational> sum_of_exact;
            for (const auto& line : settlement.lines) {
                INFO(describe(line));
                Rational components_exact = 0;
                Rational components_rounded = 0;
                for (const auto& component : line.components) {
                    CHECK(exact(component.amount) == exact(to_cents(component.exact, mode)));
                    components_exact += component.exact;
                    components_rounded += component.amount;
                }
                CHECK(exact(line.exact) == exact(components_exact));
                CHECK(exact(line.amount) == exact(round == "per-component"
                                                      ? components_rounded
                                                      : to_cents(line.exact, mode)));
                sum_of_amounts[{line.debtor, line.creditor}] += line.amount;
                sum_of_exact[{line.debtor, line.creditor}] += line.exact;
            }
            REQUIRE(settlement.totals.size() == sum_of_amounts.size());
            for (const auto& total : settlement.totals) {
                INFO(describe(total));
                const PartnerPair pair{total.debtor, total.creditor};
                REQUIRE(sum_of_amounts.count(pair) == 1);
                CHECK(exact(total.exact) == exact(sum_of_exact[pair]));
                if (round == "per-total") {
                    CHECK(exact(total.amount) == exact(to_cents(sum_of_exact[pair], mode)));
                    REQUIRE(total.rounding_difference.has_value());
                    CHECK(exact(*total.rounding_difference) ==
                          exact(total.amount - sum_of_amounts[pair]));
                } else {
                    CHECK(exact(total.amount) == exact(sum_of_amounts[pair]));
                    CHECK_FALSE(total.rounding_difference.has_value());
                }
            }
            check_net_from_totals(settlement, fixture.arge().partner_ids());
        }
    }
}

TEST_CASE("renaming partners and reordering staff and keys changes nothing but the names",
          "[property]") {
    for (const std::uint64_t seed : property_seeds()) {
        INFO("seed " << seed);
        const ArgeGenerator generator(seed);
        const auto base_files = generator.render();
        SettlementFixture base_fixture;
        load_case(base_fixture, base_files, seed, "base");
        const Settlement base = settle_case(base_fixture, base_files.period);
        const auto base_json = settlement_json({base, base_fixture.arge(), k_inputs, {}});

        Random random(seed ^ 0x5eed'0000'0000ULL);
        const std::vector<std::string> variants = {"reordered", "renamed-in-order",
                                                   "renamed-any-order"};
        for (const std::string& variant : variants) {
            INFO("variant " << variant);
            GeneratorOptions options;
            options.shuffle_seed = seed * 3 + 1;
            if (variant != "reordered") {
                options.partner_ids =
                    new_partner_ids(random, base_files.partner_ids, variant == "renamed-in-order");
            }
            const auto files = generator.render(options);
            std::map<std::string, std::string> back;
            for (std::size_t p = 0; p < files.partner_ids.size(); ++p) {
                back[files.partner_ids[p]] = base_files.partner_ids[p];
            }
            SettlementFixture fixture;
            load_case(fixture, files, seed, variant);
            const Settlement settlement = settle_case(fixture, files.period);
            if (variant == "reordered") {
                CHECK(settlement_json({settlement, fixture.arge(), k_inputs, {}}) == base_json);
            }

            check_same_lines_and_totals(renamed_back(settlement, back), base);
            REQUIRE(settlement.net.size() == base.net.size());
            for (const auto& net : settlement.net) {
                INFO(describe(net));
                const NetPayment* expected =
                    find_net(base, back.at(net.debtor), back.at(net.creditor));
                REQUIRE(expected != nullptr);
                CHECK(exact(net.amount) == exact(expected->amount));
                if (expected->amount != 0) {
                    CHECK(back.at(net.debtor) == expected->debtor);
                } else {
                    // Equal totals: the debtor is the pair's first id in byte order,
                    // whichever names the partners have.
                    CHECK(net.debtor == std::min(net.debtor, net.creditor));
                    CHECK(expected->debtor == std::min(expected->debtor, expected->creditor));
                }
            }
        }
    }
}

TEST_CASE("the exact values of the four quarters of 2005 add up to those of the year",
          "[property]") {
    using LineKey = std::tuple<std::string, std::string, std::string>;
    for (const std::uint64_t seed : property_seeds()) {
        INFO("seed " << seed);
        const auto files = ArgeGenerator(seed).render();
        SettlementFixture fixture;
        load_case(fixture, files, seed, "year");

        std::map<LineKey, Rational> quarters;
        std::map<std::pair<LineKey, std::string>, Rational> quarter_components;
        std::map<PartnerPair, Rational> quarter_totals;
        for (const std::string quarter : {"2005-Q1", "2005-Q2", "2005-Q3", "2005-Q4"}) {
            const Settlement settlement = settle_case(fixture, quarter);
            for (const auto& line : settlement.lines) {
                const LineKey key{line.staff_id, line.debtor, line.creditor};
                quarters[key] += line.exact;
                for (const auto& component : line.components) {
                    quarter_components[{key, component.id}] += component.exact;
                }
            }
            for (const auto& total : settlement.totals) {
                quarter_totals[{total.debtor, total.creditor}] += total.exact;
            }
        }

        const Settlement year = settle_case(fixture, "2005");
        std::set<LineKey> year_keys;
        for (const auto& line : year.lines) {
            const LineKey key{line.staff_id, line.debtor, line.creditor};
            INFO(describe(line));
            year_keys.insert(key);
            REQUIRE(quarters.count(key) == 1);
            CHECK(exact(line.exact) == exact(quarters[key]));
            for (const auto& component : line.components) {
                INFO("component " << component.id);
                CHECK(exact(component.exact) == exact(quarter_components[{key, component.id}]));
            }
        }
        CHECK(year_keys.size() == quarters.size());
        REQUIRE(year.totals.size() == quarter_totals.size());
        for (const auto& total : year.totals) {
            INFO(describe(total));
            CHECK(exact(total.exact) == exact(quarter_totals[{total.debtor, total.creditor}]));
        }
    }
}

TEST_CASE("doubling every rate doubles every exact value", "[property]") {
    for (const std::uint64_t seed : property_seeds()) {
        INFO("seed " << seed);
        const ArgeGenerator generator(seed);
        const auto files = generator.render();
        GeneratorOptions doubled_options;
        doubled_options.rate_factor = 2;
        const auto doubled_files = generator.render(doubled_options);
        SettlementFixture fixture;
        load_case(fixture, files, seed, "rates-x1");
        SettlementFixture doubled_fixture;
        load_case(doubled_fixture, doubled_files, seed, "rates-x2");
        const Settlement base = settle_case(fixture, files.period);
        const Settlement doubled = settle_case(doubled_fixture, files.period);

        REQUIRE(doubled.lines.size() == base.lines.size());
        for (std::size_t i = 0; i < base.lines.size(); ++i) {
            const Line& line = base.lines[i];
            const Line& twice = doubled.lines[i];
            INFO(describe(line) << "\n" << describe(twice));
            REQUIRE(std::tie(twice.staff_id, twice.debtor, twice.creditor) ==
                    std::tie(line.staff_id, line.debtor, line.creditor));
            CHECK(exact(twice.exact) == exact(2 * line.exact));
            REQUIRE(twice.components.size() == line.components.size());
            for (std::size_t c = 0; c < line.components.size(); ++c) {
                CHECK(twice.components[c].id == line.components[c].id);
                CHECK(exact(twice.components[c].exact) == exact(2 * line.components[c].exact));
            }
        }
        REQUIRE(doubled.totals.size() == base.totals.size());
        for (std::size_t i = 0; i < base.totals.size(); ++i) {
            INFO(describe(base.totals[i]) << "\n" << describe(doubled.totals[i]));
            CHECK(exact(doubled.totals[i].exact) == exact(2 * base.totals[i].exact));
        }
    }
}

TEST_CASE("a partner without staff or tasks neither gets nor owes anything", "[property]") {
    const std::vector<std::string> idle_ids = {"a-idle", "m-idle", "zz-idle", "0idle"};
    for (const std::uint64_t seed : property_seeds()) {
        INFO("seed " << seed);
        const ArgeGenerator generator(seed);
        const auto files = generator.render();
        GeneratorOptions options;
        options.extra_partner = idle_ids[seed % idle_ids.size()];
        options.shuffle_seed = seed; // so that the idle partner is not always last
        const auto idle_files = generator.render(options);
        const std::string& idle = *options.extra_partner;
        INFO("idle partner " << idle);

        SettlementFixture fixture;
        load_case(fixture, files, seed, "without-idle");
        SettlementFixture idle_fixture;
        load_case(idle_fixture, idle_files, seed, "with-idle");
        const Settlement base = settle_case(fixture, files.period);
        const Settlement settlement = settle_case(idle_fixture, files.period);

        for (const auto& line : settlement.lines) {
            CHECK(line.debtor != idle);
            CHECK(line.creditor != idle);
        }
        for (const auto& total : settlement.totals) {
            CHECK(total.debtor != idle);
            CHECK(total.creditor != idle);
        }
        // Everything else is as if the partner were not there.
        check_same_lines_and_totals(settlement, base);
        // The idle partner has no line, so no net entry (SPEC 6.1): the net
        // payments are exactly those without it.
        REQUIRE(settlement.net.size() == base.net.size());
        for (const auto& net : settlement.net) {
            INFO(describe(net));
            CHECK(net.debtor != idle);
            CHECK(net.creditor != idle);
            const NetPayment* expected = find_net(base, net.debtor, net.creditor);
            REQUIRE(expected != nullptr);
            CHECK(describe(net) == describe(*expected));
        }
    }
}

TEST_CASE("settling the same generated input twice gives byte-identical JSON", "[property]") {
    for (const std::uint64_t seed : property_seeds()) {
        INFO("seed " << seed);
        const auto files = ArgeGenerator(seed).render();
        SettlementFixture first;
        load_case(first, files, seed, "first");
        SettlementFixture second;
        load_case(second, files, seed, "second");
        const std::string json =
            settlement_json({settle_case(first, files.period), first.arge(), k_inputs, {}});
        CHECK(settlement_json({settle_case(second, files.period), second.arge(), k_inputs, {}}) ==
              json);
        CHECK(settlement_json({settle_case(first, files.period), first.arge(), k_inputs, {}}) ==
              json);
    }
}
