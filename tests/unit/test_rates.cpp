// Rates tables and the RateBook that holds them (SPEC section 3.1): surcharges,
// flat "*" rates, overlapping tables and splitting a range at table boundaries.

#include "ausgleich/rates.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

using ausgleich::AppliesTo;
using ausgleich::Date;
using ausgleich::DateRange;
using ausgleich::Diagnostics;
using ausgleich::parse_decimal;
using ausgleich::PayGroupRate;
using ausgleich::PayKind;
using ausgleich::RateBook;
using ausgleich::RatesStatus;
using ausgleich::RatesTable;
using ausgleich::SourcePos;
using ausgleich::Surcharge;

namespace {

DateRange range(const char* first, const char* last) {
    return DateRange{Date::parse(first), Date::parse(last)};
}

struct Rate {
    const char* pay_group;
    PayKind kind;
    const char* annual;
};

// A table `id` from file `id`.yaml (its id at line 2, column 5) rating the given pay groups.
RatesTable table(const std::string& id, const char* valid_from, const char* valid_to,
                 const std::vector<Rate>& rates) {
    RatesTable result;
    result.id = id;
    result.title = "Personalkostensätze";
    result.status = RatesStatus::final_rates;
    result.validity = range(valid_from, valid_to);
    result.path = id + ".yaml";
    result.pos = SourcePos{2, 5};
    for (const auto& rate : rates) {
        result.pay_groups.push_back(
            PayGroupRate{rate.pay_group, rate.kind, parse_decimal(rate.annual), SourcePos{}, {}});
    }
    return result;
}

Surcharge surcharge(AppliesTo applies_to) {
    Surcharge result;
    result.id = "versorgung";
    result.percent = parse_decimal("30");
    result.applies_to = applies_to;
    return result;
}

} // namespace

// --- Surcharge -----------------------------------------------------------------

TEST_CASE("a surcharge for beamte applies to civil servants only", "[rates][surcharge]") {
    const Surcharge versorgung = surcharge(AppliesTo::beamte);
    CHECK(versorgung.applies(PayKind::beamte));
    CHECK_FALSE(versorgung.applies(PayKind::tarif));
    CHECK_FALSE(versorgung.applies(PayKind::any));
}

TEST_CASE("a surcharge for tarif applies to employees only", "[rates][surcharge]") {
    const Surcharge tarif = surcharge(AppliesTo::tarif);
    CHECK(tarif.applies(PayKind::tarif));
    CHECK_FALSE(tarif.applies(PayKind::beamte));
    CHECK_FALSE(tarif.applies(PayKind::any));
}

TEST_CASE("a surcharge for all applies to every kind including the flat \"*\" rate",
          "[rates][surcharge]") {
    const Surcharge all = surcharge(AppliesTo::all);
    CHECK(all.applies(PayKind::beamte));
    CHECK(all.applies(PayKind::tarif));
    CHECK(all.applies(PayKind::any));
}

// The yearly value of component `id` for `pay_group` in `rates`.
ausgleich::Rational value_of(const RatesTable& rates, const std::string& pay_group,
                             const std::string& id) {
    for (const auto& component : rates.components(*rates.rate_for(pay_group))) {
        if (component.id == id) {
            return component.annual;
        }
    }
    FAIL("no component " << id << " for " << pay_group);
    return 0;
}

TEST_CASE("a percentage surcharge is that percent of the pay-group rate", "[rates][surcharge]") {
    RatesTable rates =
        table("t", "2005-01-01", "2005-12-31", {{"A9", PayKind::beamte, "41250.00"}});
    rates.surcharges.push_back(surcharge(AppliesTo::beamte));
    // 30 % of 41250.00 = 12375.00
    CHECK(value_of(rates, "A9", "versorgung") == parse_decimal("12375.00"));
}

TEST_CASE("a fixed surcharge is its annual amount whatever the pay-group rate",
          "[rates][surcharge]") {
    RatesTable rates =
        table("t", "2005-01-01", "2005-12-31",
              {{"A9", PayKind::beamte, "41250.00"}, {"E9", PayKind::tarif, "49880.00"}});
    Surcharge sachkosten;
    sachkosten.id = "sachkosten";
    sachkosten.annual = parse_decimal("11070.00");
    rates.surcharges.push_back(sachkosten);
    CHECK(value_of(rates, "A9", "sachkosten") == parse_decimal("11070.00"));
    CHECK(value_of(rates, "E9", "sachkosten") == parse_decimal("11070.00"));
}

TEST_CASE("kinds, scopes and statuses are written as in the rates file", "[rates]") {
    CHECK(to_string(PayKind::beamte) == "beamte");
    CHECK(to_string(PayKind::tarif) == "tarif");
    CHECK(to_string(PayKind::any) == "any");
    CHECK(to_string(AppliesTo::all) == "all");
    CHECK(to_string(RatesStatus::final_rates) == "final");
    CHECK(to_string(RatesStatus::provisional) == "provisional");
}

