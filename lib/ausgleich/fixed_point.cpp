#include "ausgleich/fixed_point.hpp"

#include <limits>

namespace ausgleich {

namespace {

// The value as a 128-bit integer if its magnitude is below 2^126: the headroom
// keeps a sum of a few such values from overflowing before it is checked.
std::optional<Int128> to_int128(const Integer& value) {
    if (value <= std::numeric_limits<std::int64_t>::max() &&
        value >= std::numeric_limits<std::int64_t>::min()) {
        return static_cast<Int128>(value.convert_to<std::int64_t>());
    }
    const Integer magnitude = abs(value);
    if (boost::multiprecision::msb(magnitude) >= 126) {
        return std::nullopt;
    }
    const auto high =
        static_cast<std::uint64_t>(Integer(magnitude >> 64).convert_to<std::uint64_t>());
    const auto low = static_cast<std::uint64_t>(
        Integer(magnitude & std::numeric_limits<std::uint64_t>::max()).convert_to<std::uint64_t>());
    const Int128 result = static_cast<Int128>((static_cast<UInt128>(high) << 64) | low);
    return value < 0 ? -result : result;
}

Int128 gcd(Int128 a, Int128 b) {
    // Both > 0 here (denominators).
    while (b != 0) {
        const Int128 rest = a % b;
        a = b;
        b = rest;
    }
    return a;
}

// |value| as an Integer, built from 64-bit halves: cpp_int has no portable
// constructor from __int128.
Integer to_integer(Int128 value) {
    const bool negative = value < 0;
    const UInt128 magnitude = negative ? -static_cast<UInt128>(value) : static_cast<UInt128>(value);
    Integer result = static_cast<std::uint64_t>(magnitude >> 64);
    result <<= 64;
    result += static_cast<std::uint64_t>(magnitude);
    return negative ? Integer(-result) : result;
}

} // namespace

std::optional<FixedFraction> to_fixed(const Rational& value) {
    const auto numerator = to_int128(boost::multiprecision::numerator(value));
    const auto denominator = to_int128(boost::multiprecision::denominator(value));
    if (!numerator || !denominator) {
        return std::nullopt;
    }
    return FixedFraction{*numerator, *denominator};
}

std::optional<Int128> checked_multiply(Int128 a, Int128 b) {
    Int128 product = 0;
    if (__builtin_mul_overflow(a, b, &product)) {
        return std::nullopt;
    }
    return product;
}

std::optional<Int128> checked_add(Int128 a, Int128 b) {
    Int128 sum = 0;
    if (__builtin_add_overflow(a, b, &sum)) {
        return std::nullopt;
    }
    return sum;
}

std::optional<Int128> checked_lcm(Int128 a, Int128 b) {
    return checked_multiply(a / gcd(a, b), b);
}

std::optional<FixedFraction> checked_multiply(const FixedFraction& a, const FixedFraction& b) {
    const auto numerator = checked_multiply(a.numerator, b.numerator);
    const auto denominator = checked_multiply(a.denominator, b.denominator);
    if (!numerator || !denominator) {
        return std::nullopt;
    }
    return FixedFraction{*numerator, *denominator};
}

std::optional<Int128> numerator_over(const FixedFraction& value, Int128 denominator) {
    return checked_multiply(value.numerator, denominator / value.denominator);
}

std::optional<Int128> round_to_cents(Int128 numerator, Int128 denominator, RoundingMode mode) {
    const auto scaled = checked_multiply(numerator, 100);
    if (!scaled) {
        return std::nullopt;
    }
    // As round_to_places: division truncates toward zero, the remainder takes
    // the sign of the numerator, and a tie goes away from zero or to even.
    Int128 quotient = *scaled / denominator;
    const Int128 remainder = *scaled % denominator;
    // |remainder| against the rest of the way to the denominator, rather than
    // 2 × |remainder| against it, which could overflow.
    const Int128 magnitude = remainder < 0 ? -remainder : remainder;
    const Int128 rest = denominator - magnitude;
    const int sign = *scaled < 0 ? -1 : 1;
    if (magnitude > rest) {
        quotient += sign;
    } else if (magnitude == rest) {
        if (mode == RoundingMode::half_up || quotient % 2 != 0) {
            quotient += sign;
        }
    }
    return quotient;
}

Rational to_rational(Int128 numerator, Int128 denominator) {
    return Rational(to_integer(numerator), to_integer(denominator));
}

} // namespace ausgleich
