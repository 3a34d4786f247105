#include "ausgleich/decimal.hpp"

#include <algorithm>
#include <cstdint>

namespace ausgleich {

namespace {

// 10^18 < 2^63: any 18 decimal digits fit in an int64.
constexpr std::size_t k_int64_digits = 18;

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), is_digit);
}

// "45.120,00" or "1.234" with a comma, "1,5": the German way of writing numbers.
// Returns the same number written with a dot, or "" when the text is not of that form.
std::string german_to_dot(std::string_view text) {
    std::string_view body = text;
    std::string sign;
    if (!body.empty() && body.front() == '-') {
        sign = "-";
        body.remove_prefix(1);
    }
    const auto comma = body.find(',');
    if (comma == std::string_view::npos || body.find(',', comma + 1) != std::string_view::npos) {
        return "";
    }
    const std::string_view fraction = body.substr(comma + 1);
    std::string_view integer = body.substr(0, comma);
    if (!all_digits(fraction)) {
        return "";
    }
    std::string digits;
    // Integer part: plain digits, or groups of three separated by dots.
    std::size_t start = 0;
    bool first_group = true;
    while (start <= integer.size()) {
        const auto dot = integer.find('.', start);
        const std::string_view group = integer.substr(start, dot - start);
        if (!all_digits(group) || (!first_group && group.size() != 3) ||
            (first_group && dot != std::string_view::npos && group.size() > 3)) {
            return "";
        }
        digits += group;
        first_group = false;
        if (dot == std::string_view::npos) {
            break;
        }
        start = dot + 1;
    }
    return sign + digits + "." + std::string(fraction);
}

std::string quoted(std::string_view text) {
    return "'" + std::string(text) + "'";
}

// "1e3", "-2.5E-4": digits, an optional fraction, e or E, an optionally signed exponent.
bool looks_like_exponent(std::string_view text) {
    const auto e = text.find_first_of("eE");
    if (e == std::string_view::npos) {
        return false;
    }
    std::string_view mantissa = text.substr(0, e);
    std::string_view exponent = text.substr(e + 1);
    if (!mantissa.empty() && mantissa.front() == '-') {
        mantissa.remove_prefix(1);
    }
    if (!exponent.empty() && (exponent.front() == '-' || exponent.front() == '+')) {
        exponent.remove_prefix(1);
    }
    const auto dot = mantissa.find('.');
    return all_digits(mantissa.substr(0, dot)) &&
           (dot == std::string_view::npos || all_digits(mantissa.substr(dot + 1))) &&
           all_digits(exponent);
}

} // namespace

Integer power_of_ten(int exponent) {
    Integer result = 1;
    for (int i = 0; i < exponent; ++i) {
        result *= 10;
    }
    return result;
}

Rational parse_decimal(std::string_view text) {
    if (text.empty()) {
        throw DecimalError("expected a decimal number, found nothing");
    }
    if (text.size() > k_max_decimal_length) {
        throw DecimalError("number too long (" + std::to_string(text.size()) +
                           " characters; at most " + std::to_string(k_max_decimal_length) + ")");
    }
    std::string_view body = text;
    const bool negative = body.front() == '-';
    if (negative) {
        body.remove_prefix(1);
    }
    const auto dot = body.find('.');
    const std::string_view integer_part = body.substr(0, dot);
    const std::string_view fraction_part =
        dot == std::string_view::npos ? std::string_view{} : body.substr(dot + 1);
    const bool well_formed =
        all_digits(integer_part) && (dot == std::string_view::npos || all_digits(fraction_part));
    if (!well_formed) {
        if (text.find(',') != std::string_view::npos) {
            const std::string suggestion = german_to_dot(text);
            if (!suggestion.empty()) {
                throw DecimalError("decimal comma in " + quoted(text) + ": write " + suggestion +
                                   " (a dot as decimal separator, no thousands separators)");
            }
            throw DecimalError("',' in " + quoted(text) +
                               ": use a dot as decimal separator and no thousands separators");
        }
        if (looks_like_exponent(text)) {
            throw DecimalError("exponent notation in " + quoted(text) +
                               " is not allowed: write the number out in full");
        }
        if (text.find_first_of(" _'") != std::string_view::npos ||
            !german_to_dot(std::string(text) + ",0").empty()) {
            throw DecimalError("thousands separator in " + quoted(text) +
                               " is not allowed: write the digits without grouping");
        }
        if (text.front() == '+') {
            throw DecimalError("a leading '+' in " + quoted(text) +
                               " is not allowed: write the number without sign");
        }
        throw DecimalError("expected a decimal number like 45120.00, found " + quoted(text));
    }
    // Up to 18 digits fit in an int64: exact without a string conversion, and a
    // whole number (50, 100.00) needs no gcd at all. This is the usual case.
    if (integer_part.size() + fraction_part.size() <= k_int64_digits) {
        std::int64_t value = 0;
        for (const char digit : integer_part) {
            value = value * 10 + (digit - '0');
        }
        for (const char digit : fraction_part) {
            value = value * 10 + (digit - '0');
        }
        int places = static_cast<int>(fraction_part.size());
        for (; places > 0 && value % 10 == 0; --places) {
            value /= 10;
        }
        const Integer numerator(negative ? -value : value);
        return places == 0 ? Rational(numerator) : Rational(numerator, power_of_ten(places));
    }
    // cpp_int reads a leading 0 as octal: strip leading zeros before converting.
    std::string digits = std::string(integer_part) + std::string(fraction_part);
    digits.erase(0, std::min(digits.find_first_not_of('0'), digits.size() - 1));
    Integer numerator(digits);
    if (negative) {
        numerator = -numerator;
    }
    return Rational(numerator, power_of_ten(static_cast<int>(fraction_part.size())));
}

