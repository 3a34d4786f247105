#pragma once
// SPEC 4 step 4 and the rounding of a line in exact fixed point (issue 13).
//
// The figures of a line (its components' exact sums, their cents, the line's
// exact value and amount) are computed in checked 128-bit integers over one
// common denominator, which is exact by construction; when a figure does not
// fit, the caller uses the rational path. A process-wide switch runs both
// paths for every staff member and fails on any difference: on in debug
// builds, and where AUSGLEICH_CHECK_ARITHMETIC=1 (the property tests and the
// oracle comparison run with it).

#include "ausgleich/settlement.hpp"

#include <cstdint>
#include <stdexcept>

namespace ausgleich {

/// Fills line.components, line.exact and line.amount for the line's debtor
/// from the derivation, in fixed point. False (with `line` unchanged) when a
/// figure does not fit into 128 bits.
bool fixed_point_figures(const StaffDerivation& derivation, const Policy& policy, Line& line);

/// The same with Boost.Multiprecision rationals: always succeeds.
void rational_figures(const StaffDerivation& derivation, const Policy& policy, Line& line);

/// Thrown when the checked fixed-point path and the rational path disagree:
/// a bug in the program, never in the input.
class ArithmeticMismatch : public std::logic_error {
public:
    using std::logic_error::logic_error;
};

/// Whether staff_lines computes both paths and compares them.
bool arithmetic_check();
void set_arithmetic_check(bool on);

/// How many staff members each path settled in this process.
struct ArithmeticCounts {
    std::uint64_t fixed_point = 0; ///< every line of the staff member fit
    std::uint64_t rational = 0;    ///< some figure did not fit, or the rational path was asked for
};
ArithmeticCounts arithmetic_counts();
void count_staff_member(bool fixed_point);

/// The first difference between the figures of two lines, or "" when the
/// components, their exact sums and cents, the exact value and the amount agree.
std::string figures_difference(const Line& fixed, const Line& rational);

} // namespace ausgleich