// --- RatesTable ----------------------------------------------------------------

TEST_CASE("rate_for prefers a pay group's own entry over the \"*\" entry", "[rates]") {
    const RatesTable flat =
        table("bmf-2005", "2005-01-01", "2005-12-31",
              {{"*", PayKind::any, "67400.00"}, {"A9", PayKind::beamte, "41250.00"}});
    CHECK(flat.has_flat_rate());
    REQUIRE(flat.rate_for("A9") != nullptr);
    CHECK(flat.rate_for("A9")->annual == parse_decimal("41250.00"));
    REQUIRE(flat.rate_for("E13") != nullptr);
    CHECK(flat.rate_for("E13")->pay_group == "*");
    CHECK(flat.rate_for("E13")->annual == parse_decimal("67400.00"));
}

TEST_CASE("rate_for finds nothing for an unlisted pay group in a table without \"*\"", "[rates]") {
    const RatesTable plain =
        table("bmf-2005", "2005-01-01", "2005-12-31", {{"A9", PayKind::beamte, "41250.00"}});
    CHECK_FALSE(plain.has_flat_rate());
    CHECK(plain.rate_for("E9") == nullptr);
}

// --- RateBook::add -------------------------------------------------------------

TEST_CASE("tables for one pay group in consecutive years are both added", "[rates][book]") {
    RateBook book;
    Diagnostics diagnostics;
    book.add(table("bmf-2005", "2005-01-01", "2005-12-31", {{"A9", PayKind::beamte, "41250.00"}}),
             diagnostics);
    book.add(table("bmf-2006", "2006-01-01", "2006-12-31", {{"A9", PayKind::beamte, "42000.00"}}),
             diagnostics);
    CHECK(diagnostics.format_all() == "");
    CHECK(book.tables().size() == 2);
    REQUIRE(book.find("bmf-2006") != nullptr);
    CHECK(book.find("bmf-2006")->validity == range("2006-01-01", "2006-12-31"));
    CHECK(book.find("bmf-2007") == nullptr);
}

TEST_CASE("tables for different pay groups may cover the same days", "[rates][book]") {
    RateBook book;
    Diagnostics diagnostics;
    book.add(
        table("beamte-2005", "2005-01-01", "2005-12-31", {{"A9", PayKind::beamte, "41250.00"}}),
        diagnostics);
    book.add(table("tarif-2005", "2005-01-01", "2005-12-31", {{"E9", PayKind::tarif, "49880.00"}}),
             diagnostics);
    CHECK(diagnostics.format_all() == "");
    CHECK(book.tables().size() == 2);
}

TEST_CASE("two tables rating one pay group on the same day are an error and the second is not "
          "added",
          "[rates][book]") {
    RateBook book;
    Diagnostics diagnostics;
    book.add(table("a", "2005-01-01", "2005-12-31",
                   {{"A9", PayKind::beamte, "41250.00"}, {"E9", PayKind::tarif, "49880.00"}}),
             diagnostics);
    book.add(table("b", "2005-07-01", "2006-06-30", {{"E9", PayKind::tarif, "50500.00"}}),
             diagnostics);
    // The overlap is July to December 2005.
    CHECK(diagnostics.format_all() ==
          "b.yaml:2:5: error: rates table 'b' and rates table 'a' (a.yaml) both rate pay group E9 "
          "on 2005-07-01..2005-12-31: at most one table may cover a day for a pay group\n");
    CHECK(book.tables().size() == 1);
    CHECK(book.find("b") == nullptr);
}

TEST_CASE("tables sharing a single day for one pay group are an error", "[rates][book]") {
    RateBook book;
    Diagnostics diagnostics;
    book.add(table("a", "2005-01-01", "2005-06-30", {{"A9", PayKind::beamte, "41250.00"}}),
             diagnostics);
    book.add(table("b", "2005-06-30", "2005-12-31", {{"A9", PayKind::beamte, "41500.00"}}),
             diagnostics);
    CHECK(diagnostics.format_all() ==
          "b.yaml:2:5: error: rates table 'b' and rates table 'a' (a.yaml) both rate pay group A9 "
          "on 2005-06-30..2005-06-30: at most one table may cover a day for a pay group\n");
}