bool same_value(const Rational& a, const Rational& b) {
    // Both are kept in lowest terms with a positive denominator.
    return a.backend().data() == b.backend().data();
}

int compare(const Rational& a, const Rational& b) {
    const auto& x = a.backend().data();
    const auto& y = b.backend().data();
    // Denominators are positive: a < b exactly when num(a)·den(b) < num(b)·den(a).
    const Integer left = x.numerator() * y.denominator();
    const Integer right = y.numerator() * x.denominator();
    return left < right ? -1 : (right < left ? 1 : 0);
}

Rational round_to_places(const Rational& value, int places, RoundingMode mode) {
    const Integer scale = power_of_ten(places);
    const Integer scaled_numerator = boost::multiprecision::numerator(value) * scale;
    const Integer denominator = boost::multiprecision::denominator(value); // always > 0
    // cpp_int division truncates toward zero and the remainder takes the numerator's sign.
    Integer quotient = scaled_numerator / denominator;
    const Integer remainder = scaled_numerator % denominator;
    const Integer twice_remainder = 2 * abs(remainder);
    const int sign = scaled_numerator.sign();
    if (twice_remainder > denominator) {
        quotient += sign;
    } else if (twice_remainder == denominator) {
        const bool away = mode == RoundingMode::half_up || (quotient % 2 != 0);
        if (away) {
            quotient += sign;
        }
    }
    return Rational(quotient, scale);
}

std::string format_fixed(const Rational& value, int places) {
    const Integer scaled = boost::multiprecision::numerator(value) * power_of_ten(places);
    const Integer denominator = boost::multiprecision::denominator(value);
    if (scaled % denominator != 0) {
        throw std::logic_error("format_fixed: value is not a multiple of 10^-" +
                               std::to_string(places));
    }
    const Integer units = scaled / denominator;
    std::string digits = Integer(abs(units)).str();
    if (digits.size() <= static_cast<std::size_t>(places)) {
        digits.insert(0, static_cast<std::size_t>(places) + 1 - digits.size(), '0');
    }
    std::string result = units.sign() < 0 ? "-" : "";
    result += digits.substr(0, digits.size() - static_cast<std::size_t>(places));
    if (places > 0) {
        result += '.';
        result += digits.substr(digits.size() - static_cast<std::size_t>(places));
    }
    return result;
}

std::string format_rounded(const Rational& value, int places) {
    return format_fixed(round_to_places(value, places, RoundingMode::half_up), places);
}

bool is_finite_decimal(const Rational& value) {
    Integer denominator = boost::multiprecision::denominator(value);
    while (denominator % 2 == 0) {
        denominator /= 2;
    }
    while (denominator % 5 == 0) {
        denominator /= 5;
    }
    return denominator == 1;
}

std::string format_exact(const Rational& value) {
    if (!is_finite_decimal(value)) {
        throw std::logic_error("format_exact: value has no finite decimal expansion");
    }
    const Integer denominator = boost::multiprecision::denominator(value);
    int places = 0;
    Integer scale = 1;
    while (scale % denominator != 0) {
        scale *= 10;
        ++places;
    }
    return format_fixed(value, places);
}

} // namespace ausgleich
