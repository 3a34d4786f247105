// Exact decimals (SPEC section 2) and the rounding rules of SPEC section 4.

#include "ausgleich/decimal.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using ausgleich::DecimalError;
using ausgleich::format_exact;
using ausgleich::format_fixed;
using ausgleich::format_rounded;
using ausgleich::is_finite_decimal;
using ausgleich::parse_decimal;
using ausgleich::power_of_ten;
using ausgleich::Rational;
using ausgleich::round_to_places;
using ausgleich::RoundingMode;

namespace {

// The message parse_decimal gives for `text`, or "" when it accepts it.
std::string rejection_of(const std::string& text) {
    try {
        parse_decimal(text);
    } catch (const DecimalError& error) {
        return error.what();
    }
    return "";
}

Rational half_up(const Rational& value, int places) {
    return round_to_places(value, places, RoundingMode::half_up);
}

Rational half_even(const Rational& value, int places) {
    return round_to_places(value, places, RoundingMode::half_even);
}

} // namespace

// --- parse_decimal: accepted forms ---------------------------------------------

TEST_CASE("parse_decimal reads a money amount exactly from its text", "[decimal]") {
    CHECK(parse_decimal("45120.00") == Rational(4512000, 100));
    CHECK(parse_decimal("11070.00") == 11070);
    CHECK(parse_decimal("0.5") == Rational(1, 2));
    CHECK(parse_decimal("87.4") == Rational(874, 10));
}

TEST_CASE("parse_decimal reads a value that binary floating point cannot hold exactly",
          "[decimal]") {
    // 0.1 as a double is 0.1000000000000000055511151231257827...; here it is 1/10.
    CHECK(parse_decimal("0.1") == Rational(1, 10));
    CHECK(parse_decimal("0.1") + parse_decimal("0.2") == parse_decimal("0.3"));
}

TEST_CASE("parse_decimal reads negative numbers", "[decimal]") {
    CHECK(parse_decimal("-2.465") == Rational(-2465, 1000));
    CHECK(parse_decimal("-12") == -12);
    CHECK(parse_decimal("-0.00") == 0);
}

TEST_CASE("parse_decimal reads leading zeros as decimal digits, never as octal", "[decimal]") {
    CHECK(parse_decimal("007.50") == Rational(15, 2));
    CHECK(parse_decimal("010") == 10); // octal 010 would be 8
    CHECK(parse_decimal("0") == 0);
    CHECK(parse_decimal("0.00") == 0);
}

TEST_CASE("parse_decimal accepts a number of exactly the maximum length of 40 characters",
          "[decimal]") {
    const std::string forty_digits = "1234567890123456789012345678901234567890";
    REQUIRE(forty_digits.size() == ausgleich::k_max_decimal_length);
    CHECK(parse_decimal(forty_digits) ==
          ausgleich::Integer("1234567890123456789012345678901234567890"));
}

TEST_CASE("parse_decimal reads 18 and 19 digits alike: the int64 path and the long one",
          "[decimal]") {
    // 18 digits take the int64 path, 19 the cpp_int one; both exact.
    CHECK(parse_decimal("999999999999999999") == ausgleich::Integer("999999999999999999"));
    CHECK(parse_decimal("9999999999999999999") == ausgleich::Integer("9999999999999999999"));
    CHECK(parse_decimal("-99999999.9999999999") ==
          Rational(ausgleich::Integer("-999999999999999999"), power_of_ten(10)));
    CHECK(parse_decimal("999999999.9999999999") ==
          Rational(ausgleich::Integer("9999999999999999999"), power_of_ten(10)));
    CHECK(parse_decimal("100.000000000000000") == 100);
    CHECK(parse_decimal("0.000000000000000001") == Rational(1, power_of_ten(18)));
}

TEST_CASE("parse_decimal gives every short decimal the value of its digits over 10^places",
          "[decimal]") {
    // Against the definition, computed independently with cpp_int's own text
    // conversion: every text of 1 to 18 digits built from a digit pattern, with
    // every position of the dot and both signs.
    const std::string pattern = "907100000300508640";
    int compared = 0;
    for (std::size_t length = 1; length <= pattern.size(); ++length) {
        const std::string digits = pattern.substr(pattern.size() - length);
        for (std::size_t places = 0; places < length; ++places) {
            for (const bool negative : {false, true}) {
                std::string text = digits;
                if (places > 0) {
                    text.insert(length - places, ".");
                }
                text = (negative ? "-" : "") + text;
                const std::string significant =
                    digits.substr(std::min(digits.find_first_not_of('0'), digits.size() - 1));
                const ausgleich::Integer numerator(significant);
                const Rational expected(negative ? ausgleich::Integer(-numerator) : numerator,
                                        power_of_ten(static_cast<int>(places)));
                INFO(text);
                CHECK(parse_decimal(text) == expected);
                ++compared;
            }
        }
    }
    CHECK(compared == 18 * 19); // 2 × (1 + 2 + … + 18)
}

