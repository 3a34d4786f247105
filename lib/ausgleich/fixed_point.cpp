#include "ausgleich/fixed_point.hpp"

namespace ausgleich {

namespace {

// The value as a 128-bit integer if its magnitude is below 2^126: the headroom
// keeps a sum of a few such values from overflowing before it is checked.
std::optional<Int128> to_int128(const Integer& value) {
    static const Integer bound = Integer(1) << 126;
    if (value >= bound || value <= -bound) {
        return std::nullopt;
    }
    return value.convert_to<Int128>();
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
    return Rational(Integer(numerator), Integer(denominator));
}

} // namespace ausgleich
