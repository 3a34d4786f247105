// Loading the published-cost-table keys of SPEC 3.1.1 (surcharge_loader.cpp):
// career, percent by career group, annual by pay group, monthly with basis,
// percent `of:` earlier components; the values and every error's position.

#include "../test_support.hpp"
#include "ausgleich/io/rates_loader.hpp"

#include <catch2/catch.hpp>
#include <string>

using ausgleich::Basis;
using ausgleich::Career;
using ausgleich::parse_decimal;
using ausgleich::RatesTable;
using ausgleich::test::Loaded;
using ausgleich::test::with_replaced;

namespace {

// The example of SPEC 3.1.1, shortened. Line numbers, for the positions below:
//  9 pay_groups           14 - id: versorgung      21 - id: it
// 10   A9-gD              15   title                23   monthly: 194.31
// 11   A9-mD              16   percent: {…}         24   basis: head
// 12   E9b                17   applies_to           26 - id: sachkosten …
// 13 surcharges           18 - id: sozialversicherung  30 - id: abschlag … of (33)
//                         19   annual: {…}          34 - id: gemeinkosten … of (37)
const std::string k_table = R"(schema: ausgleich/rates/v1
id: agebv-test
title: Test
status: final
valid_from: 2021-01-01
valid_to: 2021-12-31
sources:
  - title: AGebV Anlage 1 Teil B
pay_groups:
  A9-gD: { kind: beamte, annual: 40738.00, career: gehoben }
  A9-mD: { kind: beamte, annual: 47887.00, career: mittel }
  E9b:   { kind: tarif,  annual: 52951.00 }
surcharges:
  - id: versorgung
    title: Versorgung (1.1.2)
    percent: { einfach: 27.9, mittel: 27.9, gehoben: 29.3, hoeher: 36.9 }
    applies_to: beamte
  - id: sozialversicherung
    annual: { E9b: 13914.00 }
    applies_to: tarif
  - id: it
    title: IT je Kopf und Monat
    monthly: 194.31
    basis: head
    applies_to: all
  - id: sachkosten
    title: Sacheinzelkosten
    annual: 17250.00
    applies_to: all
  - id: abschlag
    title: Abschlag (2.4)
    percent: -4
    of: [sachkosten]
    applies_to: all
  - id: gemeinkosten
    title: Gemeinkosten (3.)
    percent: 28.1
    of: [base, versorgung, sozialversicherung, sachkosten, abschlag]
    applies_to: all
)";

Loaded<RatesTable> load(const std::string& yaml) {
    return ausgleich::test::load_yaml_text<RatesTable>(yaml, ausgleich::io::load_rates);
}

Loaded<RatesTable> variant(const std::string& from, const std::string& to) {
    return load(with_replaced(k_table, from, to));
}

} // namespace

TEST_CASE("a table with every key of SPEC 3.1.1 loads with its values", "[cost_table_loader]") {
    const auto loaded = load(k_table);
    CHECK(loaded.messages() == "");
    REQUIRE(loaded.value.has_value());
    const RatesTable& table = *loaded.value;
    REQUIRE(table.pay_groups.size() == 3);
    CHECK(table.pay_groups[0].career == Career::gehoben);
    CHECK(table.pay_groups[1].career == Career::mittel);
    CHECK_FALSE(table.pay_groups[2].career.has_value());
    REQUIRE(table.surcharges.size() == 6);
    const auto& versorgung = table.surcharges[0];
    REQUIRE(versorgung.percent_by_career.size() == 4);
    CHECK(versorgung.percent_by_career[2].first == Career::gehoben);
    CHECK(versorgung.percent_by_career[2].second == parse_decimal("29.3"));
    CHECK_FALSE(versorgung.percent.has_value());
    REQUIRE(table.surcharges[1].annual_by_pay_group.size() == 1);
    CHECK(table.surcharges[1].annual_by_pay_group[0].first == "E9b");
    CHECK(table.surcharges[2].monthly == parse_decimal("194.31"));
    CHECK(table.surcharges[2].basis == Basis::head);
    CHECK(table.surcharges[3].basis == Basis::fte); // the default
    CHECK(table.surcharges[4].percent == parse_decimal("-4"));
    CHECK(table.surcharges[4].of == std::vector<std::string>{"sachkosten"});
    CHECK(table.surcharges[5].of.size() == 5);
}