// --- parse_decimal: rejections -------------------------------------------------

TEST_CASE("parse_decimal rejects exponent notation", "[decimal]") {
    CHECK(rejection_of("1e3") ==
          "exponent notation in '1e3' is not allowed: write the number out in full");
    CHECK(rejection_of("4.512E4") ==
          "exponent notation in '4.512E4' is not allowed: write the number out in full");
}

TEST_CASE("parse_decimal rejects a German decimal comma and suggests the same number with a dot",
          "[decimal]") {
    CHECK(rejection_of("45.120,00") == "decimal comma in '45.120,00': write 45120.00 "
                                       "(a dot as decimal separator, no thousands separators)");
    CHECK(
        rejection_of("1,5") ==
        "decimal comma in '1,5': write 1.5 (a dot as decimal separator, no thousands separators)");
    CHECK(rejection_of("-1.234,56") == "decimal comma in '-1.234,56': write -1234.56 "
                                       "(a dot as decimal separator, no thousands separators)");
}

TEST_CASE("parse_decimal rejects English thousands separators without guessing a number",
          "[decimal]") {
    CHECK(rejection_of("45,120.00") ==
          "',' in '45,120.00': use a dot as decimal separator and no thousands separators");
}

TEST_CASE("parse_decimal rejects digit grouping with spaces, underscores or apostrophes",
          "[decimal]") {
    const std::string hint = " is not allowed: write the digits without grouping";
    CHECK(rejection_of("1 000") == "thousands separator in '1 000'" + hint);
    CHECK(rejection_of("1_000") == "thousands separator in '1_000'" + hint);
    CHECK(rejection_of("1'000") == "thousands separator in '1'000'" + hint);
}

TEST_CASE("parse_decimal rejects a leading plus sign", "[decimal]") {
    CHECK(rejection_of("+5") ==
          "a leading '+' in '+5' is not allowed: write the number without sign");
}

TEST_CASE("parse_decimal requires digits on both sides of the dot", "[decimal]") {
    CHECK(rejection_of(".5") == "expected a decimal number like 45120.00, found '.5'");
    CHECK(rejection_of("5.") == "expected a decimal number like 45120.00, found '5.'");
    CHECK(rejection_of("-.5") == "expected a decimal number like 45120.00, found '-.5'");
    CHECK(rejection_of("1.2.3") == "expected a decimal number like 45120.00, found '1.2.3'");
}

TEST_CASE("parse_decimal rejects empty text and words", "[decimal]") {
    CHECK(rejection_of("") == "expected a decimal number, found nothing");
    CHECK(rejection_of("-") == "expected a decimal number like 45120.00, found '-'");
    CHECK(rejection_of("abc") == "expected a decimal number like 45120.00, found 'abc'");
    CHECK(rejection_of(".inf") == "expected a decimal number like 45120.00, found '.inf'");
}

TEST_CASE("parse_decimal rejects a number longer than 40 characters before looking at it",
          "[decimal]") {
    const std::string forty_one_digits(41, '9');
    CHECK(rejection_of(forty_one_digits) == "number too long (41 characters; at most 40)");
    // Also when the text would be rejected for its form anyway.
    CHECK(rejection_of(std::string(10000, 'x')) ==
          "number too long (10000 characters; at most 40)");
}

// --- round_to_places -----------------------------------------------------------

TEST_CASE("half-up rounds an exact half away from zero, half-even to the even cent",
          "[decimal][rounding]") {
    const Rational value = parse_decimal("2.465"); // exactly between 2.46 and 2.47
    CHECK(half_up(value, 2) == parse_decimal("2.47"));
    CHECK(half_even(value, 2) == parse_decimal("2.46")); // 6 is even
}

