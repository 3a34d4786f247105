#pragma once
// Helpers for the property tests: which seeds to run, loading a generated case
// through the real loaders (asserting that nothing is reported), settling it,
// and exact text forms of lines for comparisons that print well on failure.
//
// Environment (all optional):
//   AUSGLEICH_PROPERTY_SEEDS=N   run seeds 1..N (default 200)
//   AUSGLEICH_PROPERTY_SEED=S    run only seed S (to reproduce a failure)
//   AUSGLEICH_PROPERTY_DUMP=DIR  write every loaded case to DIR/<seed>-<variant>/
//                                (arge.yaml, rules/*.yaml, period.txt) for the CLI

#include "../unit/settlement_fixture.hpp"
#include "arge_generator.hpp"
#include "ausgleich/arge_check.hpp"

#include <catch2/catch.hpp>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace ausgleich::test {

/// The seeds every property runs over.
inline std::vector<std::uint64_t> property_seeds() {
    if (const char* one = std::getenv("AUSGLEICH_PROPERTY_SEED"); one != nullptr && *one != 0) {
        return {std::stoull(one)};
    }
    std::uint64_t count = 200;
    if (const char* many = std::getenv("AUSGLEICH_PROPERTY_SEEDS"); many != nullptr && *many != 0) {
        count = std::stoull(many);
    }
    std::vector<std::uint64_t> seeds;
    for (std::uint64_t seed = 1; seed <= count; ++seed) {
        seeds.push_back(seed);
    }
    return seeds;
}

/// Writes the files of a case below `dir` in the layout `ausgleich settle` reads:
/// `ausgleich settle DIR/arge.yaml --rules DIR/rules --period "$(cat DIR/period.txt)"`.
inline void write_case(const GeneratedFiles& files, const std::filesystem::path& dir) {
    std::filesystem::create_directories(dir / "rules");
    const auto write = [](const std::filesystem::path& path, const std::string& text) {
        std::ofstream(path, std::ios::binary) << text;
    };
    for (std::size_t i = 0; i < files.rates.size(); ++i) {
        write(dir / "rules" / ("rates-" + std::to_string(i) + ".yaml"), files.rates[i]);
    }
    write(dir / "rules" / "tasks.yaml", files.tasks);
    write(dir / "arge.yaml", files.arge);
    write(dir / "period.txt", files.period + "\n");
}

/// Loads a generated case into `fixture` and asserts that the loaders and the
/// checks against the rules (what `validate` runs) report nothing at all.
inline void load_case(SettlementFixture& fixture, const GeneratedFiles& files, std::uint64_t seed,
                      const std::string& variant) {
    if (const char* dump = std::getenv("AUSGLEICH_PROPERTY_DUMP"); dump != nullptr && *dump != 0) {
        write_case(files, std::filesystem::path(dump) / (std::to_string(seed) + "-" + variant));
    }
    for (std::size_t i = 0; i < files.rates.size(); ++i) {
        REQUIRE_NOTHROW(fixture.add_rates(files.rates[i], "rates-" + std::to_string(i) + ".yaml"));
    }
    REQUIRE_NOTHROW(fixture.add_tasks(files.tasks));
    REQUIRE_NOTHROW(fixture.load_arge(files.arge));
    Diagnostics messages;
    check_arge_against_rules(fixture.arge(), fixture.tasks(), fixture.rates(), messages);
    INFO(messages.format_all());
    REQUIRE(messages.all().empty());
}

/// Settles `period` and asserts that it succeeds without a message.
inline Settlement settle_case(SettlementFixture& fixture, const std::string& period) {
    fixture.diagnostics = Diagnostics();
    auto settlement = fixture.settle(period);
    INFO("period " << period << "\n" << fixture.diagnostics.format_all());
    REQUIRE(fixture.diagnostics.all().empty());
    REQUIRE(settlement.has_value());
    return std::move(*settlement);
}

/// An exact value as text: "n/d", or "n" for an integer.
inline std::string exact(const Rational& value) {
    return value.str();
}

/// Every field of a line, exact values as fractions: equal texts mean equal lines.
inline std::string describe(const Line& line) {
    std::string text = line.staff_id + " " + line.employer + " " + line.pay_group + " " +
                       line.debtor + "->" + line.creditor + " days " + std::to_string(line.days) +
                       " fte " + exact(line.fte) + " share " + exact(line.share) + " |";
    for (const auto& component : line.components) {
        text += " " + component.id + " " + exact(component.exact) + " " + exact(component.amount);
    }
    return text + " | exact " + exact(line.exact) + " amount " + exact(line.amount);
}

/// Every field of a total.
inline std::string describe(const Total& total) {
    return total.debtor + "->" + total.creditor + " exact " + exact(total.exact) + " amount " +
           exact(total.amount) + " difference " +
           (total.rounding_difference ? exact(*total.rounding_difference) : "none");
}

/// Every field of a net payment.
inline std::string describe(const NetPayment& net) {
    return net.debtor + "->" + net.creditor + " " + exact(net.amount);
}

} // namespace ausgleich::test
