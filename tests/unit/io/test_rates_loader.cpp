// Loading rates tables, `schema: ausgleich/rates/v1` (SPEC section 3.1), from text:
// the values of a valid table, and the position and wording of every error.

#include "../test_support.hpp"
#include "ausgleich/io/rates_loader.hpp"

#include <catch2/catch.hpp>
#include <string>

using ausgleich::AppliesTo;
using ausgleich::Date;
using ausgleich::DateRange;
using ausgleich::parse_decimal;
using ausgleich::PayKind;
using ausgleich::RatesStatus;
using ausgleich::RatesTable;
using ausgleich::test::Loaded;
using ausgleich::test::with_replaced;

namespace {

// The example of SPEC section 3.1. Line numbers, for the positions below:
//  1 schema            8 - title           14 - id: versorgung    18 - id: sachkosten
//  2 id                9   url             15   title             19   title
//  3 title            10 pay_groups        16   percent: 30       20   annual: 11070.00
//  4 status           11   A9              17   applies_to        21   applies_to: all
//  5 valid_from       12   E9              13 surcharges
//  6 valid_to
//  7 sources
const std::string k_valid = R"(schema: ausgleich/rates/v1
id: bmf-2005
title: Personalkostensätze 2005
status: final
valid_from: 2005-01-01
valid_to: 2005-12-31
sources:
  - title: BMF-Rundschreiben vom 1. März 2005
    url: https://example.org/bmf-2005
pay_groups:
  A9: { kind: beamte, annual: 41250.00 }
  E9: { kind: tarif, annual: 49880.00 }
surcharges:
  - id: versorgung
    title: Versorgungszuschlag
    percent: 30
    applies_to: beamte
  - id: sachkosten
    title: Sachkostenpauschale
    annual: 11070.00
    applies_to: all
)";

Loaded<RatesTable> load(const std::string& yaml) {
    return ausgleich::test::load_yaml_text<RatesTable>(yaml, ausgleich::io::load_rates);
}

// The valid table with `from` replaced by `to`.
Loaded<RatesTable> load_variant(const std::string& from, const std::string& to) {
    return load(with_replaced(k_valid, from, to));
}

} // namespace

// --- a valid table -------------------------------------------------------------

TEST_CASE("the example table of SPEC 3.1 loads without a message", "[rates_loader]") {
    const auto loaded = load(k_valid);
    CHECK(loaded.messages() == "");
    REQUIRE(loaded.value.has_value());
    const RatesTable& table = *loaded.value;
    CHECK(table.id == "bmf-2005");
    CHECK(table.title == "Personalkostensätze 2005");
    CHECK(table.status == RatesStatus::final_rates);
    CHECK(table.validity == DateRange{Date(2005, 1, 1), Date(2005, 12, 31)});
    CHECK(table.path == "test.yaml");
    CHECK(table.pos.line == 2); // the id
}

TEST_CASE("a loaded table keeps its sources", "[rates_loader]") {
    const auto loaded = load(k_valid);
    REQUIRE(loaded.value.has_value());
    REQUIRE(loaded.value->sources.size() == 1);
    CHECK(loaded.value->sources[0].title == "BMF-Rundschreiben vom 1. März 2005");
    CHECK(loaded.value->sources[0].url == "https://example.org/bmf-2005");
}

TEST_CASE("a loaded table keeps its pay groups with kind and exact annual rate", "[rates_loader]") {
    const auto loaded = load(k_valid);
    REQUIRE(loaded.value.has_value());
    const auto& pay_groups = loaded.value->pay_groups;
    REQUIRE(pay_groups.size() == 2);
    CHECK(pay_groups[0].pay_group == "A9");
    CHECK(pay_groups[0].kind == PayKind::beamte);
    CHECK(pay_groups[0].annual == parse_decimal("41250.00"));
    CHECK(pay_groups[0].pos.line == 11);
    CHECK(pay_groups[0].pos.column == 3);
    CHECK(pay_groups[1].pay_group == "E9");
    CHECK(pay_groups[1].kind == PayKind::tarif);
    CHECK(pay_groups[1].annual == parse_decimal("49880.00"));
}