TEST_CASE("career is refused on an employee pay group", "[cost_table_loader]") {
    const auto loaded = variant("E9b:   { kind: tarif,  annual: 52951.00 }",
                                "E9b:   { kind: tarif,  annual: 52951.00, career: mittel }");
    CHECK(loaded.messages() ==
          "test.yaml:12:52: error: career is only for civil-servant pay groups (kind: beamte); "
          "pay group E9b is of kind tarif\n");
    CHECK_FALSE(loaded.value.has_value());
}

TEST_CASE("an unknown career is refused with a hint", "[cost_table_loader]") {
    const auto loaded = variant("career: gehoben }", "career: gehobn }");
    CHECK(loaded.messages() == "test.yaml:10:52: error: career must be one of einfach | mittel | "
                               "gehoben | hoeher, found 'gehobn' (did you mean 'gehoben'?)\n");
}

TEST_CASE("a percent by career reaching a pay group without career names table, surcharge and "
          "pay group",
          "[cost_table_loader]") {
    const auto loaded = variant("A9-mD: { kind: beamte, annual: 47887.00, career: mittel }",
                                "A9-mD: { kind: beamte, annual: 47887.00 }");
    CHECK(loaded.messages() ==
          "test.yaml:16:14: error: rates table 'agebv-test': surcharge 'versorgung' gives its "
          "percent by career group, but pay group A9-mD (which it applies to) has no career; give "
          "the pay group 'career:' or the surcharge one percent\n");
    CHECK_FALSE(loaded.value.has_value());
}

TEST_CASE("a percent by career must name every career it reaches", "[cost_table_loader]") {
    const auto loaded = variant("{ einfach: 27.9, mittel: 27.9, gehoben: 29.3, hoeher: 36.9 }",
                                "{ einfach: 27.9, gehoben: 29.3 }");
    CHECK(loaded.messages() ==
          "test.yaml:16:14: error: rates table 'agebv-test': surcharge 'versorgung' gives its "
          "percent by career group, but pay group A9-mD is of career 'mittel', which the mapping "
          "does not name\n");
}

TEST_CASE("a career key that is none is refused at the key", "[cost_table_loader]") {
    const auto loaded = variant("einfach: 27.9, mittel", "einfch: 27.9, mittel");
    CHECK(loaded.messages() == "test.yaml:16:16: error: career group must be one of einfach | "
                               "mittel | gehoben | hoeher, found 'einfch' (did you mean "
                               "'einfach'?)\n");
}

TEST_CASE("annual by pay group refuses a pay group the table does not list",
          "[cost_table_loader]") {
    const auto loaded = variant("annual: { E9b: 13914.00 }", "annual: { E9c: 13914.00 }");
    CHECK(loaded.messages() == "test.yaml:19:15: error: annual names pay group 'E9c', which rates "
                               "table 'agebv-test' does not list (did you mean 'E9b'?)\n");
}

TEST_CASE("annual by pay group for a group the surcharge never reaches is a warning",
          "[cost_table_loader]") {
    const auto loaded =
        variant("annual: { E9b: 13914.00 }", "annual: { E9b: 13914.00, A9-gD: 1.00 }");
    CHECK(loaded.messages() ==
          "test.yaml:19:30: warning: pay group A9-gD is of kind beamte, but surcharge "
          "'sozialversicherung' applies to tarif: this amount is never used\n");
    CHECK(loaded.value.has_value());
}

