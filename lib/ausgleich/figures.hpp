#pragma once
// How settlement figures are written as text (SPEC 6): the one form every
// output, the settlement JSON and its verification share, so that a figure
// compares equal exactly when its text does.

#include "ausgleich/arge.hpp"
#include "ausgleich/decimal.hpp"

#include <string>

namespace ausgleich {

/// An amount in cents: exactly two decimals, '.' as separator ("2503.61").
std::string money(const Rational& amount);
/// A line's FTE with `fte_decimals` places (6 when the policy keeps it exact).
std::string fte(const Rational& value, const Policy& policy);
/// A share exactly ("0.5"), or to 6 places when it is a mean with no finite decimal form.
std::string share(const Rational& value);

} // namespace ausgleich
