#pragma once
// The settlement of SPEC section 4 as pure functions: inputs in, lines, totals
// and net payments out, with the derivation of every line kept for `explain`.

#include "ausgleich/arge.hpp"
#include "ausgleich/decimal.hpp"
#include "ausgleich/diagnostics.hpp"
#include "ausgleich/partner_shares.hpp"
#include "ausgleich/period.hpp"
#include "ausgleich/rates.hpp"
#include "ausgleich/tasks.hpp"

#include <deque>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ausgleich {

/// What a settlement is computed from.
struct SettlementInputs {
    const Arge& arge;
    const TaskLookup& tasks;
    const RateBook& rates;
    Period period;
};

/// The days of one assignment inside the period that one rates table rates
/// (SPEC 4: "split at every rates-table boundary").
struct Segment {
    const Assignment* assignment = nullptr;
    DateRange range;
    const RatesTable* table = nullptr;
    const PayGroupRate* rate = nullptr;
    Rational fte_exact;     ///< fte, or weekly_hours / full_time_hours (step 1)
    Rational fte;           ///< fte_exact rounded half-up to fte_decimals, if set
    Rational time_fraction; ///< step 2
    Rational fte_years;     ///< fte × time_fraction: the FTE-years the segment stands for
    std::vector<PartnerShare> shares;       ///< step 3, partners with a share > 0, by id
    std::vector<ComponentValue> components; ///< base first, then surcharges in table order

    long days() const { return range.days(); }
    /// share(partner), 0 when the partner owns none of the tasks.
    Rational share_of(std::string_view partner) const;
};

/// What one task code of an assignment gives one partner (SPEC 4 step 3).
struct TaskContribution {
    const TaskShare* task_share = nullptr; ///< the code and its percent of the assignment
    const Task* task = nullptr;            ///< the catalog, ARGE-file or partner-id entry
    Rational owner_percent;                ///< the partner's percent of the task (> 0)
    Rational share;                        ///< task percent/100 × owner percent/100
};

/// The task codes of the segment's assignment that the partner owns a part of,
/// in the assignment's order; their shares add up to segment.share_of(partner).
std::vector<TaskContribution> task_contributions(const Segment& segment, const TaskLookup& tasks,
                                                 const std::string& partner);

/// amount(c) = value(c) × f × t × share(O): SPEC 4 step 4, exact.
Rational component_amount(const Segment& segment, const ComponentValue& component,
                          const Rational& share);

/// Steps 1-3 for one staff member over the period.
struct StaffDerivation {
    const Staff* staff = nullptr;
    std::vector<Segment> segments; ///< in date order
    long days = 0;                 ///< days of all assignments inside the period
};

/// "no rate for pay group A9 of staff P001 on 2007-01-01..2007-03-31: …" (SPEC 4.1).
std::string no_rate_message(const Staff& staff, const std::string& pay_group,
                            const DateRange& days);

/// Derives the segments of one staff member. Reports (to `diagnostics`, at the
/// staff member's pay group in the ARGE file) every stretch of days with no
/// rate for the pay group; such days are left out. `components`, when given,
/// keeps the component values of every rate used, for the next staff member.
StaffDerivation derive_staff(const Staff& staff, const SettlementInputs& inputs,
                             Diagnostics& diagnostics, ComponentValues* components = nullptr);

/// Between the pay groups of a line whose staff member moved to another group
/// inside the period ("BAT-Vb, E9"): ids hold no whitespace, so it is unambiguous.
inline constexpr std::string_view k_pay_group_separator = ", ";

/// The pay groups of the derivation's segments, in order of first use, joined by
/// k_pay_group_separator; with a debtor, only of the segments it has a share of.
/// The staff member's pay group when no segment qualifies.
std::string joined_pay_groups(const StaffDerivation& derivation,
                              const std::optional<std::string>& debtor = std::nullopt);

/// The pay groups of a line's `pay_group` field, in their order.
std::vector<std::string> split_pay_groups(std::string_view joined);