TEST_CASE("both modes round 2.475 up to 2.48 because 8 is the even neighbour",
          "[decimal][rounding]") {
    const Rational value = parse_decimal("2.475");
    CHECK(half_up(value, 2) == parse_decimal("2.48"));
    CHECK(half_even(value, 2) == parse_decimal("2.48"));
}

TEST_CASE("an exact negative half rounds away from zero under half-up and to even under "
          "half-even",
          "[decimal][rounding]") {
    const Rational value = parse_decimal("-2.465");
    CHECK(half_up(value, 2) == parse_decimal("-2.47"));
    CHECK(half_even(value, 2) == parse_decimal("-2.46"));
    CHECK(half_up(parse_decimal("-2.475"), 2) == parse_decimal("-2.48"));
    CHECK(half_even(parse_decimal("-2.475"), 2) == parse_decimal("-2.48"));
}

TEST_CASE("half a cent becomes one cent under half-up and zero under half-even",
          "[decimal][rounding]") {
    CHECK(half_up(parse_decimal("0.005"), 2) == parse_decimal("0.01"));
    CHECK(half_even(parse_decimal("0.005"), 2) == 0);
    CHECK(half_up(parse_decimal("-0.005"), 2) == parse_decimal("-0.01"));
    CHECK(half_even(parse_decimal("-0.005"), 2) == 0);
}

TEST_CASE("a value below or above the half rounds to the nearest cent in both modes",
          "[decimal][rounding]") {
    for (const auto mode : {RoundingMode::half_up, RoundingMode::half_even}) {
        CHECK(round_to_places(parse_decimal("2.464"), 2, mode) == parse_decimal("2.46"));
        CHECK(round_to_places(parse_decimal("2.466"), 2, mode) == parse_decimal("2.47"));
        CHECK(round_to_places(parse_decimal("-2.464"), 2, mode) == parse_decimal("-2.46"));
        CHECK(round_to_places(parse_decimal("-2.466"), 2, mode) == parse_decimal("-2.47"));
        // 2.4650000001 is just above the half: not a tie, so up in both modes.
        CHECK(round_to_places(parse_decimal("2.4650000001"), 2, mode) == parse_decimal("2.47"));
    }
}

TEST_CASE("a fraction without a finite decimal expansion rounds to the nearest cent",
          "[decimal][rounding]") {
    // 1/3 = 0.333..., 2/3 = 0.666...
    CHECK(half_up(Rational(1, 3), 2) == parse_decimal("0.33"));
    CHECK(half_even(Rational(1, 3), 2) == parse_decimal("0.33"));
    CHECK(half_up(Rational(2, 3), 2) == parse_decimal("0.67"));
    CHECK(half_even(Rational(-2, 3), 2) == parse_decimal("-0.67"));
}

TEST_CASE("a rational that is exactly half a cent is a tie", "[decimal][rounding]") {
    // 1/8 = 0.125: halfway between 0.12 and 0.13.
    CHECK(half_up(Rational(1, 8), 2) == parse_decimal("0.13"));
    CHECK(half_even(Rational(1, 8), 2) == parse_decimal("0.12"));
}

TEST_CASE("rounding to whole numbers and to four places works the same way",
          "[decimal][rounding]") {
    CHECK(half_up(parse_decimal("2.5"), 0) == 3);
    CHECK(half_even(parse_decimal("2.5"), 0) == 2);
    CHECK(half_even(parse_decimal("3.5"), 0) == 4);
    CHECK(half_up(parse_decimal("-2.5"), 0) == -3);
    CHECK(half_even(parse_decimal("-2.5"), 0) == -2);
    // An FTE of 20 of 39 hours: 20/39 = 0.51282..., four places 0.5128.
    CHECK(half_up(Rational(20, 39), 4) == parse_decimal("0.5128"));
}

TEST_CASE("a value already on the cent stays unchanged", "[decimal][rounding]") {
    CHECK(half_up(parse_decimal("2.46"), 2) == parse_decimal("2.46"));
    CHECK(half_even(parse_decimal("-2.47"), 2) == parse_decimal("-2.47"));
    CHECK(half_up(0, 2) == 0);
}

// --- formatting ----------------------------------------------------------------

