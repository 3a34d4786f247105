#pragma once
// The year-end true-up: a settlement with the rates now loaded (e.g. the final
// table) minus what earlier (e.g. provisional quarterly) settlements recorded.

#include "ausgleich/diagnostics.hpp"
#include "ausgleich/recorded_settlement.hpp"
#include "ausgleich/settlement.hpp"

#include <string>
#include <vector>

namespace ausgleich {

/// One figure as settled now, as paid before, and their difference (may be negative).
struct TrueupAmounts {
    Rational final_amount;
    Rational paid;
    Rational difference; ///< final_amount - paid
};

/// A line of the true-up: matched by staff id, debtor and creditor; a line
/// missing on one side counts as 0.00 there.
struct TrueupLine {
    std::string staff_id;
    std::string employer;
    std::string pay_group;
    std::string debtor;
    std::string creditor;
    TrueupAmounts amounts;
};

struct TrueupTotal {
    std::string debtor;
    std::string creditor;
    TrueupAmounts amounts;
};

/// A settlement that was already paid, as named in the true-up.
struct PaidSettlement {
    std::string path;
    std::string sha256;
    Period period;
};

/// A partner pair's net, as settled now and as paid, in the direction of the
/// net now: `debtor` owes `creditor` amounts.final_amount (>= 0) for the period
/// and paid it amounts.paid net (negative when money went the other way). When
/// the net now is 0.00 the direction is that of the paid net, else byte order.
struct TrueupPair {
    std::string debtor;
    std::string creditor;
    TrueupAmounts amounts;
    /// The true-up payment of this pair (the matching entry of Trueup::net).
    NetPayment payment;
    /// The part of payment.amount that returns money the payee had paid the
    /// payer in excess (a refund); the rest is owed on top of what was paid.
    Rational refund;
};

/// Whether a result may still change: provisional as soon as one rates table
/// behind it is provisional (SPEC 5.2); final otherwise, also with no table.
RatesStatus result_status(const std::vector<RatesTable>& rates_used);

struct Trueup {
    std::vector<PaidSettlement> paid;              ///< in period order
    std::vector<TrueupLine> lines;                 ///< by staff id, then debtor, then creditor
    std::vector<TrueupTotal> totals;               ///< by debtor, then creditor
    std::vector<NetPayment> net;                   ///< from the differences, one per partner pair
    std::vector<TrueupPair> pairs;                 ///< the same pairs in the same order
    RatesStatus status = RatesStatus::final_rates; ///< result_status of the rates now
};

/// Whether days of the true-up period that no paid settlement covers are an
/// error (SPEC 5.2) or, with `--allow-gaps`, only a warning.
enum class Gaps { refuse, allow };

/// Reports paid settlements that cannot be subtracted from `final_settlement`:
/// of another ARGE, themselves true-ups, with a period outside the final
/// period, or overlapping another paid settlement.
void check_paid_settlements(const Settlement& final_settlement,
                            const std::vector<RecordedSettlement>& paid, Diagnostics& diagnostics);

/// Reports, as one error (warning with Gaps::allow) per range, the days of the
/// true-up period that no paid settlement covers. The diagnostics name
/// `arge_path`: the period is that ARGE file's, and no paid file is to blame
/// for a settlement that is missing.
void check_paid_coverage(const Settlement& final_settlement,
                         const std::vector<RecordedSettlement>& paid, const std::string& arge_path,
                         Gaps gaps, Diagnostics& diagnostics);

/// Final minus paid, per line, per direction, and the net per partner pair
/// with a line in either settlement (the partner whose difference is larger
/// pays the other the excess).
Trueup compute_trueup(const Settlement& final_settlement,
                      const std::vector<RecordedSettlement>& paid);

} // namespace ausgleich
