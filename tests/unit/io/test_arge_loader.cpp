// Loading ARGE files, `schema: ausgleich/arge/v1` (SPEC section 3.3), from text:
// the values of the SPEC example, the position and wording of every error the
// file can have on its own, and the checks against the loaded rules (arge_check).

#include "../settlement_fixture.hpp"
#include "../test_support.hpp"
#include "ausgleich/arge_check.hpp"
#include "ausgleich/io/arge_loader.hpp"

#include <catch2/catch.hpp>
#include <optional>
#include <string>

using ausgleich::Arge;
using ausgleich::Date;
using ausgleich::Diagnostics;
using ausgleich::Proration;
using ausgleich::Rational;
using ausgleich::RoundingMode;
using ausgleich::RoundingPolicy;
using ausgleich::test::dec;
using ausgleich::test::k_sgb2_catalog;
using ausgleich::test::rates_yaml;
using ausgleich::test::SettlementFixture;
using ausgleich::test::with_replaced;

namespace {

// The example of SPEC section 3.3, as printed there (comments included).
const std::string k_example =
    R"(schema: ausgleich/arge/v1
arge: ARGE Musterstadt
partners:
  agentur: { name: Agentur für Arbeit Musterstadt, full_time_hours: 39 }
  kommune: { name: Stadt Musterstadt, full_time_hours: 41 }
policy:                      # all optional; defaults shown
  proration: days            # days | months
  fte_decimals: 4            # round the FTE (§ 4 Abs. 2 VKFV); null = exact
  rounding: half-up          # half-up | half-even
  round: per-line            # per-line | per-component | per-total
tasks:                       # optional local catalog entries (override shipped ones)
  querschnitt: { owners: { agentur: 50, kommune: 50 } }
staff:
  - id: P001                 # unique, pseudonymous
    employer: kommune        # a partner id
    pay_group: A9
    full_time_hours: 40      # optional; else the employer's, else error
    assignments:
      - from: 2005-01-01
        to: 2005-06-30       # optional: open-ended
        weekly_hours: 20     # exactly one of weekly_hours | fte
        tasks: { kdu: 50, alg2: 50 }   # percent of this time per task code; sum exactly 100
)";
// Lines, for the positions below:
//  4 agentur           12 querschnitt        19 - from: 2005-01-01   (column 9: the mapping)
//  5 kommune           14 - id: P001         20   to                 (value in column 13)
//  7 proration         15   employer         21   weekly_hours: 20   (value in column 23)
//  8 fte_decimals      16   pay_group        22   tasks: { kdu: 50, alg2: 50 } ({ in column 16)
//  9 rounding          17   full_time_hours
// 10 round             18   assignments

// The lines that replace the example's weekly_hours line.
const std::string k_hours_line =
    "        weekly_hours: 20     # exactly one of weekly_hours | fte\n";
const std::string k_tasks_line = "        tasks: { kdu: 50, alg2: 50 }   # percent of this time "
                                 "per task code; sum exactly 100\n";

struct LoadedArge {
    std::optional<Arge> arge;
    Diagnostics diagnostics;

    std::string messages() const { return diagnostics.format_all(); }
    /// Whether an error at `location` ("line:column") contains `text`.
    bool has_error(const std::string& location, const std::string& text) const {
        const std::string prefix = "arge.yaml:" + location + ": error: ";
        for (const auto& diagnostic : diagnostics.all()) {
            const std::string formatted = diagnostic.format();
            if (formatted.rfind(prefix, 0) == 0 && formatted.find(text) != std::string::npos) {
                return true;
            }
        }
        return false;
    }
};

LoadedArge load(const std::string& yaml) {
    LoadedArge loaded;
    loaded.arge = ausgleich::io::load_arge(ausgleich::io::SourceFile{"arge.yaml", yaml, ""},
                                           loaded.diagnostics);
    return loaded;
}

// The example with `from` replaced by `to`.
LoadedArge load_variant(const std::string& from, const std::string& to) {
    return load(with_replaced(k_example, from, to));
}

} // namespace

// --- the SPEC example ----------------------------------------------------------

