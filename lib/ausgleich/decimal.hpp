#pragma once
// Exact decimal numbers and the rounding rules of SPEC section 4.
//
// Every amount, rate, percentage and hour count is held as an exact rational
// (Boost.Multiprecision). Values enter only as text (parse_decimal) and leave
// only as text (format_fixed, format_exact); nothing passes through binary
// floating point.

#include <boost/multiprecision/cpp_int.hpp>
#include <stdexcept>
#include <string>
#include <string_view>

namespace ausgleich {

/// Arbitrary-precision integer.
using Integer = boost::multiprecision::cpp_int;
/// Exact rational number: the type of every money amount and factor.
using Rational = boost::multiprecision::cpp_rational;

/// How a value exactly halfway between two representable values is rounded.
enum class RoundingMode {
    half_up, ///< away from zero (kaufmännische Rundung, DIN 1333): 2.465 -> 2.47, -2.465 -> -2.47
    half_even, ///< to the even neighbour (banker's rounding): 2.465 -> 2.46, 2.475 -> 2.48
};

/// The longest numeric text accepted; a finance figure never needs more digits,
/// and the bound keeps hostile inputs (10,000-digit numbers) cheap to reject.
inline constexpr std::size_t k_max_decimal_length = 40;

/// Thrown by parse_decimal with a message fit for a user (including a hint where one helps).
class DecimalError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Parses `-?digits(.digits)?` exactly (SPEC section 2).
/// Throws DecimalError for anything else: exponents, decimal commas, thousands
/// separators, a leading '+', a bare '.', or more than k_max_decimal_length characters.
Rational parse_decimal(std::string_view text);

/// Exact comparisons for what runs once per staff member. Boost 1.74's
/// cpp_rational answers `==` and `<` with two runs of boost::rational's
/// comparison, a loop of divisions each (docs/performance.md); these compare
/// the reduced numerators and denominators, or the cross products, and give
/// the same answers. For a comparison with zero, `value.sign()` is as cheap.
bool same_value(const Rational& a, const Rational& b);
/// -1, 0 or 1 as a is below, equal to or above b.
int compare(const Rational& a, const Rational& b);

/// Rounds to `places` decimal places (places >= 0) with the given mode.
Rational round_to_places(const Rational& value, int places, RoundingMode mode);

/// Formats a value that is an exact multiple of 10^-places with exactly `places`
/// decimals and '.' as separator ("-12.50"). Throws std::logic_error otherwise:
/// rounding is the caller's decision, never the formatter's.
std::string format_fixed(const Rational& value, int places);

/// Rounds half-up to `places` and formats: for showing a value, never for money.
std::string format_rounded(const Rational& value, int places);

/// Formats a finite decimal with as few decimals as it needs ("0.5", "1", "0.874").
/// Throws std::logic_error when the value has no finite decimal expansion.
std::string format_exact(const Rational& value);

/// True when the value has a finite decimal expansion (denominator 2^a 5^b).
bool is_finite_decimal(const Rational& value);

/// 10^exponent as an exact integer.
Integer power_of_ten(int exponent);

} // namespace ausgleich