TEST_CASE("a loaded table keeps its percentage and fixed surcharges", "[rates_loader]") {
    const auto loaded = load(k_valid);
    REQUIRE(loaded.value.has_value());
    const auto& surcharges = loaded.value->surcharges;
    REQUIRE(surcharges.size() == 2);
    CHECK(surcharges[0].id == "versorgung");
    CHECK(surcharges[0].title == "Versorgungszuschlag");
    CHECK(surcharges[0].percent == parse_decimal("30"));
    CHECK_FALSE(surcharges[0].annual.has_value());
    CHECK(surcharges[0].applies_to == AppliesTo::beamte);
    CHECK(surcharges[1].id == "sachkosten");
    CHECK(surcharges[1].annual == parse_decimal("11070.00"));
    CHECK_FALSE(surcharges[1].percent.has_value());
    CHECK(surcharges[1].applies_to == AppliesTo::all);
}

TEST_CASE("a table without surcharges loads", "[rates_loader]") {
    const auto loaded = load_variant(R"(surcharges:
  - id: versorgung
    title: Versorgungszuschlag
    percent: 30
    applies_to: beamte
  - id: sachkosten
    title: Sachkostenpauschale
    annual: 11070.00
    applies_to: all
)",
                                     "");
    CHECK(loaded.messages() == "");
    REQUIRE(loaded.value.has_value());
    CHECK(loaded.value->surcharges.empty());
}

TEST_CASE("a \"*\" entry of kind any is a flat rate for every other pay group", "[rates_loader]") {
    const auto loaded = load_variant("  E9: { kind: tarif, annual: 49880.00 }",
                                     "  \"*\": { kind: any, annual: 67400.00 }");
    CHECK(loaded.messages() == "");
    REQUIRE(loaded.value.has_value());
    CHECK(loaded.value->has_flat_rate());
    REQUIRE(loaded.value->rate_for("E13") != nullptr);
    CHECK(loaded.value->rate_for("E13")->kind == PayKind::any);
    CHECK(loaded.value->rate_for("E13")->annual == parse_decimal("67400.00"));
}

// --- errors --------------------------------------------------------------------

TEST_CASE("a misspelt key is an unknown key with a hint, and the key it meant is missing",
          "[rates_loader][errors]") {
    const auto loaded = load_variant("valid_from: 2005-01-01", "valid_form: 2005-01-01");
    CHECK_FALSE(loaded.value.has_value());
    CHECK(loaded.messages() == "test.yaml:5:1: error: unknown key 'valid_form' in a rates table "
                               "(did you mean 'valid_from'?)\n"
                               "test.yaml:1:1: error: missing key 'valid_from' in a rates table\n");
}

TEST_CASE("an unknown key far from every known key gets no hint", "[rates_loader][errors]") {
    const auto loaded = load_variant("status: final\n", "status: final\nremarks: none\n");
    CHECK_FALSE(loaded.value.has_value());
    CHECK(loaded.messages() == "test.yaml:5:1: error: unknown key 'remarks' in a rates table\n");
}

TEST_CASE("a missing required key is reported at the start of the table",
          "[rates_loader][errors]") {
    const auto loaded = load_variant("status: final\n", "");
    CHECK_FALSE(loaded.value.has_value());
    CHECK(loaded.messages() == "test.yaml:1:1: error: missing key 'status' in a rates table\n");
}

TEST_CASE("a wrong schema is reported at its value", "[rates_loader][errors]") {
    const auto loaded = load_variant("schema: ausgleich/rates/v1", "schema: ausgleich/tasks/v1");
    CHECK_FALSE(loaded.value.has_value());
    CHECK(loaded.messages() == "test.yaml:1:9: error: schema must be 'ausgleich/rates/v1', found "
                               "'ausgleich/tasks/v1'\n");
}

TEST_CASE("a status other than provisional or final is reported with the choices",
          "[rates_loader][errors]") {
    // "status: " is 8 characters: the value is at column 9.
    const auto loaded = load_variant("status: final", "status: finale");
    CHECK_FALSE(loaded.value.has_value());
    CHECK(loaded.messages() == "test.yaml:4:9: error: status must be one of provisional | final, "
                               "found 'finale' (did you mean 'final'?)\n");
}

