// The generator behind the property tests: reproducible on every standard
// library, and varied enough that the properties see every policy and layout.

#include "arge_generator.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <limits>
#include <random>
#include <set>
#include <string>
#include <vector>

using ausgleich::test::ArgeGenerator;
using ausgleich::test::GeneratorOptions;
using ausgleich::test::Random;

TEST_CASE("the generator draws the same numbers from the same seed on every platform",
          "[property][generator]") {
    // The standard fixes the 10000th output of a default-constructed mt19937_64.
    std::mt19937_64 engine;
    engine.discard(9999);
    CHECK(engine() == 9981545732273789042ULL);

    // Random::below is integer arithmetic on that output, so these hold everywhere.
    Random random(2005);
    std::vector<std::uint64_t> drawn;
    for (int i = 0; i < 6; ++i) {
        drawn.push_back(random.below(1000));
    }
    CHECK(drawn == std::vector<std::uint64_t>{228, 837, 520, 8, 554, 340});
}

TEST_CASE("bounded random integers stay within their bounds", "[property][generator]") {
    Random random(7);
    const std::uint64_t huge = std::numeric_limits<std::uint64_t>::max() / 2 + 2;
    for (int i = 0; i < 1000; ++i) {
        CHECK(random.below(1) == 0);
        CHECK(random.below(huge) < huge);
        const long value = random.between(-3, 3);
        CHECK(value >= -3);
        CHECK(value <= 3);
    }
}

TEST_CASE("the same seed gives the same files and another seed other files",
          "[property][generator]") {
    const auto first = ArgeGenerator(42).render();
    const auto again = ArgeGenerator(42).render();
    CHECK(first.arge == again.arge);
    CHECK(first.tasks == again.tasks);
    CHECK(first.rates == again.rates);
    CHECK(first.period == again.period);
    CHECK(ArgeGenerator(43).render().arge != first.arge);

    GeneratorOptions shuffled;
    shuffled.shuffle_seed = 1;
    CHECK(ArgeGenerator(42).render(shuffled).arge != first.arge);
    CHECK(ArgeGenerator(42).render(shuffled).arge == ArgeGenerator(42).render(shuffled).arge);
}

TEST_CASE("seeds 1 to 200 cover every policy value and input layout", "[property][generator]") {
    std::set<std::string> seen;
    for (std::uint64_t seed = 1; seed <= 200; ++seed) {
        const ArgeGenerator generator(seed);
        const auto& model = generator.model();
        const auto& policy = model.policy;
        seen.insert(policy.present ? "policy" : "no policy");
        seen.insert("round " + policy.round.value_or("default"));
        seen.insert("proration " + policy.proration.value_or("default"));
        seen.insert("rounding " + policy.rounding.value_or("default"));
        seen.insert("fte_decimals " + policy.fte_decimals.value_or("default"));
        seen.insert("tables " + model.rates.front().id);
        seen.insert("partners " + std::to_string(model.partners.size()));
        seen.insert(model.staff.size() == 1 ? "one staff" : "several staff");
        if (model.staff.size() >= 35) {
            seen.insert("35+ staff");
        }
        const auto& period = model.period;
        seen.insert(period.size() == 4   ? "period year"
                    : period[5] == 'Q'   ? "period quarter"
                    : period.size() == 7 ? "period month"
                                         : "period range");
        for (const auto& table : model.rates) {
            seen.insert(table.pay_groups.back().id == "*" ? "flat rate" : "no flat rate");
            for (const auto& surcharge : table.surcharges) {
                seen.insert(std::string(surcharge.percent_hundredths ? "percent" : "annual") +
                            " surcharge for " + surcharge.applies_to);
            }
        }
        for (const auto& partner : model.partners) {
            seen.insert(partner.full_time_hundredths ? "partner hours" : "partner without hours");
        }
        for (const auto& task : model.tasks) {
            seen.insert(task.owners.size() > 1 ? "split task" : "single-owner task");
            seen.insert(task.local ? "local task" : "catalog task");
        }
        for (const auto& staff : model.staff) {
            seen.insert(staff.flow ? "flow staff" : "block staff");
            seen.insert(staff.pay_group[0] == 'X' ? "pay group under *" : "listed pay group");
            seen.insert(staff.full_time_hundredths ? "staff hours" : "employer hours");
            seen.insert(std::to_string(staff.assignments.size()) + " assignments");
            for (const auto& assignment : staff.assignments) {
                seen.insert(!assignment.to                      ? "open-ended"
                            : *assignment.to == assignment.from ? "single day"
                                                                : "date range");
                seen.insert(assignment.weekly_hours_hundredths ? "weekly_hours" : "fte");
                if (assignment.fte_ten_thousandths == 10000) {
                    seen.insert("fte 1");
                }
                if (assignment.quoted) {
                    seen.insert("quoted");
                }
                for (const auto& share : assignment.tasks) {
                    seen.insert(share.partner ? "partner id as task" : "catalog code as task");
                    seen.insert(share.tenths % 10 == 0 ? "whole percent" : "one-decimal percent");
                }
            }
        }
    }
    const std::vector<std::string> expected = {"policy",
                                               "no policy",
                                               "round per-line",
                                               "round per-component",
                                               "round per-total",
                                               "round default",
                                               "proration days",
                                               "proration months",
                                               "proration default",
                                               "rounding half-up",
                                               "rounding half-even",
                                               "rounding default",
                                               "fte_decimals 0",
                                               "fte_decimals 6",
                                               "fte_decimals null",
                                               "fte_decimals default",
                                               "tables gen-2005-2006",
                                               "tables bmf-2005",
                                               "tables gen-a",
                                               "partners 2",
                                               "partners 3",
                                               "partners 4",
                                               "one staff",
                                               "several staff",
                                               "35+ staff",
                                               "period year",
                                               "period quarter",
                                               "period month",
                                               "period range",
                                               "flat rate",
                                               "no flat rate",
                                               "percent surcharge for beamte",
                                               "percent surcharge for tarif",
                                               "percent surcharge for all",
                                               "annual surcharge for beamte",
                                               "annual surcharge for tarif",
                                               "annual surcharge for all",
                                               "partner hours",
                                               "partner without hours",
                                               "split task",
                                               "single-owner task",
                                               "local task",
                                               "catalog task",
                                               "flow staff",
                                               "block staff",
                                               "pay group under *",
                                               "listed pay group",
                                               "staff hours",
                                               "employer hours",
                                               "1 assignments",
                                               "2 assignments",
                                               "3 assignments",
                                               "open-ended",
                                               "single day",
                                               "date range",
                                               "weekly_hours",
                                               "fte",
                                               "fte 1",
                                               "quoted",
                                               "partner id as task",
                                               "catalog code as task",
                                               "whole percent",
                                               "one-decimal percent"};
    for (const auto& feature : expected) {
        INFO(feature);
        CHECK(seen.count(feature) == 1);
    }
}
