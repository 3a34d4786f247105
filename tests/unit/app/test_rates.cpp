// app::list_rates with the one rates table of tests/cli/verify (2005 only).

#include "ausgleich/app/rates.hpp"

#include <catch2/catch.hpp>
#include <filesystem>

namespace {

using namespace ausgleich;

std::vector<std::string> verify_rules() {
    return {(std::filesystem::path(AUSGLEICH_TEST_SOURCE_DIR) / "tests/cli/verify/rules").string()};
}

} // namespace

TEST_CASE("rates lists the table in force on a day", "[app][rates]") {
    Diagnostics diagnostics;
    const auto listing =
        app::list_rates(RatesQuery{Date(2005, 6, 30), std::nullopt}, verify_rules(), diagnostics);
    CHECK_FALSE(diagnostics.has_errors());
    REQUIRE(listing->tables.size() == 1);
    CHECK(listing->tables.front()->id == "verify-test-2005");
    CHECK(listing->no_table.empty());
    CHECK(listing->rules.opened_paths.size() == 1);
}

TEST_CASE("rates on a day no table covers says so and names the days covered", "[app][rates]") {
    Diagnostics diagnostics;
    const auto listing =
        app::list_rates(RatesQuery{Date(2007, 1, 1), std::nullopt}, verify_rules(), diagnostics);
    CHECK_FALSE(diagnostics.has_errors());
    CHECK(listing->tables.empty());
    CHECK(listing->no_table.find("no rates table in force on 2007-01-01") == 0);
    CHECK(listing->no_table.find("2005-01-01..2005-12-31") != std::string::npos);
}