TEST_CASE("a negative percent without of is refused; with of it is a deduction",
          "[cost_table_loader]") {
    const auto loaded = variant("    percent: -4\n    of: [sachkosten]\n", "    percent: -4\n");
    CHECK(loaded.messages() ==
          "test.yaml:32:14: error: percent must not be negative, found -4; a deduction (a "
          "negative percent) needs 'of:' naming the components it is taken from\n");
}

TEST_CASE("negative amounts and monthly amounts are refused", "[cost_table_loader]") {
    CHECK(variant("monthly: 194.31", "monthly: -194.31").messages() ==
          "test.yaml:23:14: error: monthly amount must not be negative, found -194.31\n");
    CHECK(variant("annual: { E9b: 13914.00 }", "annual: { E9b: -1 }").messages() ==
          "test.yaml:19:20: error: annual amount for E9b must not be negative, found -1\n");
    CHECK(variant("gehoben: 29.3", "gehoben: -29.3").messages() ==
          "test.yaml:16:54: error: percent for career gehoben must not be negative, found -29.3; "
          "a deduction (a negative percent) needs 'of:' naming the components it is taken from\n");
}

TEST_CASE("a decimal comma in a career percent is refused as everywhere", "[cost_table_loader]") {
    const auto loaded = variant("gehoben: 29.3", "gehoben: \"29,3\"");
    CHECK(loaded.messages().find("test.yaml:16:54: error:") == 0);
    CHECK(loaded.messages().find("dot") != std::string::npos);
}

TEST_CASE("of names only earlier components", "[cost_table_loader]") {
    CHECK(variant("of: [sachkosten]", "of: [gemeinkosten]").messages() ==
          "test.yaml:33:10: error: of names 'gemeinkosten', which comes later in rates table "
          "'agebv-test': a percent can only be of earlier components\n");
    CHECK(variant("of: [sachkosten]", "of: [abschlag]").messages() ==
          "test.yaml:33:10: error: surcharge 'abschlag' cannot be a percent of itself\n");
    CHECK(variant("of: [sachkosten]", "of: [sachkostn]").messages() ==
          "test.yaml:33:10: error: of names 'sachkostn', which is no component of rates table "
          "'agebv-test' (base or an earlier surcharge id) (did you mean 'sachkosten'?)\n");
    CHECK(variant("of: [sachkosten]", "of: [sachkosten, sachkosten]").messages() ==
          "test.yaml:33:22: error: of names 'sachkosten' twice\n");
    CHECK(variant("of: [sachkosten]", "of: []").messages() ==
          "test.yaml:33:9: error: of must be a non-empty list of earlier component ids, e.g. "
          "[base, versorgung]\n");
}

TEST_CASE("of belongs to a percent only", "[cost_table_loader]") {
    const auto loaded = variant("    annual: 17250.00\n", "    annual: 17250.00\n    of: [base]\n");
    CHECK(loaded.messages() == "test.yaml:29:9: error: 'of' belongs to a percent: it names what "
                               "the percent is taken of\n");
}

TEST_CASE("exactly one of percent, annual and monthly", "[cost_table_loader]") {
    const auto loaded = variant("    monthly: 194.31\n", "    monthly: 194.31\n    annual: 1\n");
    CHECK(loaded.messages() == "test.yaml:21:5: error: surcharge 'it' needs exactly one of "
                               "'percent', 'annual' and 'monthly'\n");
}

TEST_CASE("basis is fte or head", "[cost_table_loader]") {
    const auto loaded = variant("basis: head", "basis: kopf");
    CHECK(loaded.messages() ==
          "test.yaml:24:12: error: basis must be one of fte | head, found 'kopf'\n");
}

TEST_CASE("monthly is a single amount, not a mapping", "[cost_table_loader]") {
    const auto loaded = variant("monthly: 194.31", "monthly: { E9b: 194.31 }");
    CHECK(loaded.messages().find("test.yaml:23:14: error:") == 0);
    CHECK_FALSE(loaded.value.has_value());
}