TEST_CASE("the example ARGE file of SPEC 3.3 loads without a message", "[arge_loader]") {
    const auto loaded = load(k_example);
    CHECK(loaded.messages() == "");
    REQUIRE(loaded.arge.has_value());
    const Arge& arge = *loaded.arge;
    CHECK(arge.path == "arge.yaml");
    CHECK(arge.name == "ARGE Musterstadt");

    REQUIRE(arge.partners.size() == 2);
    CHECK(arge.partners[0].id == "agentur");
    CHECK(arge.partners[0].name == "Agentur für Arbeit Musterstadt");
    CHECK(arge.partners[0].full_time_hours == Rational(39));
    CHECK(arge.partners[0].pos.line == 4);
    CHECK(arge.partners[0].pos.column == 3);
    CHECK(arge.partners[1].id == "kommune");
    CHECK(arge.partners[1].name == "Stadt Musterstadt");
    CHECK(arge.partners[1].full_time_hours == Rational(41));
    CHECK(arge.partner_ids() == std::vector<std::string>{"agentur", "kommune"});

    CHECK(arge.policy.proration == Proration::days);
    CHECK(arge.policy.fte_decimals == 4);
    CHECK(arge.policy.rounding == RoundingMode::half_up);
    CHECK(arge.policy.round == RoundingPolicy::per_line);

    REQUIRE(arge.local_tasks.size() == 1);
    const auto& querschnitt = arge.local_tasks[0];
    CHECK(querschnitt.code == "querschnitt");
    CHECK(querschnitt.origin == "ARGE file");
    REQUIRE(querschnitt.owners.size() == 2);
    CHECK(querschnitt.owner_percent("agentur") == 50);
    CHECK(querschnitt.owner_percent("kommune") == 50);
}

TEST_CASE("the staff member of the SPEC example keeps every value and position", "[arge_loader]") {
    const auto loaded = load(k_example);
    REQUIRE(loaded.arge.has_value());
    const Arge& arge = *loaded.arge;
    REQUIRE(arge.staff.size() == 1);
    const auto& staff = arge.staff[0];
    CHECK(staff.id == "P001");
    CHECK(staff.employer == "kommune");
    CHECK(staff.pay_group == "A9");
    CHECK(staff.full_time_hours == Rational(40));
    // The staff member's own 40 hours win over the employer's 41.
    CHECK(arge.full_time_hours(staff) == Rational(40));
    CHECK(staff.pos.line == 14);
    CHECK(staff.pos.column == 9);
    CHECK(staff.pay_group_pos.line == 16);
    CHECK(staff.pay_group_pos.column == 16);
    CHECK(arge.find_staff("P001") == &staff);
    CHECK(arge.find_staff("P002") == nullptr);

    REQUIRE(staff.assignments.size() == 1);
    const auto& assignment = staff.assignments[0];
    CHECK(assignment.from == Date(2005, 1, 1));
    CHECK(assignment.to == Date(2005, 6, 30));
    CHECK(assignment.weekly_hours == Rational(20));
    CHECK_FALSE(assignment.fte.has_value());
    CHECK(assignment.describe() == "2005-01-01..2005-06-30");
    CHECK(assignment.pos.line == 19);
    CHECK(assignment.pos.column == 9);
    CHECK(assignment.hours_pos.line == 21);
    CHECK(assignment.hours_pos.column == 23);
    CHECK(assignment.tasks_pos.line == 22);
    CHECK(assignment.tasks_pos.column == 16);
    REQUIRE(assignment.tasks.size() == 2);
    CHECK(assignment.tasks[0].code == "kdu");
    CHECK(assignment.tasks[0].percent == 50);
    CHECK(assignment.tasks[0].pos.line == 22);
    CHECK(assignment.tasks[0].pos.column == 18);
    CHECK(assignment.tasks[1].code == "alg2");
    CHECK(assignment.tasks[1].percent == 50);
    CHECK(assignment.tasks[1].pos.column == 27);
}

TEST_CASE("without a policy block the SPEC defaults apply, and other policy values are read",
          "[arge_loader]") {
    SECTION("defaults") {
        const auto loaded =
            load_variant("policy:                      # all optional; defaults shown\n"
                         "  proration: days            # days | months\n"
                         "  fte_decimals: 4            # round the FTE (§ 4 Abs. 2 VKFV); null = "
                         "exact\n"
                         "  rounding: half-up          # half-up | half-even\n"
                         "  round: per-line            # per-line | per-component | per-total\n",
                         "");
        CHECK(loaded.messages() == "");
        REQUIRE(loaded.arge.has_value());
        CHECK(loaded.arge->policy.proration == Proration::days);
        CHECK(loaded.arge->policy.fte_decimals == 4);
        CHECK(loaded.arge->policy.rounding == RoundingMode::half_up);
        CHECK(loaded.arge->policy.round == RoundingPolicy::per_line);
    }
    SECTION("every other choice") {
        const auto loaded =
            load_variant("  proration: days            # days | months\n"
                         "  fte_decimals: 4            # round the FTE (§ 4 Abs. 2 VKFV); null = "
                         "exact\n"
                         "  rounding: half-up          # half-up | half-even\n"
                         "  round: per-line            # per-line | per-component | per-total\n",
                         "  proration: months\n  fte_decimals: null\n  rounding: half-even\n"
                         "  round: per-total\n");
        CHECK(loaded.messages() == "");
        REQUIRE(loaded.arge.has_value());
        CHECK(loaded.arge->policy.proration == Proration::months);
        CHECK_FALSE(loaded.arge->policy.fte_decimals.has_value());
        CHECK(loaded.arge->policy.rounding == RoundingMode::half_even);
        CHECK(loaded.arge->policy.round == RoundingPolicy::per_total);
    }
    SECTION("per-component") {
        const auto loaded = load_variant("round: per-line            #", "round: per-component #");
        CHECK(loaded.messages() == "");
        REQUIRE(loaded.arge.has_value());
        CHECK(loaded.arge->policy.round == RoundingPolicy::per_component);
    }
}