TEST_CASE("format_fixed writes exactly the requested number of decimals with a dot",
          "[decimal][format]") {
    CHECK(format_fixed(parse_decimal("-12.5"), 2) == "-12.50");
    CHECK(format_fixed(parse_decimal("0.05"), 2) == "0.05");
    CHECK(format_fixed(parse_decimal("-0.05"), 2) == "-0.05");
    CHECK(format_fixed(0, 2) == "0.00");
    CHECK(format_fixed(45120, 2) == "45120.00");
    CHECK(format_fixed(45120, 0) == "45120");
    CHECK(format_fixed(parse_decimal("0.5128"), 4) == "0.5128");
}

TEST_CASE("format_fixed refuses a value that would need rounding", "[decimal][format]") {
    CHECK_THROWS_AS(format_fixed(Rational(1, 3), 2), std::logic_error);
    CHECK_THROWS_AS(format_fixed(parse_decimal("0.005"), 2), std::logic_error);
}

TEST_CASE("format_exact writes a finite decimal with no more decimals than it has",
          "[decimal][format]") {
    CHECK(format_exact(Rational(1, 2)) == "0.5");
    CHECK(format_exact(1) == "1");
    CHECK(format_exact(parse_decimal("0.874")) == "0.874");
    CHECK(format_exact(parse_decimal("45120.00")) == "45120");
    CHECK(format_exact(Rational(-1, 4)) == "-0.25");
    CHECK(format_exact(0) == "0");
    CHECK(format_exact(Rational(1, 1024)) == "0.0009765625"); // 1/2^10 = 5^10 / 10^10
}

TEST_CASE("format_exact refuses a value with no finite decimal expansion", "[decimal][format]") {
    CHECK_THROWS_AS(format_exact(Rational(1, 3)), std::logic_error);
}

TEST_CASE("format_rounded rounds half-up before formatting", "[decimal][format]") {
    CHECK(format_rounded(parse_decimal("2.465"), 2) == "2.47");
    CHECK(format_rounded(parse_decimal("-2.465"), 2) == "-2.47");
    CHECK(format_rounded(Rational(1, 3), 4) == "0.3333");
    CHECK(format_rounded(Rational(2, 3), 2) == "0.67");
    CHECK(format_rounded(7, 2) == "7.00");
}

TEST_CASE("is_finite_decimal holds exactly for denominators made of 2s and 5s", "[decimal]") {
    CHECK(is_finite_decimal(Rational(1, 2)));
    CHECK(is_finite_decimal(Rational(1, 20)));
    CHECK(is_finite_decimal(Rational(3, 12))); // = 1/4
    CHECK(is_finite_decimal(42));
    CHECK_FALSE(is_finite_decimal(Rational(1, 3)));
    CHECK_FALSE(is_finite_decimal(Rational(1, 6)));
    CHECK_FALSE(is_finite_decimal(Rational(91, 365))); // 365 = 5 * 73
}

TEST_CASE("power_of_ten gives 10 to the exponent as an exact integer", "[decimal]") {
    CHECK(power_of_ten(0) == 1);
    CHECK(power_of_ten(2) == 100);
    CHECK(power_of_ten(30) == ausgleich::Integer("1000000000000000000000000000000"));
}

TEST_CASE("compare and same_value agree with the operators on every kind of pair", "[decimal]") {
    // The cheap comparisons used per staff member must give the answers of
    // Boost's own operators: equal, below, above, negative, zero, whole and
    // huge values, and fractions that differ only far behind the point.
    const std::vector<Rational> values{
        Rational(0),
        Rational(1),
        Rational(-1),
        Rational(1, 2),
        Rational(2, 4),
        Rational(-1, 2),
        Rational(100),
        Rational(91, 365),
        Rational(92, 365),
        parse_decimal("0.874"),
        parse_decimal("0.8740000000000000000000000000001"),
        parse_decimal("-12345678901234567890.5"),
        Rational(ausgleich::Integer("1000000000000000000000000000001"), power_of_ten(30))};
    for (const auto& a : values) {
        for (const auto& b : values) {
            INFO(a.str() + " vs " + b.str());
            CHECK(ausgleich::same_value(a, b) == (a == b));
            CHECK(ausgleich::compare(a, b) == (a < b ? -1 : (a > b ? 1 : 0)));
        }
    }
    CHECK(ausgleich::same_value(Rational(2, 4), Rational(1, 2)));
    CHECK(ausgleich::compare(Rational(91, 365), Rational(92, 365)) == -1);
    CHECK(ausgleich::compare(Rational(1), parse_decimal("0.9999")) == 1);
}
