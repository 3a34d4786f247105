#include "ausgleich/report/format.hpp"

namespace ausgleich::report {

std::string money(const Rational& amount) {
    return format_fixed(amount, 2);
}

std::string fte(const Rational& value, const Policy& policy) {
    return format_rounded(value, policy.fte_decimals.value_or(6));
}

std::string partner_label(const Arge& arge, const std::string& id) {
    const Partner* partner = arge.partner(id);
    return partner && !partner->name.empty() && partner->name != id
               ? partner->name + " (" + id + ")"
               : id;
}

std::string share(const Rational& value) {
    return is_finite_decimal(value) ? format_exact(value) : format_rounded(value, 6);
}

} // namespace ausgleich::report
