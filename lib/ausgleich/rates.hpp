#pragma once
// Rates tables (SPEC section 3.1): the annual cost of one FTE per pay group and
// the surcharges on top of it, valid for a date range, each with its sources.

#include "ausgleich/date.hpp"
#include "ausgleich/decimal.hpp"
#include "ausgleich/diagnostics.hpp"

#include <array>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ausgleich {

/// The pay-group key of a flat rate for every pay group a table does not list.
inline constexpr std::string_view k_flat_rate_pay_group = "*";

/// Bounds of one rates table (docs/limits.md), so that a listing of pay groups
/// by surcharges stays small: published tables have about 40 and 5.
inline constexpr std::size_t k_max_pay_groups = 1000;
inline constexpr std::size_t k_max_surcharges = 64;

/// Civil servant (Besoldungsgruppe), employee (Entgeltgruppe), or the flat "*" entry.
enum class PayKind { beamte, tarif, any };
/// Which pay groups a surcharge is added to.
enum class AppliesTo { beamte, tarif, all };
enum class RatesStatus { provisional, final_rates };
/// The career group (Laufbahngruppe) of a civil-servant pay group (SPEC 3.1.1).
enum class Career { einfach, mittel, gehoben, hoeher };
/// What a component is valued per: one FTE (scaled by the FTE) or one person.
enum class Basis { fte, head };

std::string_view to_string(PayKind kind);
std::string_view to_string(AppliesTo applies_to);
std::string_view to_string(RatesStatus status);
std::string_view to_string(Career career);
std::string_view to_string(Basis basis);
/// Every career in SPEC order, for "one of …" messages and listings.
inline constexpr std::array<Career, 4> k_careers{Career::einfach, Career::mittel, Career::gehoben,
                                                 Career::hoeher};

/// Where a figure was published.
struct SourceRef {
    std::string title;
    std::string url; ///< may be empty
};

/// The annual cost of one FTE in one pay group, EUR.
struct PayGroupRate {
    std::string pay_group;
    PayKind kind = PayKind::tarif;
    Rational annual;
    SourcePos pos;
    std::optional<Career> career; ///< civil servants only, optional
};

/// A surcharge on top of the pay-group rate (SPEC 3.1 and 3.1.1). Its yearly
/// value is exactly one of: a percent (flat or by career group) of the sum of
/// earlier components (`of`, default the base), a fixed annual amount (flat or
/// by pay group), or 12 × a monthly amount.
struct Surcharge {
    std::string id;
    std::string title;
    std::optional<Rational> percent;                                   ///< flat percent (30 = 30 %)
    std::vector<std::pair<Career, Rational>> percent_by_career;        ///< in file order
    std::optional<Rational> annual;                                    ///< flat EUR per year
    std::vector<std::pair<std::string, Rational>> annual_by_pay_group; ///< in file order
    std::optional<Rational> monthly;                                   ///< EUR per month
    /// The components a percent is taken of, all earlier in the table; empty:
    /// the base (the pay-group rate).
    std::vector<std::string> of;
    Basis basis = Basis::fte;
    AppliesTo applies_to = AppliesTo::all;
    SourcePos pos;

    bool is_percent() const { return percent.has_value() || !percent_by_career.empty(); }
    bool is_by_career() const { return !percent_by_career.empty(); }
    bool is_by_pay_group() const { return !annual_by_pay_group.empty(); }
    /// Whether this surcharge is added for a pay group of `kind` (the "*" entry
    /// only takes surcharges that apply to all).
    bool applies(PayKind kind) const;
    /// The percent for `rate`: the flat one, or that of its career; nothing
    /// when the mapping lacks its career (refused when the table is loaded).
    std::optional<Rational> percent_for(const PayGroupRate& rate) const;
    /// The fixed annual amount for `rate`, nothing when a by-pay-group mapping
    /// does not list it (then the pay group has no such component).
    std::optional<Rational> annual_for(const PayGroupRate& rate) const;
    /// The ids the percent is taken of: `of`, or {"base"}.
    std::vector<std::string> percent_of() const;
};

/// One cost component of a pay group in one table: the pay-group rate or a
/// surcharge, as a yearly value (per FTE, or per person for basis head).
struct ComponentValue {
    std::string id; ///< "base" or the surcharge id
    /// The surcharge's title; empty for the base rate, which has no title of
    /// its own (report::component_title names it after its pay group).
    std::string title;
    Rational annual;
    const Surcharge* surcharge = nullptr; ///< nullptr for the base rate
    Basis basis = Basis::fte;
    /// For a percent: the percent applied (after the career lookup) and the sum
    /// of the values it was taken of (SPEC 4 step 4).
    std::optional<Rational> percent;
    Rational percent_base;
};

/// The id of the pay-group rate among a line's components.
inline constexpr std::string_view k_base_component = "base";

struct RatesTable {
    std::string id;
    std::string title;
    RatesStatus status = RatesStatus::provisional;
    DateRange validity{Date(2000, 1, 1), Date(2000, 1, 1)};
    std::vector<SourceRef> sources;
    std::vector<PayGroupRate> pay_groups;
    std::vector<Surcharge> surcharges;
    std::string path; ///< the file it came from, for messages
    SourcePos pos;

    /// The rate for `pay_group`: its own entry, else the "*" entry, else nullptr.
    const PayGroupRate* rate_for(std::string_view pay_group) const;
    bool has_flat_rate() const;
    /// The base rate, then, in table order, every surcharge that applies to the
    /// pay group and has a value for it (SPEC 4 step 4), each valued exactly.
    std::vector<ComponentValue> components(const PayGroupRate& rate) const;
};

/// RatesTable::components, computed once per table and pay-group rate and then
/// looked up: every staff member of a group has the same component values, and
/// a settlement of 100,000 staff needs a few dozen of them (docs/performance.md).
/// The tables must outlive it.
class ComponentValues {
public:
    const std::vector<ComponentValue>& of(const RatesTable& table, const PayGroupRate& rate);

private:
    std::map<std::pair<const RatesTable*, const PayGroupRate*>, std::vector<ComponentValue>>
        m_by_rate;
};

/// Every loaded rates table. No two tables may rate the same pay group on the same day.
class RateBook {
public:
    /// Adds a table; reports a duplicate table id or a day that another table
    /// already rates for one of its pay groups. A table in conflict is not added.
    void add(RatesTable table, Diagnostics& diagnostics);

    const std::deque<RatesTable>& tables() const { return m_tables; }
    const RatesTable* find(std::string_view id) const;

    /// A stretch of days rated by one table, or a gap (table == nullptr).
    struct Piece {
        DateRange range;
        const RatesTable* table = nullptr;
        const PayGroupRate* rate = nullptr;
    };
    /// Splits `range` at every table boundary for `pay_group`, in date order.
    std::vector<Piece> split(std::string_view pay_group, const DateRange& range) const;

    /// The days from the first valid_from to the last valid_to of all tables, if any.
    std::optional<DateRange> span() const;

    /// Tables further apart than this are separate series (docs/decisions.md).
    static constexpr long k_series_gap_days = 366;
    /// Where `validate` without a period looks for days without a rate for
    /// `pay_group`: the spans of the series of tables (runs of tables at most
    /// a year apart) that include a table rating it; span() when no table
    /// rates it at all. A missing year between the 2005 and 2007 tables is in
    /// one series; the 2006 placeholders and the AGebV tables of 2017 are two.
    std::vector<DateRange> series_spans(std::string_view pay_group) const;

private:
    std::deque<RatesTable> m_tables; // deque: pointers handed out stay valid
};

} // namespace ausgleich