TEST_CASE("a date that does not exist is reported at its value", "[rates_loader][errors]") {
    const auto loaded = load_variant("valid_to: 2005-12-31", "valid_to: 2005-02-30");
    CHECK_FALSE(loaded.value.has_value());
    CHECK(loaded.messages() == "test.yaml:6:11: error: valid_to: '2005-02-30' is not a date: "
                               "February 2005 has 28 days, not 30\n");
}

TEST_CASE("valid_to before valid_from is reported at valid_to", "[rates_loader][errors]") {
    // "valid_to: " is 10 characters: the value is at column 11.
    const auto loaded = load_variant("valid_to: 2005-12-31", "valid_to: 2004-12-31");
    CHECK_FALSE(loaded.value.has_value());
    CHECK(loaded.messages() ==
          "test.yaml:6:11: error: valid_to 2004-12-31 is before valid_from 2005-01-01\n");
}

TEST_CASE("a surcharge with both percent and annual is reported at the surcharge",
          "[rates_loader][errors]") {
    const auto loaded = load_variant("    percent: 30\n", "    percent: 30\n    annual: 100.00\n");
    CHECK_FALSE(loaded.value.has_value());
    // The surcharge mapping starts at "id" on line 14, after "  - ".
    CHECK(loaded.messages() == "test.yaml:14:5: error: surcharge 'versorgung' needs exactly one "
                               "of 'percent', 'annual' and 'monthly'\n");
}

TEST_CASE("a surcharge with neither percent nor annual is reported at the surcharge",
          "[rates_loader][errors]") {
    const auto loaded = load_variant("    percent: 30\n", "");
    CHECK_FALSE(loaded.value.has_value());
    CHECK(loaded.messages() == "test.yaml:14:5: error: surcharge 'versorgung' needs exactly one "
                               "of 'percent', 'annual' and 'monthly'\n");
}

TEST_CASE("applies_to other than beamte, tarif or all is reported with the choices",
          "[rates_loader][errors]") {
    // "    applies_to: " is 16 characters: the value is at column 17.
    const auto loaded = load_variant("applies_to: beamte", "applies_to: beamter");
    CHECK_FALSE(loaded.value.has_value());
    CHECK(loaded.messages() == "test.yaml:17:17: error: applies_to must be one of beamte | tarif "
                               "| all, found 'beamter' (did you mean 'beamte'?)\n");
}

TEST_CASE("a misspelt surcharge key is reported with a hint", "[rates_loader][errors]") {
    const auto loaded = load_variant("applies_to: beamte", "apllies_to: beamte");
    CHECK_FALSE(loaded.value.has_value());
    CHECK(loaded.messages() == "test.yaml:17:5: error: unknown key 'apllies_to' in a surcharge "
                               "(did you mean 'applies_to'?)\n"
                               "test.yaml:14:5: error: missing key 'applies_to' in a surcharge\n");
}

TEST_CASE("an annual rate of zero or less is reported at the value", "[rates_loader][errors]") {
    // "  A9: { kind: beamte, annual: " is 30 characters: the value is at column 31.
    const auto zero = load_variant("annual: 41250.00", "annual: 0");
    CHECK_FALSE(zero.value.has_value());
    CHECK(zero.messages() ==
          "test.yaml:11:31: error: annual rate must be greater than 0, found 0\n");
    const auto negative = load_variant("annual: 41250.00", "annual: -41250.00");
    CHECK(negative.messages() ==
          "test.yaml:11:31: error: annual rate must be greater than 0, found -41250.00\n");
}

TEST_CASE("an annual rate written with a decimal comma is reported with the dotted form",
          "[rates_loader][errors]") {
    const auto loaded = load_variant("annual: 41250.00", "annual: \"41.250,00\"");
    CHECK_FALSE(loaded.value.has_value());
    CHECK(loaded.messages() == "test.yaml:11:31: error: annual: decimal comma in '41.250,00': "
                               "write 41250.00 (a dot as decimal separator, no thousands "
                               "separators)\n");
}

