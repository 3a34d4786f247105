#pragma once
// Exact fractions in checked 128-bit integers: the fast path of SPEC 4 step 4.
//
// Every figure of a settlement is a finite decimal or a day (or month)
// fraction, so every sum of step 4 is an integer count of 1/D for one common
// denominator D of moderate size. Held as a numerator and that denominator in
// `__int128`, every operation is exact, and every one that could overflow is
// checked: a result that does not fit is "nothing", never a wrong value, and
// the caller settles that staff member with the rational path instead.

#include "ausgleich/decimal.hpp"

#include <cstdint>
#include <optional>

namespace ausgleich {

// GCC and Clang's 128-bit integers; `__extension__` keeps -Wpedantic quiet.
__extension__ typedef __int128 Int128;
__extension__ typedef unsigned __int128 UInt128;

/// n / d with d > 0, not necessarily in lowest terms.
struct FixedFraction {
    Int128 numerator = 0;
    Int128 denominator = 1;
};

/// The value as a fraction of two 128-bit integers, if both are below 2^126.
std::optional<FixedFraction> to_fixed(const Rational& value);

/// a × b, or nothing on overflow.
std::optional<Int128> checked_multiply(Int128 a, Int128 b);
/// a + b, or nothing on overflow.
std::optional<Int128> checked_add(Int128 a, Int128 b);
/// lcm(a, b) for a, b > 0, or nothing on overflow.
std::optional<Int128> checked_lcm(Int128 a, Int128 b);

/// a × b (a product of fractions, not reduced), or nothing on overflow.
std::optional<FixedFraction> checked_multiply(const FixedFraction& a, const FixedFraction& b);

/// The numerator of `value` over `denominator`, a multiple of value.denominator;
/// nothing on overflow.
std::optional<Int128> numerator_over(const FixedFraction& value, Int128 denominator);

/// numerator / denominator rounded to cents, as a count of cents, with the
/// rounding of round_to_places; nothing on overflow.
std::optional<Int128> round_to_cents(Int128 numerator, Int128 denominator, RoundingMode mode);

/// The exact rational value of numerator / denominator (denominator > 0).
Rational to_rational(Int128 numerator, Int128 denominator);

} // namespace ausgleich