TEST_CASE("an open-ended assignment with an fte loads, and the limits themselves are accepted",
          "[arge_loader]") {
    SECTION("no 'to', fte 1") {
        const auto loaded = load(with_replaced(
            with_replaced(k_example, "        to: 2005-06-30       # optional: open-ended\n", ""),
            k_hours_line, "        fte: 1\n"));
        CHECK(loaded.messages() == "");
        REQUIRE(loaded.arge.has_value());
        const auto& assignment = loaded.arge->staff[0].assignments[0];
        CHECK_FALSE(assignment.to.has_value());
        CHECK(assignment.fte == Rational(1));
        CHECK_FALSE(assignment.weekly_hours.has_value());
        CHECK(assignment.describe() == "2005-01-01..open");
    }
    SECTION("weekly_hours equal to the full-time hours") {
        const auto loaded = load_variant(k_hours_line, "        weekly_hours: 40\n");
        CHECK(loaded.messages() == "");
    }
    SECTION("from equal to to") {
        const auto loaded = load_variant("to: 2005-06-30 ", "to: 2005-01-01 ");
        CHECK(loaded.messages() == "");
    }
    SECTION("decimal task percentages that sum to exactly 100") {
        const auto loaded =
            load_variant(k_tasks_line, "        tasks: { kdu: 33.3, alg2: 66.7 }\n");
        CHECK(loaded.messages() == "");
        REQUIRE(loaded.arge.has_value());
        CHECK(loaded.arge->staff[0].assignments[0].tasks[0].percent == dec("33.3"));
    }
}

// --- errors: partners ----------------------------------------------------------

TEST_CASE("an ARGE with fewer than two partners is an error at the partners mapping",
          "[arge_loader][errors]") {
    SECTION("one partner") {
        const auto loaded = load("schema: ausgleich/arge/v1\n"
                                 "arge: ARGE Solo\n"
                                 "partners:\n"
                                 "  agentur: { name: Agentur }\n"
                                 "staff: []\n");
        INFO(loaded.messages());
        CHECK_FALSE(loaded.arge.has_value());
        CHECK(loaded.diagnostics.error_count() == 1);
        CHECK(loaded.has_error("4:3", "at least two partners, found 1"));
    }
    SECTION("none") {
        const auto loaded = load("schema: ausgleich/arge/v1\n"
                                 "arge: ARGE Leer\n"
                                 "partners: {}\n"
                                 "staff: []\n");
        INFO(loaded.messages());
        CHECK(loaded.diagnostics.error_count() == 1);
        CHECK(loaded.has_error("3:11", "at least two partners, found 0"));
    }
}

TEST_CASE("a partner id with capitals or dots is an error at the id", "[arge_loader][errors]") {
    const auto loaded = load_variant("  kommune: { name: Stadt", "  Kommune: { name: Stadt");
    INFO(loaded.messages());
    CHECK_FALSE(loaded.arge.has_value());
    CHECK(loaded.has_error("5:3", "partner id 'Kommune' may only use a-z, 0-9, '_' and '-'"));
}

// --- errors: staff -------------------------------------------------------------

TEST_CASE("a duplicate staff id is an error that names the line of the first",
          "[arge_loader][errors]") {
    const auto loaded =
        load(k_example + "  - id: P001\n"
                         "    employer: agentur\n"
                         "    pay_group: E9\n"
                         "    assignments:\n"
                         "      - { from: 2005-01-01, fte: 1, tasks: { alg2: 100 } }\n");
    INFO(loaded.messages());
    CHECK_FALSE(loaded.arge.has_value());
    CHECK(loaded.diagnostics.error_count() == 1);
    CHECK(loaded.has_error("23:9", "duplicate staff id 'P001' (first given at line 14)"));
}

TEST_CASE("an unknown employer is an error with a did-you-mean hint and the partners",
          "[arge_loader][errors]") {
    const auto loaded = load_variant("employer: kommune ", "employer: komune ");
    INFO(loaded.messages());
    CHECK_FALSE(loaded.arge.has_value());
    CHECK(loaded.diagnostics.error_count() == 1);
    // Reported at the employer value (line 15, column 15).
    CHECK(loaded.has_error("15:15", "unknown employer 'komune' of staff P001"));
    CHECK(loaded.has_error("15:15", "did you mean 'kommune'?"));
    CHECK(loaded.has_error("15:15", "partners: agentur, kommune"));
}

