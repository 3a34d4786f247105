// app::explain_staff on the small ARGE of tests/cli/verify for 2005-Q2 (91
// days, 36500.00 a year = 100.00 a day). V02: A9, 1 FTE, 25 % kommune tasks,
// employed by the agentur: base 100 × 91 × 0.25 = 2275.00, versorgung 30 % =
// 682.50, line 2957.50 owed by the kommune.

#include "ausgleich/app/explain.hpp"
#include "ausgleich/figures.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

using namespace ausgleich;

std::string source(const std::string& relative) {
    return (std::filesystem::path(AUSGLEICH_TEST_SOURCE_DIR) / relative).string();
}

app::ExplainRequest request_for(const std::string& staff_id) {
    return app::ExplainRequest{source("tests/cli/verify/arge.yaml"),
                               parse_period("2005-Q2"),
                               staff_id,
                               {source("tests/cli/verify/rules")}};
}

} // namespace

TEST_CASE("explain derives the staff member and hands out the settlement's own lines",
          "[app][explain]") {
    Diagnostics diagnostics;
    const auto outcome = app::explain_staff(request_for("V02"), diagnostics);
    CHECK(diagnostics.format_all().empty());
    REQUIRE(outcome->derivation);
    CHECK(outcome->derivation->days == 91);
    REQUIRE(outcome->derivation->segments.size() == 1);
    REQUIRE(outcome->lines.size() == 1);
    const Line& line = outcome->lines.front();
    CHECK(line.debtor == "kommune");
    CHECK(line.creditor == "agentur");
    CHECK(money(line.amount) == "2957.50");
    REQUIRE(line.components.size() == 2);
    CHECK(money(line.components[0].amount) == "2275.00");
    CHECK(money(line.components[1].amount) == "682.50");
    const report::StaffExplanation explanation = outcome->explanation();
    CHECK(explanation.staff.id == "V02");
    CHECK(&explanation.lines == &outcome->lines);
}

TEST_CASE("explain of an unknown staff id suggests the closest id of the file", "[app][explain]") {
    Diagnostics diagnostics;
    const auto outcome = app::explain_staff(request_for("V2"), diagnostics);
    CHECK_FALSE(outcome->derivation);
    CHECK(diagnostics.format_all() ==
          source("tests/cli/verify/arge.yaml") +
              ": error: staff id 'V2' is not in this file (did you mean 'V02'?)\n");
    CHECK_THROWS_AS(outcome->explanation(), std::logic_error);
}

TEST_CASE("explain finds a staff id typed in another Unicode normal form", "[app][explain]") {
    // The file names V01 "MÜ1" with a composed Ü (U+00DC); the request types it
    // decomposed (U+0055 U+0308), as some keyboards and file names do. V01: E9,
    // 20 of 40 hours, half agentur tasks: 100 × 91 × 0.5 × 0.5 = 2275.00.
    const auto folder = std::filesystem::temp_directory_path() / "ausgleich-test-explain-nfc";
    std::filesystem::create_directories(folder);
    std::string arge;
    {
        std::ifstream in(source("tests/cli/verify/arge.yaml"), std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        arge = text.str();
    }
    arge.replace(arge.find("id: V01"), 7, "id: M\u00dc1");
    std::ofstream(folder / "arge.yaml", std::ios::binary) << arge;
    auto request = request_for("MU\u03081");
    request.arge_path = (folder / "arge.yaml").string();
    Diagnostics diagnostics;
    const auto outcome = app::explain_staff(request, diagnostics);
    std::filesystem::remove_all(folder);
    CHECK(diagnostics.format_all().empty());
    REQUIRE(outcome->derivation);
    REQUIRE(outcome->lines.size() == 1);
    CHECK(outcome->lines.front().staff_id == "M\u00dc1");
    CHECK(outcome->lines.front().debtor == "agentur");
    CHECK(money(outcome->lines.front().amount) == "2275.00");
}
