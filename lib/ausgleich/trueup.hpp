#pragma once
// The year-end true-up: a settlement with the rates now loaded (e.g. the final
// table) minus what earlier (e.g. provisional quarterly) settlements recorded.

#include "ausgleich/diagnostics.hpp"
#include "ausgleich/io/settlement_reader.hpp"
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

struct Trueup {
    std::vector<PaidSettlement> paid; ///< in period order
    std::vector<TrueupLine> lines;    ///< by staff id, then debtor, then creditor
    std::vector<TrueupTotal> totals;  ///< by debtor, then creditor
    std::vector<NetPayment> net;      ///< from the differences, one per partner pair
};

/// Reports paid settlements that cannot be subtracted from `final_settlement`:
/// of another ARGE, themselves true-ups, with a period outside the final
/// period, or overlapping another paid settlement.
void check_paid_settlements(const Settlement& final_settlement,
                            const std::vector<io::RecordedSettlement>& paid,
                            Diagnostics& diagnostics);

/// Final minus paid, per line, per direction, and the net per partner pair
/// (the partner whose difference is larger pays the other the excess).
Trueup compute_trueup(const Settlement& final_settlement,
                      const std::vector<io::RecordedSettlement>& paid,
                      const std::vector<std::string>& partner_ids);

} // namespace ausgleich