TEST_CASE("weekly_hours without any full_time_hours is an error", "[arge_loader][errors]") {
    const auto loaded = load(with_replaced(
        with_replaced(k_example, "kommune: { name: Stadt Musterstadt, full_time_hours: 41 }",
                      "kommune: { name: Stadt Musterstadt }"),
        "    full_time_hours: 40      # optional; else the employer's, else error\n", ""));
    INFO(loaded.messages());
    CHECK_FALSE(loaded.arge.has_value());
    CHECK(loaded.diagnostics.error_count() == 1);
    // The assignment moved up one line, to 18.
    CHECK(loaded.has_error("18:9", "staff P001 works weekly_hours but has no full_time_hours"));
}

// --- errors: assignments -------------------------------------------------------

TEST_CASE("an assignment whose from is after its to is an error at the to",
          "[arge_loader][errors]") {
    const auto loaded = load_variant("to: 2005-06-30 ", "to: 2004-12-31 ");
    INFO(loaded.messages());
    CHECK_FALSE(loaded.arge.has_value());
    CHECK(loaded.diagnostics.error_count() == 1);
    CHECK(loaded.has_error("20:13", "'to' 2004-12-31 is before 'from' 2005-01-01"));
}

TEST_CASE("an assignment needs exactly one of weekly_hours and fte", "[arge_loader][errors]") {
    SECTION("both") {
        const auto loaded = load_variant(k_hours_line, k_hours_line + "        fte: 0.5\n");
        INFO(loaded.messages());
        CHECK_FALSE(loaded.arge.has_value());
        CHECK(loaded.diagnostics.error_count() == 1);
        CHECK(loaded.has_error("19:9", "give either 'weekly_hours' or 'fte', not both"));
    }
    SECTION("neither") {
        const auto loaded = load_variant(k_hours_line, "");
        INFO(loaded.messages());
        CHECK_FALSE(loaded.arge.has_value());
        CHECK(loaded.diagnostics.error_count() == 1);
        CHECK(loaded.has_error("19:9", "missing 'weekly_hours' or 'fte'"));
    }
}

TEST_CASE("an fte of 0 or above 1 is an error at the value", "[arge_loader][errors]") {
    SECTION("0") {
        const auto loaded = load_variant(k_hours_line, "        fte: 0\n");
        INFO(loaded.messages());
        CHECK_FALSE(loaded.arge.has_value());
        CHECK(loaded.diagnostics.error_count() == 1);
        CHECK(loaded.has_error("21:14", "fte must be greater than 0 and at most 1, found 0"));
    }
    SECTION("1.5") {
        const auto loaded = load_variant(k_hours_line, "        fte: 1.5\n");
        INFO(loaded.messages());
        CHECK(loaded.diagnostics.error_count() == 1);
        CHECK(loaded.has_error("21:14", "fte must be greater than 0 and at most 1, found 1.5"));
    }
    SECTION("-0.5") {
        const auto loaded = load_variant(k_hours_line, "        fte: -0.5\n");
        INFO(loaded.messages());
        CHECK(loaded.diagnostics.error_count() == 1);
        CHECK(loaded.has_error("21:14", "fte must be greater than 0 and at most 1, found -0.5"));
    }
}

TEST_CASE("weekly_hours of 0 or above the full-time hours are an error at the value",
          "[arge_loader][errors]") {
    SECTION("0") {
        const auto loaded = load_variant("weekly_hours: 20 ", "weekly_hours: 0 ");
        INFO(loaded.messages());
        CHECK_FALSE(loaded.arge.has_value());
        CHECK(loaded.diagnostics.error_count() == 1);
        CHECK(loaded.has_error("21:23", "weekly_hours must be greater than 0, found 0"));
    }
    SECTION("above the staff member's 40 hours") {
        const auto loaded = load_variant("weekly_hours: 20 ", "weekly_hours: 40.5 ");
        INFO(loaded.messages());
        CHECK_FALSE(loaded.arge.has_value());
        CHECK(loaded.diagnostics.error_count() == 1);
        CHECK(loaded.has_error("21:23",
                               "weekly_hours 40.5 of staff P001 exceed the full-time hours 40"));
    }
}