TEST_CASE("a table with a \"*\" rate overlaps every other table on the same days",
          "[rates][book]") {
    const auto flat = [] {
        return table("flat-2005", "2005-01-01", "2005-12-31", {{"*", PayKind::any, "67400.00"}});
    };
    const auto a9 = [] {
        return table("bmf-2005", "2005-04-01", "2005-12-31", {{"A9", PayKind::beamte, "41250.00"}});
    };
    const std::string expected =
        "rates table 'flat-2005' and rates table 'bmf-2005' (bmf-2005.yaml) both rate pay group "
        "A9 on 2005-04-01..2005-12-31: at most one table may cover a day for a pay group\n";

    SECTION("when the \"*\" table comes second") {
        RateBook book;
        Diagnostics diagnostics;
        book.add(a9(), diagnostics);
        book.add(flat(), diagnostics);
        CHECK(diagnostics.format_all() == "flat-2005.yaml:2:5: error: " + expected);
        CHECK(book.tables().size() == 1);
    }
    SECTION("when the \"*\" table comes first") {
        RateBook book;
        Diagnostics diagnostics;
        book.add(flat(), diagnostics);
        book.add(a9(), diagnostics);
        CHECK(diagnostics.format_all() ==
              "bmf-2005.yaml:2:5: error: rates table 'bmf-2005' and rates table 'flat-2005' "
              "(flat-2005.yaml) both rate pay group A9 on 2005-04-01..2005-12-31: at most one "
              "table may cover a day for a pay group\n");
        CHECK(book.tables().size() == 1);
    }
}

TEST_CASE("a \"*\" table in another year does not conflict", "[rates][book]") {
    RateBook book;
    Diagnostics diagnostics;
    book.add(table("bmf-2005", "2005-01-01", "2005-12-31", {{"A9", PayKind::beamte, "41250.00"}}),
             diagnostics);
    book.add(table("flat-2006", "2006-01-01", "2006-12-31", {{"*", PayKind::any, "67400.00"}}),
             diagnostics);
    CHECK(diagnostics.format_all() == "");
    CHECK(book.tables().size() == 2);
}

TEST_CASE("a second table with an id already used is an error", "[rates][book]") {
    RateBook book;
    Diagnostics diagnostics;
    book.add(table("bmf-2005", "2005-01-01", "2005-12-31", {{"A9", PayKind::beamte, "41250.00"}}),
             diagnostics);
    RatesTable copy =
        table("bmf-2005", "2006-01-01", "2006-12-31", {{"A9", PayKind::beamte, "42000.00"}});
    copy.path = "copy.yaml";
    book.add(std::move(copy), diagnostics);
    CHECK(diagnostics.format_all() ==
          "copy.yaml:2:5: error: rates table id 'bmf-2005' is already used by bmf-2005.yaml\n");
    CHECK(book.tables().size() == 1);
}

// --- RateBook::split and span --------------------------------------------------

TEST_CASE("split cuts a range at the boundary between two tables", "[rates][split]") {
    RateBook book;
    Diagnostics diagnostics;
    book.add(table("bmf-2005", "2005-01-01", "2005-12-31", {{"A9", PayKind::beamte, "41250.00"}}),
             diagnostics);
    book.add(table("bmf-2006", "2006-01-01", "2006-12-31", {{"A9", PayKind::beamte, "42000.00"}}),
             diagnostics);
    REQUIRE_FALSE(diagnostics.has_errors());

    const auto pieces = book.split("A9", range("2005-10-01", "2006-03-31"));
    REQUIRE(pieces.size() == 2);
    CHECK(pieces[0].range == range("2005-10-01", "2005-12-31"));
    REQUIRE(pieces[0].table != nullptr);
    CHECK(pieces[0].table->id == "bmf-2005");
    CHECK(pieces[0].rate->annual == parse_decimal("41250.00"));
    CHECK(pieces[1].range == range("2006-01-01", "2006-03-31"));
    REQUIRE(pieces[1].table != nullptr);
    CHECK(pieces[1].table->id == "bmf-2006");
    CHECK(pieces[1].rate->annual == parse_decimal("42000.00"));
}

TEST_CASE("split reports the days no table rates as a gap piece without a table",
          "[rates][split]") {
    RateBook book;
    Diagnostics diagnostics;
    // Added out of date order: the pieces still come in date order.
    book.add(table("bmf-2007", "2007-01-01", "2007-12-31", {{"A9", PayKind::beamte, "43000.00"}}),
             diagnostics);
    book.add(table("bmf-2005", "2005-01-01", "2005-12-31", {{"A9", PayKind::beamte, "41250.00"}}),
             diagnostics);
    REQUIRE_FALSE(diagnostics.has_errors());

    const auto pieces = book.split("A9", range("2005-12-01", "2007-01-31"));
    REQUIRE(pieces.size() == 3);
    CHECK(pieces[0].range == range("2005-12-01", "2005-12-31"));
    CHECK(pieces[0].table == book.find("bmf-2005"));
    CHECK(pieces[1].range == range("2006-01-01", "2006-12-31"));
    CHECK(pieces[1].table == nullptr);
    CHECK(pieces[1].rate == nullptr);
    CHECK(pieces[2].range == range("2007-01-01", "2007-01-31"));
    CHECK(pieces[2].table == book.find("bmf-2007"));
}

