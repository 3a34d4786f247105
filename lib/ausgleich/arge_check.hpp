#pragma once
// Checks of an ARGE file against the loaded rules: what `validate` adds to the
// checks of the file on its own (SPEC sections 3 and 5).

#include "ausgleich/arge.hpp"
#include "ausgleich/diagnostics.hpp"
#include "ausgleich/rates.hpp"
#include "ausgleich/tasks.hpp"

namespace ausgleich {

/// Reports task codes that no catalog, local entry or partner id defines; tasks
/// owned by someone who is not a partner of this ARGE (once per code); and pay
/// groups that no rates table rates on some day of an assignment within the
/// span of the loaded tables (days outside every table are left to `settle`,
/// which knows the period).
void check_arge_against_rules(const Arge& arge, const TaskLookup& tasks, const RateBook& rates,
                              Diagnostics& diagnostics);

} // namespace ausgleich