TEST_CASE("task percentages must be above 0 and sum to exactly 100", "[arge_loader][errors]") {
    SECTION("a percentage of 0") {
        const auto loaded = load_variant(k_tasks_line, "        tasks: { kdu: 0, alg2: 100 }\n");
        INFO(loaded.messages());
        CHECK_FALSE(loaded.arge.has_value());
        CHECK(loaded.diagnostics.error_count() == 1);
        CHECK(loaded.has_error("22:23", "task percentage must be greater than 0, found 0"));
    }
    SECTION("a sum of 90") {
        const auto loaded = load_variant(k_tasks_line, "        tasks: { kdu: 40, alg2: 50 }\n");
        INFO(loaded.messages());
        CHECK_FALSE(loaded.arge.has_value());
        CHECK(loaded.diagnostics.error_count() == 1);
        CHECK(loaded.has_error("22:16", "task percentages add up to 90, not 100"));
    }
    SECTION("a sum of 100.1") {
        const auto loaded = load_variant(k_tasks_line, "        tasks: { kdu: 50.1, alg2: 50 }\n");
        INFO(loaded.messages());
        CHECK(loaded.diagnostics.error_count() == 1);
        CHECK(loaded.has_error("22:16", "task percentages add up to 100.1, not 100"));
    }
}

TEST_CASE("overlapping assignments of one staff member are an error naming both",
          "[arge_loader][errors]") {
    const std::string second = "      - from: 2005-06-30\n"
                               "        fte: 1\n"
                               "        tasks: { alg2: 100 }\n";
    SECTION("sharing one day") {
        const auto loaded = load(k_example + second);
        INFO(loaded.messages());
        CHECK_FALSE(loaded.arge.has_value());
        CHECK(loaded.diagnostics.error_count() == 1);
        CHECK(loaded.has_error("23:9", "assignment 2005-06-30..open of staff P001 overlaps "
                                       "assignment 2005-01-01..2005-06-30 (line 19)"));
    }
    SECTION("the day after is no overlap") {
        const auto loaded = load(k_example + with_replaced(second, "2005-06-30", "2005-07-01"));
        CHECK(loaded.messages() == "");
    }
    SECTION("an open-ended assignment overlaps every later one") {
        const auto loaded = load(
            with_replaced(k_example, "        to: 2005-06-30       # optional: open-ended\n", "") +
            with_replaced(second, "2005-06-30", "2010-01-01"));
        INFO(loaded.messages());
        CHECK(loaded.diagnostics.error_count() == 1);
        // The second assignment is now on line 22.
        CHECK(loaded.has_error("22:9", "overlaps assignment 2005-01-01..open (line 19)"));
    }
}

// --- errors: keys and values ---------------------------------------------------

TEST_CASE("an unknown key is an error with a did-you-mean hint", "[arge_loader][errors]") {
    const auto loaded = load_variant("weekly_hours: 20 ", "weekly_hour: 20 ");
    INFO(loaded.messages());
    CHECK_FALSE(loaded.arge.has_value());
    // The misspelt key, and then the missing hours it leaves behind.
    CHECK(loaded.diagnostics.error_count() == 2);
    CHECK(loaded.has_error(
        "21:9", "unknown key 'weekly_hour' in an assignment (did you mean 'weekly_hours'?)"));
    CHECK(loaded.has_error("19:9", "missing 'weekly_hours' or 'fte'"));
}

TEST_CASE("a duplicate key is an error naming the line of the first", "[arge_loader][errors]") {
    SECTION("in an assignment") {
        const auto loaded = load_variant(k_hours_line, k_hours_line + "        weekly_hours: 30\n");
        INFO(loaded.messages());
        CHECK_FALSE(loaded.arge.has_value());
        CHECK(loaded.diagnostics.error_count() == 1);
        CHECK(loaded.has_error("22:9", "duplicate key 'weekly_hours' (first given at line 21)"));
    }
    SECTION("at the top level") {
        const auto loaded = load_variant("arge: ARGE Musterstadt\n",
                                         "arge: ARGE Musterstadt\narge: ARGE Beispielstadt\n");
        INFO(loaded.messages());
        CHECK_FALSE(loaded.arge.has_value());
        CHECK(loaded.diagnostics.error_count() == 1);
        CHECK(loaded.has_error("3:1", "duplicate key 'arge' (first given at line 2)"));
    }
}

TEST_CASE("a decimal comma is an error with the dot hint", "[arge_loader][errors]") {
    const auto loaded = load_variant("weekly_hours: 20 ", "weekly_hours: \"19,5\" ");
    INFO(loaded.messages());
    CHECK_FALSE(loaded.arge.has_value());
    CHECK(loaded.diagnostics.error_count() == 1);
    CHECK(loaded.has_error("21:23", "decimal comma in '19,5': write 19.5"));
}

TEST_CASE("a date that does not exist is an error at the value", "[arge_loader][errors]") {
    const auto loaded = load_variant("from: 2005-01-01", "from: 2005-02-30");
    INFO(loaded.messages());
    CHECK_FALSE(loaded.arge.has_value());
    CHECK(loaded.diagnostics.error_count() == 1);
    CHECK(loaded.has_error("19:15", "'2005-02-30' is not a date"));
}