TEST_CASE("a pay group of kind other than beamte or tarif is reported", "[rates_loader][errors]") {
    // "  A9: { kind: " is 14 characters: the value is at column 15.
    const auto loaded = load_variant("A9: { kind: beamte", "A9: { kind: any");
    CHECK_FALSE(loaded.value.has_value());
    CHECK(loaded.messages() ==
          "test.yaml:11:15: error: kind must be one of beamte | tarif, found 'any'\n");
}

TEST_CASE("the \"*\" entry must have kind any", "[rates_loader][errors]") {
    // "  \"*\": { kind: " is 15 characters: the value is at column 16.
    const auto loaded = load_variant("  E9: { kind: tarif, annual: 49880.00 }",
                                     "  \"*\": { kind: tarif, annual: 67400.00 }");
    CHECK_FALSE(loaded.value.has_value());
    CHECK(loaded.messages() ==
          "test.yaml:12:16: error: kind of the \"*\" entry must be one of any, found 'tarif'\n");
}

TEST_CASE("a table without sources loads with a warning that its figures cannot be checked",
          "[rates_loader][errors]") {
    const auto loaded = load_variant("sources:\n"
                                     "  - title: BMF-Rundschreiben vom 1. März 2005\n"
                                     "    url: https://example.org/bmf-2005\n",
                                     "sources: []\n");
    CHECK(loaded.value.has_value());
    // Reported at the table's id ("id: " is 4 characters: the value starts at column 5).
    CHECK(loaded.messages() == "test.yaml:2:5: warning: rates table 'bmf-2005' names no sources: "
                               "its figures cannot be checked\n");
}

TEST_CASE("sources that are not a list are an error", "[rates_loader][errors]") {
    const auto loaded = load_variant("sources:\n"
                                     "  - title: BMF-Rundschreiben vom 1. März 2005\n"
                                     "    url: https://example.org/bmf-2005\n",
                                     "sources: BMF\n");
    CHECK_FALSE(loaded.value.has_value());
    CHECK(loaded.messages() ==
          "test.yaml:7:10: error: sources must be a list of {title, url}, found a scalar\n"
          "test.yaml:2:5: warning: rates table 'bmf-2005' names no sources: its figures cannot be "
          "checked\n");
}

TEST_CASE("a source without a title is reported", "[rates_loader][errors]") {
    const auto loaded = load_variant("  - title: BMF-Rundschreiben vom 1. März 2005\n"
                                     "    url:",
                                     "  - url:");
    CHECK_FALSE(loaded.value.has_value());
    CHECK(loaded.messages() == "test.yaml:8:5: error: missing key 'title' in a source\n");
}

TEST_CASE("two surcharges with one id are reported at the second", "[rates_loader][errors]") {
    const auto loaded = load_variant("id: sachkosten", "id: versorgung");
    CHECK_FALSE(loaded.value.has_value());
    CHECK(loaded.messages() == "test.yaml:18:5: error: duplicate surcharge id 'versorgung'\n");
}

TEST_CASE("every error in a table is reported, not only the first", "[rates_loader][errors]") {
    const auto loaded = load(with_replaced(with_replaced(k_valid, "status: final", "status: draft"),
                                           "annual: 49880.00", "annual: 1e3"));
    CHECK_FALSE(loaded.value.has_value());
    // "  E9: { kind: tarif, annual: " is 29 characters: the value is at column 30.
    CHECK(loaded.messages() == "test.yaml:4:9: error: status must be one of provisional | final, "
                               "found 'draft'\n"
                               "test.yaml:12:30: error: annual: exponent notation in '1e3' is not "
                               "allowed: write the number out in full\n");
}

TEST_CASE("a file whose top level is not a mapping yields no table", "[rates_loader][errors]") {
    const auto loaded = load("- schema: ausgleich/rates/v1\n");
    CHECK_FALSE(loaded.value.has_value());
    CHECK(loaded.messages() == "test.yaml:1:1: error: expected a mapping with 'schema:' at the top "
                               "of the file, found a list\n");
}
