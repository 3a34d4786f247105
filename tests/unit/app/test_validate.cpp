// app::validate_files on the small ARGE of tests/cli/verify and its one rates
// table (2005 only): a file is confirmed only when it has no error, its kind
// comes from its schema, and a period outside the table's year turns the
// missing rates into errors (SPEC 4.1) instead of warnings.

#include "ausgleich/app/validate.hpp"

#include <catch2/catch.hpp>
#include <filesystem>

namespace {

using namespace ausgleich;

std::string source(const std::string& relative) {
    return (std::filesystem::path(AUSGLEICH_TEST_SOURCE_DIR) / relative).string();
}

app::ValidateRequest request_for(std::vector<std::string> files) {
    return app::ValidateRequest{std::move(files), std::nullopt, {source("tests/cli/verify/rules")}};
}

} // namespace

TEST_CASE("validate confirms an ARGE file and a rates table, each with what it holds",
          "[app][validate]") {
    Diagnostics diagnostics;
    const auto valid =
        app::validate_files(request_for({source("tests/cli/verify/arge.yaml"),
                                         source("tests/cli/verify/rules/rates/test-2005.yaml")}),
                            diagnostics);
    CHECK(diagnostics.format_all().empty());
    REQUIRE(valid.size() == 2);
    CHECK(valid[0].summary == "ARGE file 'ARGE Prüfstadt', 2 partners, 2 staff");
    CHECK(valid[1].path == source("tests/cli/verify/rules/rates/test-2005.yaml"));
    CHECK(valid[1].summary.rfind("rates table 'verify-test-2005' (", 0) == 0);
    CHECK(valid[1].summary.find("2005-01-01..2005-12-31") != std::string::npos);
}

TEST_CASE("validate with a period the rates do not cover refuses the ARGE file",
          "[app][validate]") {
    Diagnostics diagnostics;
    auto request = request_for({source("tests/cli/verify/arge.yaml")});
    request.period = DateRange{Date(2006, 1, 1), Date(2006, 3, 31)};
    const auto valid = app::validate_files(request, diagnostics);
    CHECK(valid.empty());
    CHECK(diagnostics.has_errors());
    // V01 (E9) and V02 (A9) each have 90 days without a rate.
    CHECK(diagnostics.error_count() == 2);
    CHECK(diagnostics.format_all().find("no rate for pay group E9 of staff V01 on "
                                        "2006-01-01..2006-03-31") != std::string::npos);
}

TEST_CASE("validate without a period only warns about the uncovered year", "[app][validate]") {
    Diagnostics diagnostics;
    const auto valid =
        app::validate_files(request_for({source("tests/cli/verify/arge.yaml")}), diagnostics);
    CHECK_FALSE(diagnostics.has_errors());
    CHECK(valid.size() == 1);
}

TEST_CASE("validate reports a file it cannot read and goes on with the others", "[app][validate]") {
    Diagnostics diagnostics;
    const auto valid =
        app::validate_files(request_for({source("tests/cli/verify/no-such-file.yaml"),
                                         source("tests/cli/verify/arge.yaml")}),
                            diagnostics);
    CHECK(diagnostics.has_io_errors());
    REQUIRE(valid.size() == 1);
    CHECK(valid[0].path == source("tests/cli/verify/arge.yaml"));
}
