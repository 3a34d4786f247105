#pragma once
// Checks of an ARGE file against the loaded rules: what `validate` adds to the
// checks of the file on its own (SPEC sections 3 and 5).

#include "ausgleich/arge.hpp"
#include "ausgleich/diagnostics.hpp"
#include "ausgleich/rates.hpp"
#include "ausgleich/tasks.hpp"

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace ausgleich {

/// Checks staff records against the rules, one at a time (so that a streamed
/// ARGE file is checked without keeping its staff). Reports task codes that no
/// catalog, local entry or partner id defines; tasks owned by someone who is
/// not a partner of this ARGE (once per code); and days of an assignment for
/// whose pay group no rates table has a rate (SPEC 4.1). With a period, only
/// days inside it need a rate and a missing one is an error, worded as
/// `settle` words it; without one (plain `validate`), a missing rate within
/// the span of the loaded tables is only a warning, since a partial or missing
/// table matters only for the periods that need it.
class RulesCheck {
public:
    /// `header`, `tasks` and `rates` must outlive the check.
    RulesCheck(const Arge& header, const TaskLookup& tasks, const RateBook& rates,
               std::optional<DateRange> period = std::nullopt);
    void check(const Staff& staff, Diagnostics& diagnostics);

private:
    const Arge& m_header;
    const TaskLookup& m_tasks;
    const RateBook& m_rates;
    std::optional<DateRange> m_period;
    std::vector<std::string_view> m_known_codes;
    std::set<std::string, std::less<>> m_reported_owners;
};

/// RulesCheck over every staff member of `arge`.
void check_arge_against_rules(const Arge& arge, const TaskLookup& tasks, const RateBook& rates,
                              Diagnostics& diagnostics,
                              std::optional<DateRange> period = std::nullopt);

} // namespace ausgleich
