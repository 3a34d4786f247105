#pragma once
// The settlement (or a true-up) summarized by pay group and employer: what a document for the
// other partner may show (`--aggregate`) and the summary of the printable
// statement. No staff ids survive the summary.

#include "ausgleich/decimal.hpp"
#include "ausgleich/settlement.hpp"
#include "ausgleich/trueup.hpp"

#include <string>
#include <vector>

namespace ausgleich::report {

/// The lines of one direction, employer and pay group taken together.
struct PayGroupSum {
    std::string debtor;
    std::string creditor;
    std::string employer; ///< always the creditor: a line is owed to the staff member's employer
    std::string pay_group;
    long staff = 0;  ///< lines summed; one line per staff member and debtor
    Rational amount; ///< sum of the line amounts as shown (rounded to cents)
};

/// One entry per (debtor, creditor, pay group) with at least one line, sorted
/// by debtor, creditor, then pay group in natural order (A6 before A10).
/// Under per-line and per-component rounding the amounts of one direction add
/// up to its total; under per-total they add up to the total minus its
/// rounding difference, like the lines they sum.
std::vector<PayGroupSum> summarize_by_pay_group(const Settlement& settlement);

/// The lines of a true-up of one direction, employer and pay group together.
struct TrueupPayGroupSum {
    std::string debtor;
    std::string creditor;
    std::string employer;
    std::string pay_group;
    long staff = 0;        ///< true-up lines summed
    TrueupAmounts amounts; ///< final, paid and difference, each summed
};

/// summarize_by_pay_group for a true-up: the same groups and order. A line
/// counts under its pay group now, or as paid when the staff member has no
/// line now.
std::vector<TrueupPayGroupSum> summarize_by_pay_group(const Trueup& trueup);

} // namespace ausgleich::report