TEST_CASE("bad policy values are errors at each value", "[arge_loader][errors]") {
    const auto loaded = load_variant("  proration: days            # days | months\n"
                                     "  fte_decimals: 4            # round the FTE (§ 4 Abs. 2 "
                                     "VKFV); null = exact\n"
                                     "  rounding: half-up          # half-up | half-even\n"
                                     "  round: per-line            # per-line | per-component | "
                                     "per-total\n",
                                     "  proration: weeks\n"
                                     "  fte_decimals: 13\n"
                                     "  rounding: half_up\n"
                                     "  round: per-lines\n"
                                     "  roundig: half-up\n");
    INFO(loaded.messages());
    CHECK_FALSE(loaded.arge.has_value());
    CHECK(loaded.diagnostics.error_count() == 5);
    CHECK(loaded.has_error("7:14", "proration must be one of days | months, found 'weeks'"));
    CHECK(loaded.has_error("8:17", "fte_decimals must be a whole number from 0 to 12, found '13'"));
    CHECK(loaded.has_error("9:13", "rounding must be one of half-up | half-even, found 'half_up' "
                                   "(did you mean 'half-up'?)"));
    CHECK(loaded.has_error("10:10", "found 'per-lines' (did you mean 'per-line'?)"));
    CHECK(loaded.has_error("11:3", "unknown key 'roundig' in policy (did you mean 'rounding'?)"));
}

TEST_CASE("fte_decimals must be a whole number", "[arge_loader][errors]") {
    const std::string line = "fte_decimals: 4 ";
    SECTION("-1") {
        const auto loaded = load_variant(line, "fte_decimals: -1 ");
        INFO(loaded.messages());
        CHECK(loaded.diagnostics.error_count() == 1);
        CHECK(loaded.has_error("8:17", "found '-1'"));
    }
    SECTION("2.5") {
        const auto loaded = load_variant(line, "fte_decimals: 2.5 ");
        INFO(loaded.messages());
        CHECK(loaded.diagnostics.error_count() == 1);
        CHECK(loaded.has_error("8:17", "found '2.5'"));
    }
}

TEST_CASE("a local task owned by someone who is not a partner is an error at the owner",
          "[arge_loader][errors]") {
    SECTION("owners") {
        const auto loaded =
            load_variant("{ agentur: 50, kommune: 50 }", "{ agentur: 50, kreis: 50 }");
        INFO(loaded.messages());
        CHECK_FALSE(loaded.arge.has_value());
        CHECK(loaded.diagnostics.error_count() == 1);
        CHECK(loaded.has_error(
            "12:41", "owner 'kreis' of task 'querschnitt' is not a partner of this ARGE"));
    }
    SECTION("owner") {
        const auto loaded =
            load_variant("{ owners: { agentur: 50, kommune: 50 } }", "{ owner: kreis }");
        INFO(loaded.messages());
        CHECK(loaded.diagnostics.error_count() == 1);
        CHECK(loaded.has_error("12:25", "owner 'kreis' of task 'querschnitt' is not a partner"));
    }
}

TEST_CASE("every error in a file is reported, not just the first", "[arge_loader][errors]") {
    std::string yaml = with_replaced(k_example, "rounding: half-up ", "rounding: half-down ");
    yaml = with_replaced(yaml, "employer: kommune ", "employer: komune ");
    yaml = with_replaced(yaml, "to: 2005-06-30 ", "to: 2004-06-30 ");
    yaml = with_replaced(yaml, k_tasks_line, "        tasks: { kdu: 40, alg2: 50 }\n");
    yaml += "  - id: P002\n"                                                 // 23
            "    employer: agentur\n"                                        // 24
            "    pay_group: E9\n"                                            // 25
            "    assignments:\n"                                             // 26
            "      - { from: 2005-01-01, fte: 1.5, tasks: { alg2: 100 } }\n" // 27
            "  - id: P001\n"                                                 // 28
            "    employer: agentur\n"                                        // 29
            "    pay_group: E9\n"                                            // 30
            "    assignments:\n"                                             // 31
            "      - { from: 2005-02-30, fte: 1, tasks: { alg2: 100 } }\n";  // 32
    const auto loaded = load(yaml);
    INFO(loaded.messages());
    CHECK_FALSE(loaded.arge.has_value());
    CHECK(loaded.diagnostics.error_count() == 7);
    CHECK(loaded.has_error("9:13", "rounding must be one of half-up | half-even"));
    CHECK(loaded.has_error("20:13", "'to' 2004-06-30 is before 'from' 2005-01-01"));
    CHECK(loaded.has_error("22:16", "task percentages add up to 90, not 100"));
    CHECK(loaded.has_error("15:15", "unknown employer 'komune'"));
    CHECK(loaded.has_error("27:34", "fte must be greater than 0 and at most 1, found 1.5"));
    CHECK(loaded.has_error("32:17", "'2005-02-30' is not a date"));
    CHECK(loaded.has_error("28:9", "duplicate staff id 'P001' (first given at line 14)"));
}

// --- checks against the rules (arge_check) --------------------------------------

