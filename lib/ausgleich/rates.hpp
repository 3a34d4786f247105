#pragma once
// Rates tables (SPEC section 3.1): the annual cost of one FTE per pay group and
// the surcharges on top of it, valid for a date range, each with its sources.

#include "ausgleich/date.hpp"
#include "ausgleich/decimal.hpp"
#include "ausgleich/diagnostics.hpp"

#include <deque>
#include <optional>
#include <string>
#include <string_view>
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

std::string_view to_string(PayKind kind);
std::string_view to_string(AppliesTo applies_to);
std::string_view to_string(RatesStatus status);

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
};

/// A surcharge per FTE: a percentage of the pay-group rate or a fixed annual amount (EUR).
struct Surcharge {
    std::string id;
    std::string title;
    std::optional<Rational> percent; ///< percent of the pay-group rate (30 = 30 %)
    std::optional<Rational> annual;  ///< EUR per FTE and year
    AppliesTo applies_to = AppliesTo::all;
    SourcePos pos;

    /// Whether this surcharge is added for a pay group of `kind` (the "*" entry
    /// only takes surcharges that apply to all).
    bool applies(PayKind kind) const;
    /// Annual EUR per FTE on top of a pay-group rate of `base_annual`.
    Rational annual_value(const Rational& base_annual) const;
};

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

private:
    std::deque<RatesTable> m_tables; // deque: pointers handed out stay valid
};

} // namespace ausgleich
