#pragma once
// What every true-up renderer is given (SPEC 5.2): the settlement of the period
// with the rules now loaded, the true-up against the paid settlements, and what
// their documents show beside them. Rendered with the same RenderOptions as a
// settlement (settlement_document.hpp).

#include "ausgleich/report/settlement_document.hpp"
#include "ausgleich/trueup.hpp"

namespace ausgleich::report {

/// A true-up with what its documents show beside it. A view: everything it
/// refers to must outlive the rendering.
struct TrueupDocument {
    const Settlement& final_settlement;         ///< the period settled with the rates now loaded
    const Trueup& trueup;                       ///< final minus paid
    const Arge& arge;                           ///< the ARGE header: partners and their names
    const std::vector<InputRecord>& inputs;     ///< every input file with its SHA-256 (SPEC 5.1)
    const std::vector<std::string>& rules_dirs; ///< the rules directories searched, as given
};

} // namespace ausgleich::report