TEST_CASE("split reports gaps before the first and after the last table", "[rates][split]") {
    RateBook book;
    Diagnostics diagnostics;
    book.add(table("bmf-2005", "2005-01-01", "2005-12-31", {{"A9", PayKind::beamte, "41250.00"}}),
             diagnostics);

    const auto pieces = book.split("A9", range("2004-12-01", "2006-01-31"));
    REQUIRE(pieces.size() == 3);
    CHECK(pieces[0].range == range("2004-12-01", "2004-12-31"));
    CHECK(pieces[0].table == nullptr);
    CHECK(pieces[1].range == range("2005-01-01", "2005-12-31"));
    CHECK(pieces[1].table == book.find("bmf-2005"));
    CHECK(pieces[2].range == range("2006-01-01", "2006-01-31"));
    CHECK(pieces[2].table == nullptr);
}

TEST_CASE("split of a range inside one table is one piece", "[rates][split]") {
    RateBook book;
    Diagnostics diagnostics;
    book.add(table("bmf-2005", "2005-01-01", "2005-12-31", {{"A9", PayKind::beamte, "41250.00"}}),
             diagnostics);
    const auto pieces = book.split("A9", range("2005-04-01", "2005-06-30"));
    REQUIRE(pieces.size() == 1);
    CHECK(pieces[0].range == range("2005-04-01", "2005-06-30"));
    CHECK(pieces[0].table == book.find("bmf-2005"));
}

TEST_CASE("split for a pay group no table rates is one gap over the whole range",
          "[rates][split]") {
    RateBook book;
    Diagnostics diagnostics;
    book.add(table("bmf-2005", "2005-01-01", "2005-12-31", {{"A9", PayKind::beamte, "41250.00"}}),
             diagnostics);
    const auto pieces = book.split("E9", range("2005-04-01", "2005-06-30"));
    REQUIRE(pieces.size() == 1);
    CHECK(pieces[0].range == range("2005-04-01", "2005-06-30"));
    CHECK(pieces[0].table == nullptr);
}

TEST_CASE("split gives an unlisted pay group the \"*\" rate of a table that has one",
          "[rates][split]") {
    RateBook book;
    Diagnostics diagnostics;
    book.add(table("flat-2005", "2005-01-01", "2005-12-31",
                   {{"A9", PayKind::beamte, "41250.00"}, {"*", PayKind::any, "67400.00"}}),
             diagnostics);
    const auto pieces = book.split("E13", range("2005-04-01", "2005-06-30"));
    REQUIRE(pieces.size() == 1);
    REQUIRE(pieces[0].rate != nullptr);
    CHECK(pieces[0].rate->pay_group == "*");
    CHECK(pieces[0].rate->annual == parse_decimal("67400.00"));
}

TEST_CASE("span runs from the earliest valid_from to the latest valid_to", "[rates][book]") {
    RateBook book;
    CHECK_FALSE(book.span().has_value());
    Diagnostics diagnostics;
    book.add(table("bmf-2007", "2007-01-01", "2007-12-31", {{"A9", PayKind::beamte, "43000.00"}}),
             diagnostics);
    book.add(table("bmf-2005", "2005-01-01", "2005-12-31", {{"A9", PayKind::beamte, "41250.00"}}),
             diagnostics);
    CHECK(book.span() == range("2005-01-01", "2007-12-31"));
}

// --- series of tables (where validate without --period looks) -------------------

TEST_CASE("tables at most a year apart are one series; a decade apart, two", "[rates][series]") {
    Diagnostics diagnostics;
    RateBook book;
    book.add(table("t2005", "2005-01-01", "2005-12-31",
                   {{"A9", PayKind::beamte, "41250.00"}, {"A13", PayKind::beamte, "61980.90"}}),
             diagnostics);
    // A partial table after a missing year: one series with 2005.
    book.add(table("t2007", "2007-01-01", "2007-12-31", {{"A9", PayKind::beamte, "42000.00"}}),
             diagnostics);
    // Ten years later, other pay-group names: a series of its own.
    book.add(table("t2017", "2017-01-01", "2021-12-31", {{"A9-gD", PayKind::beamte, "40738.00"}}),
             diagnostics);
    REQUIRE(diagnostics.all().empty());
    CHECK(book.series_spans("A13") == std::vector<DateRange>{range("2005-01-01", "2007-12-31")});
    CHECK(book.series_spans("A9-gD") == std::vector<DateRange>{range("2017-01-01", "2021-12-31")});
    // A pay group no table rates: everything loaded, so that a typo is noticed.
    CHECK(book.series_spans("A99") == std::vector<DateRange>{range("2005-01-01", "2021-12-31")});
}
