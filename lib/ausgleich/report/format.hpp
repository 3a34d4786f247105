#pragma once
// How settlement figures are written as text, shared by every renderer.

#include "ausgleich/arge.hpp"
#include "ausgleich/decimal.hpp"

#include <string>

namespace ausgleich::report {

/// An amount in cents: exactly two decimals, '.' as separator ("2503.61").
std::string money(const Rational& amount);
/// A line's FTE with `fte_decimals` places (6 when the policy keeps it exact).
std::string fte(const Rational& value, const Policy& policy);
/// "Stadt Musterstadt (kommune)": a partner's name with its id, or the id alone
/// when the ARGE file gives no other name.
std::string partner_label(const Arge& arge, const std::string& id);
/// The width of UTF-8 text in characters (for aligning columns of text).
std::size_t display_width(const std::string& text);
/// A share exactly ("0.5"), or to 6 places when it is a mean with no finite decimal form.
std::string share(const Rational& value);

} // namespace ausgleich::report
