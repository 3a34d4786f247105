// The checked 128-bit primitives of the fixed-point path (issue 13): each
// result is one a person can check by hand, and every overflow is "nothing".

#include "ausgleich/fixed_point.hpp"

#include <catch2/catch.hpp>

using ausgleich::checked_add;
using ausgleich::checked_lcm;
using ausgleich::checked_multiply;
using ausgleich::FixedFraction;
using ausgleich::Int128;
using ausgleich::Integer;
using ausgleich::parse_decimal;
using ausgleich::Rational;
using ausgleich::round_to_cents;
using ausgleich::RoundingMode;
using ausgleich::to_fixed;
using ausgleich::to_rational;

TEST_CASE("a decimal becomes its reduced fraction of two 128-bit integers", "[fixed_point]") {
    // 62050.30 = 6205030/100 = 620503/10 (Rational keeps lowest terms).
    const auto value = to_fixed(parse_decimal("62050.30"));
    REQUIRE(value);
    CHECK(value->numerator == 620503);
    CHECK(value->denominator == 10);
    const auto negative = to_fixed(parse_decimal("-0.25"));
    REQUIRE(negative);
    CHECK(negative->numerator == -1);
    CHECK(negative->denominator == 4);
    // 2^64 + 1 is beyond 64 bits and still taken.
    const auto beyond_64_bits = to_fixed(parse_decimal("-9223372036854775808.5"));
    REQUIRE(beyond_64_bits);
    CHECK(beyond_64_bits->numerator == -((Int128(1) << 64) + 1));
    CHECK(beyond_64_bits->denominator == 2);
    // 2^126 - 1 fits, 2^126 does not (the headroom for sums).
    const auto largest = to_fixed(parse_decimal("85070591730234615865843651857942052863"));
    REQUIRE(largest);
    CHECK(largest->numerator == (Int128(1) << 126) - 1);
    CHECK_FALSE(to_fixed(parse_decimal("85070591730234615865843651857942052864")));
    CHECK_FALSE(to_fixed(parse_decimal("-85070591730234615865843651857942052864")));
    CHECK(to_fixed(parse_decimal("-85070591730234615865843651857942052863")));
    CHECK_FALSE(to_fixed(Rational(1, Integer("85070591730234615865843651857942052864"))));
}

TEST_CASE("products and sums that leave 128 bits are nothing", "[fixed_point]") {
    const Int128 two_to_60 = Int128(1) << 60;
    const auto product = checked_multiply(two_to_60, two_to_60);
    REQUIRE(product);
    CHECK(*product == Int128(1) << 120);
    CHECK_FALSE(checked_multiply(Int128(1) << 100, Int128(1) << 30));
    CHECK_FALSE(checked_multiply(-(Int128(1) << 100), Int128(1) << 30));
    const Int128 largest = ~(static_cast<ausgleich::UInt128>(1) << 127);
    CHECK(checked_add(largest - 1, 1));
    CHECK_FALSE(checked_add(largest, 1));
    CHECK_FALSE(checked_multiply(FixedFraction{1, Int128(1) << 100}, FixedFraction{1, 1 << 30}));
}

TEST_CASE("the common denominators of the day and month fractions", "[fixed_point]") {
    // lcm(365, 366) = 365 × 366 (coprime) = 133,590.
    CHECK(*checked_lcm(365, 366) == 133590);
    // lcm(12·28, 12·29, 12·30, 12·31) = 2^4 · 3^2 · 5 · 7 · 29 · 31 = 4,530,960
    // (PERFORMANCE.md: the prototype's 4,531,680 was wrong).
    CHECK(*checked_lcm(*checked_lcm(*checked_lcm(336, 348), 360), 372) == 4530960);
    CHECK(*checked_lcm(100, 1000) == 1000);
    CHECK_FALSE(checked_lcm(Int128(1) << 100, (Int128(1) << 40) - 1));
}

TEST_CASE("cents by exact integer division, half-up and half-even on the remainder",
          "[fixed_point]") {
    // 2.465 = 2465/1000: a tie; half-up goes away from zero, half-even to 246.
    CHECK(*round_to_cents(2465, 1000, RoundingMode::half_up) == 247);
    CHECK(*round_to_cents(2465, 1000, RoundingMode::half_even) == 246);
    CHECK(*round_to_cents(-2465, 1000, RoundingMode::half_up) == -247);
    CHECK(*round_to_cents(-2465, 1000, RoundingMode::half_even) == -246);
    CHECK(*round_to_cents(2475, 1000, RoundingMode::half_even) == 248);
    // 2.4649 and 2/3 are no ties.
    CHECK(*round_to_cents(24649, 10000, RoundingMode::half_up) == 246);
    CHECK(*round_to_cents(2, 3, RoundingMode::half_even) == 67);
    CHECK_FALSE(round_to_cents(Int128(1) << 125, 3, RoundingMode::half_up));
}

TEST_CASE("fixed-point cents agree with round_to_places on every small fraction", "[fixed_point]") {
    for (const Int128 denominator : {1, 3, 7, 8, 40, 365, 1000, 133590}) {
        for (Int128 numerator = -3000; numerator <= 3000; ++numerator) {
            for (const auto mode : {RoundingMode::half_up, RoundingMode::half_even}) {
                const Rational value = to_rational(numerator, denominator);
                const Rational expected = ausgleich::round_to_places(value, 2, mode) * 100;
                REQUIRE(to_rational(*round_to_cents(numerator, denominator, mode), 1) == expected);
            }
        }
    }
}

TEST_CASE("a 128-bit fraction becomes the same rational", "[fixed_point]") {
    // (2^100 + 1) / 3, against the same value built from cpp_int.
    const Integer two_to_100 = Integer(1) << 100;
    CHECK(to_rational((Int128(1) << 100) + 1, 3) == Rational(two_to_100 + 1, 3));
    CHECK(to_rational(-((Int128(1) << 100) + 1), 6) == Rational(-(two_to_100 + 1), 6));
    CHECK(to_rational(-5, 10) == Rational(-1, 2));
}
