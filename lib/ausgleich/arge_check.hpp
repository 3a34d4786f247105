#pragma once
// Checks of an ARGE file against the loaded rules: what `validate` adds to the
// checks of the file on its own (SPEC sections 3 and 5).

#include "ausgleich/arge.hpp"
#include "ausgleich/diagnostics.hpp"
#include "ausgleich/rates.hpp"
#include "ausgleich/tasks.hpp"

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace ausgleich {

/// Checks staff records against the rules, one at a time (so that a streamed
/// ARGE file is checked without keeping its staff). Reports task codes that no
/// catalog, local entry or partner id defines; tasks owned by someone who is
/// not a partner of this ARGE (once per code); and pay groups that no rates
/// table rates on some day of an assignment within the span of the loaded
/// tables (days outside every table are left to `settle`, which knows the period).
class RulesCheck {
public:
    /// `header`, `tasks` and `rates` must outlive the check.
    RulesCheck(const Arge& header, const TaskLookup& tasks, const RateBook& rates);
    void check(const Staff& staff, Diagnostics& diagnostics);

private:
    const Arge& m_header;
    const TaskLookup& m_tasks;
    const RateBook& m_rates;
    std::vector<std::string_view> m_known_codes;
    std::set<std::string, std::less<>> m_reported_owners;
};

/// RulesCheck over every staff member of `arge`.
void check_arge_against_rules(const Arge& arge, const TaskLookup& tasks, const RateBook& rates,
                              Diagnostics& diagnostics);

} // namespace ausgleich