namespace {

// An ARGE for the rules checks. Lines: 7 "- id: K1", 9 pay_group (value in column 16),
// 13 tasks (first code in column 18).
std::string rules_arge(const std::string& pay_group, const std::string& tasks,
                       const std::string& more_staff = "") {
    return "schema: ausgleich/arge/v1\n"
           "arge: ARGE Regeln\n"
           "partners:\n"
           "  agentur: { full_time_hours: 40 }\n"
           "  kommune: { full_time_hours: 40 }\n"
           "staff:\n"
           "  - id: K1\n"
           "    employer: kommune\n"
           "    pay_group: " +
           pay_group +
           "\n"
           "    assignments:\n"
           "      - from: 2005-01-01\n"
           "        fte: 1\n"
           "        tasks: " +
           tasks + "\n" + more_staff;
}

const std::string k_rates_2005 = rates_yaml(
    "bmf-2005", "2005-01-01", "2005-12-31",
    "  A9: { kind: beamte, annual: 36500.00 }\n  E9: { kind: tarif, annual: 36500.00 }\n");

LoadedArge check_rules(SettlementFixture& fixture, const std::string& arge_yaml,
                       std::optional<ausgleich::DateRange> period = std::nullopt) {
    fixture.load_arge(arge_yaml);
    LoadedArge result;
    ausgleich::check_arge_against_rules(fixture.arge(), fixture.tasks(), fixture.rates(),
                                        result.diagnostics, period);
    return result;
}

// Whether a warning at `location` contains `text`.
bool has_warning(const LoadedArge& checked, const std::string& location, const std::string& text) {
    const std::string prefix = "arge.yaml:" + location + ": warning: ";
    for (const auto& diagnostic : checked.diagnostics.all()) {
        const std::string formatted = diagnostic.format();
        if (formatted.rfind(prefix, 0) == 0 && formatted.find(text) != std::string::npos) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("the SPEC example passes the checks against the SPEC catalog and rates", "[arge_check]") {
    SettlementFixture fixture;
    fixture.add_tasks(k_sgb2_catalog);
    fixture.add_rates(k_rates_2005);
    const auto checked = check_rules(fixture, k_example);
    CHECK(checked.messages() == "");
}

TEST_CASE("an unknown task code is an error at the code with a did-you-mean hint", "[arge_check]") {
    SettlementFixture fixture;
    fixture.add_tasks(k_sgb2_catalog);
    fixture.add_rates(k_rates_2005);
    const auto checked = check_rules(fixture, rules_arge("E9", "{ kdu: 50, algg2: 50 }"));
    INFO(checked.messages());
    CHECK(checked.diagnostics.error_count() == 1);
    // "        tasks: { kdu: 50, " is 26 characters: algg2 starts in column 27.
    CHECK(checked.has_error("13:27", "unknown task code 'algg2' (did you mean 'alg2'?)"));
}

TEST_CASE("partner ids and local tasks are known task codes", "[arge_check]") {
    SettlementFixture fixture;
    fixture.add_rates(k_rates_2005);
    const auto checked = check_rules(
        fixture, with_replaced(rules_arge("E9", "{ agentur: 40, eigen: 60 }"), "staff:\n",
                               "tasks:\n  eigen: { owner: kommune }\nstaff:\n"));
    CHECK(checked.messages() == "");
}

TEST_CASE("a catalog task owned by someone who is not a partner is an error, once per code",
          "[arge_check]") {
    SettlementFixture fixture;
    fixture.add_tasks(k_sgb2_catalog);
    fixture.add_tasks("schema: ausgleich/tasks/v1\n"
                      "id: kreis-tasks\n"
                      "tasks:\n"
                      "  kreisaufgabe: { owner: kreis }\n",
                      "kreis.yaml");
    fixture.add_rates(k_rates_2005);
    const auto checked = check_rules(fixture, rules_arge("E9", "{ kreisaufgabe: 50, alg2: 50 }",
                                                         "  - id: K2\n"
                                                         "    employer: kommune\n"
                                                         "    pay_group: E9\n"
                                                         "    assignments:\n"
                                                         "      - from: 2005-01-01\n"
                                                         "        fte: 1\n"
                                                         "        tasks: { kreisaufgabe: 100 }\n"));
    INFO(checked.messages());
    CHECK(checked.diagnostics.error_count() == 1);
    CHECK(checked.has_error("13:18", "task 'kreisaufgabe' (kreis-tasks) is owned by 'kreis', "
                                     "which is not a partner of this ARGE"));
}

TEST_CASE("a day without a rate is an error only inside a settled period (SPEC 4.1)",
          "[arge_check]") {
    SettlementFixture fixture;
    fixture.add_tasks(k_sgb2_catalog);
    fixture.add_rates(k_rates_2005, "rates-2005.yaml");
    // A partial 2006 table: only E9 is published so far.
    fixture.add_rates(rates_yaml("bmf-2006", "2006-01-01", "2006-12-31",
                                 "  E9: { kind: tarif, annual: 36500.00 }\n"),
                      "rates-2006.yaml");

    SECTION("without a period, A9's missing 2006 rate is a warning, not an error") {
        const auto checked = check_rules(fixture, rules_arge("A9", "{ kdu: 50, alg2: 50 }"));
        INFO(checked.messages());
        CHECK(checked.diagnostics.error_count() == 0);
        // Days after 2006-12-31 lie outside every table: not even a warning.
        CHECK(has_warning(checked, "9:16",
                          "no rate for pay group A9 of staff K1 on "
                          "2006-01-01..2006-12-31"));
        CHECK(checked.diagnostics.all().size() == 1);
    }
    SECTION("a period inside 2005 does not need the partial 2006 table") {
        const auto checked = check_rules(fixture, rules_arge("A9", "{ kdu: 50, alg2: 50 }"),
                                         ausgleich::parse_period("2005-Q2").range);
        CHECK(checked.messages() == "");
    }
    SECTION("a period in 2006 needs A9's rate on each of its days") {
        const auto checked = check_rules(fixture, rules_arge("A9", "{ kdu: 50, alg2: 50 }"),
                                         ausgleich::parse_period("2006-Q1").range);
        INFO(checked.messages());
        CHECK(checked.diagnostics.error_count() == 1);
        CHECK(checked.has_error("9:16", "no rate for pay group A9 of staff K1 on "
                                        "2006-01-01..2006-03-31: no loaded rates table covers it"));
    }
    SECTION("a period in a year no table covers is an error for that period's days only") {
        const auto checked = check_rules(fixture, rules_arge("E9", "{ kdu: 50, alg2: 50 }"),
                                         ausgleich::parse_period("2007-03").range);
        CHECK(checked.has_error("9:16", "E9 of staff K1 on 2007-03-01..2007-03-31"));
        CHECK(checked.diagnostics.error_count() == 1);
    }
    SECTION("E9 is rated on every day of the span") {
        const auto checked = check_rules(fixture, rules_arge("E9", "{ kdu: 50, alg2: 50 }"));
        CHECK(checked.messages() == "");
    }
    SECTION("an assignment after the span is not checked without a period") {
        const auto checked =
            check_rules(fixture, with_replaced(rules_arge("X1", "{ kdu: 50, alg2: 50 }"),
                                               "2005-01-01", "2007-01-01"));
        CHECK(checked.messages() == "");
    }
    SECTION("RulesCheck checks one staff record at a time") {
        fixture.load_arge(rules_arge("A9", "{ kdu: 50, algg2: 50 }"));
        ausgleich::RulesCheck check(fixture.arge(), fixture.tasks(), fixture.rates(),
                                    ausgleich::parse_period("2006").range);
        Diagnostics diagnostics;
        check.check(fixture.arge().staff[0], diagnostics);
        INFO(diagnostics.format_all());
        CHECK(diagnostics.error_count() == 2);
    }
}

TEST_CASE("an assignment's own pay_group is read with its position, and the staff member's "
          "applies where it has none",
          "[arge_loader]") {
    // Line 21 becomes "        pay_group: E9" (value in column 20); line 22 weekly_hours.
    const auto loaded = load_variant(k_hours_line, "        pay_group: E9\n" + k_hours_line);
    INFO(loaded.messages());
    REQUIRE(loaded.arge.has_value());
    const auto& staff = loaded.arge->staff.at(0);
    const auto& assignment = staff.assignments.at(0);
    CHECK(assignment.pay_group == std::optional<std::string>("E9"));
    CHECK(assignment.pay_group_pos.line == 21);
    CHECK(assignment.pay_group_pos.column == 20);
    CHECK(staff.pay_group_of(assignment) == "E9");
    CHECK(staff.pay_group_pos_of(assignment).line == 21);

    const auto plain = load(k_example);
    REQUIRE(plain.arge.has_value());
    const auto& unchanged = plain.arge->staff.at(0);
    CHECK_FALSE(unchanged.assignments.at(0).pay_group.has_value());
    CHECK(unchanged.pay_group_of(unchanged.assignments.at(0)) == "A9");
    CHECK(unchanged.pay_group_pos_of(unchanged.assignments.at(0)).line == 16);
}

TEST_CASE("an assignment's pay_group follows the id rules", "[arge_loader][errors]") {
    const auto loaded = load_variant(k_hours_line, "        pay_group: \"E 9\"\n" + k_hours_line);
    INFO(loaded.messages());
    CHECK_FALSE(loaded.arge.has_value());
    CHECK(loaded.diagnostics.error_count() == 1);
    CHECK(loaded.has_error("21:20", "pay_group 'E 9' must not contain whitespace"));
}
