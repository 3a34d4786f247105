#include "ausgleich/figures.hpp"

namespace ausgleich {

std::string money(const Rational& amount) {
    return format_fixed(amount, 2);
}

std::string fte(const Rational& value, const Policy& policy) {
    return format_rounded(value, policy.fte_decimals.value_or(6));
}

std::string share(const Rational& value) {
    return is_finite_decimal(value) ? format_exact(value) : format_rounded(value, 6);
}

} // namespace ausgleich