struct LineComponent {
    std::string id;
    Rational exact;  ///< summed over the line's segments, unrounded
    Rational amount; ///< exact rounded to cents
};

/// What staff member `staff_id` (employed by `creditor`) is owed by `debtor`.
struct Line {
    std::string staff_id;
    std::string employer;
    std::string pay_group; ///< one, or several joined by k_pay_group_separator
    std::string debtor;
    std::string creditor;
    long days = 0;
    Rational fte;   ///< the FTE used; a day-weighted mean if it changes within the period
    Rational share; ///< the debtor's share; a day-weighted mean if it changes
    std::vector<LineComponent> components;
    Rational exact;  ///< sum of the exact components
    Rational amount; ///< the line amount under the rounding policy, in cents
};

/// How step 4 is computed: both are exact; fixed point is about 40 times
/// faster and falls back to rationals for a staff member whose figures do not
/// fit into 128 bits (fixed_point_lines.hpp).
enum class Arithmetic { fixed_point, rational };

/// The lines of one staff member (SPEC 4 step 4 and the rounding of lines).
std::vector<Line> staff_lines(const StaffDerivation& derivation, const Policy& policy,
                              Arithmetic arithmetic = Arithmetic::fixed_point);

/// Everything one debtor owes one creditor.
struct Total {
    std::string debtor;
    std::string creditor;
    Rational exact;  ///< sum of the exact line values
    Rational amount; ///< in cents
    /// per-total only: amount minus the sum of the rounded lines.
    std::optional<Rational> rounding_difference;
};

/// The payment that settles one pair of partners.
struct NetPayment {
    std::string debtor;
    std::string creditor;
    Rational amount; ///< >= 0, in cents
};

struct Settlement {
    std::string arge;
    Period period;
    Policy policy;
    /// By staff id (byte order), then debtor. A deque: it grows without
    /// moving what it holds, where a vector doubling its capacity would hold
    /// its old and new array at once (for the 80,606 lines of the 100k
    /// benchmark, 464 bytes each, 30 + 61 MB).
    std::deque<Line> lines;
    std::vector<Total> totals;   ///< by debtor, then creditor
    std::vector<NetPayment> net; ///< one per unordered partner pair, by the pair's ids
    /// Copies of the tables behind at least one segment, by id: what the documents
    /// show of them (status, validity, sources, rates, surcharges), so that a
    /// settlement outlives the RateBook it was computed with.
    std::vector<RatesTable> rates_used;
};

/// The net payment of every unordered pair of partners {A, B} with at least one
/// of the (debtor, creditor) `directions` between them, in byte order of the
/// pair's ids: owed(A, B) - owed(B, A), paid by the one who owes more; equal
/// amounts give 0.00 with the first id as debtor (SPEC 4). A pair with no line
/// owes nothing and has no entry (SPEC 6.1).
std::vector<NetPayment> net_payments(
    const std::vector<std::pair<std::string, std::string>>& directions,
    const std::function<Rational(const std::string& debtor, const std::string& creditor)>& owed);

/// Builds a settlement one staff member at a time, so that a streamed ARGE file
/// is settled without keeping its staff in memory.
class SettlementBuilder {
public:
    /// `inputs.arge` is the header (its `staff` is not read); everything
    /// `inputs` refers to must outlive the builder.
    explicit SettlementBuilder(SettlementInputs inputs);
    /// Derives and adds the lines of one staff member; reports days without a rate.
    void add(const Staff& staff, Diagnostics& diagnostics);
    /// Sorts the lines and computes totals and net payments. Nothing if any
    /// staff member had days without a rate.
    std::optional<Settlement> finish();

private:
    SettlementInputs m_inputs;
    ComponentValues m_components;
    Settlement m_settlement;
    std::set<const RatesTable*> m_rates_used;
    bool m_failed = false;
};

/// Settles the period for every staff member of `inputs.arge`. Returns nothing
/// (with the reasons in `diagnostics`) when some day of a settled assignment
/// has no rate for its pay group.
std::optional<Settlement> settle(const SettlementInputs& inputs, Diagnostics& diagnostics);

} // namespace ausgleich
