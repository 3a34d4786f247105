#include "ausgleich/trueup.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace ausgleich {

namespace {

using DirectionAmounts = std::map<std::pair<std::string, std::string>, TrueupAmounts>;

// The pair of `payment` (whose debtor and creditor are the pair's two ids) in
// the direction of the net now, and how much of the payment is a refund.
TrueupPair pair_of(const NetPayment& payment, const DirectionAmounts& totals) {
    const auto amounts = [&totals](const std::string& debtor, const std::string& creditor) {
        const auto found = totals.find({debtor, creditor});
        return found == totals.end() ? TrueupAmounts{} : found->second;
    };
    const std::string& a = std::min(payment.debtor, payment.creditor);
    const std::string& b = std::max(payment.debtor, payment.creditor);
    const TrueupAmounts a_to_b = amounts(a, b);
    const TrueupAmounts b_to_a = amounts(b, a);
    TrueupPair pair{a, b, {}, payment, 0};
    pair.amounts.final_amount = a_to_b.final_amount - b_to_a.final_amount;
    pair.amounts.paid = a_to_b.paid - b_to_a.paid;
    if (pair.amounts.final_amount < 0 ||
        (pair.amounts.final_amount == 0 && pair.amounts.paid < 0)) {
        std::swap(pair.debtor, pair.creditor);
        pair.amounts.final_amount = -pair.amounts.final_amount;
        pair.amounts.paid = -pair.amounts.paid;
    }
    pair.amounts.difference = pair.amounts.final_amount - pair.amounts.paid;
    // The debtor now paid too much: the creditor returns all of it. The
    // debtor owes more: it first returns what the creditor had paid it net
    // (when money went the other way), then pays what it owes now.
    if (pair.amounts.difference < 0) {
        pair.refund = -pair.amounts.difference;
    } else if (pair.amounts.paid < 0) {
        pair.refund = -pair.amounts.paid;
    }
    return pair;
}

} // namespace

void check_paid_settlements(const Settlement& final_settlement,
                            const std::vector<RecordedSettlement>& paid, Diagnostics& diagnostics) {
    const DateRange& whole = final_settlement.period.range;
    for (std::size_t i = 0; i < paid.size(); ++i) {
        const auto& settlement = paid[i];
        const std::string period = settlement.period.label + " (" +
                                   settlement.period.range.first.iso() + ".." +
                                   settlement.period.range.last.iso() + ")";
        if (settlement.kind != "settlement") {
            diagnostics.error(settlement.path, SourcePos{},
                              "a '" + settlement.kind +
                                  "' file cannot be used as a paid settlement");
        } else if (settlement.aggregated) {
            diagnostics.error(settlement.path, SourcePos{},
                              "an aggregated settlement (--aggregate) has no staff lines to "
                              "true up; use the full settlement it was made with");
        }
        if (settlement.arge != final_settlement.arge) {
            diagnostics.error(settlement.path, SourcePos{},
                              "paid settlement is for ARGE '" + settlement.arge + "', not '" +
                                  final_settlement.arge + "'");
        }
        if (settlement.period.range.first < whole.first ||
            whole.last < settlement.period.range.last) {
            diagnostics.error(settlement.path, SourcePos{},
                              "paid period " + period + " is not inside the true-up period " +
                                  final_settlement.period.label + " (" + whole.first.iso() + ".." +
                                  whole.last.iso() + ")");
        }
        for (std::size_t j = 0; j < i; ++j) {
            if (const auto common = intersect(paid[j].period.range, settlement.period.range)) {
                diagnostics.error(settlement.path, SourcePos{},
                                  "paid period " + period + " overlaps " + paid[j].path + " (" +
                                      paid[j].period.label + ") on " + common->first.iso() + ".." +
                                      common->last.iso());
            }
        }
    }
}

void check_paid_coverage(const Settlement& final_settlement,
                         const std::vector<RecordedSettlement>& paid, const std::string& arge_path,
                         Gaps gaps, Diagnostics& diagnostics) {
    std::vector<DateRange> covered;
    for (const auto& settlement : paid) {
        covered.push_back(settlement.period.range);
    }
    const Period& period = final_settlement.period;
    for (const auto& gap : uncovered(period.range, covered)) {
        const std::string days = gap.days() == 1 ? gap.first.iso() + " (1 day)"
                                                 : gap.first.iso() + ".." + gap.last.iso() + " (" +
                                                       std::to_string(gap.days()) + " days)";
        const std::string what = "no paid settlement covers " + days + " of the true-up period " +
                                 period.label + " (" + period.range.first.iso() + ".." +
                                 period.range.last.iso() + ")";
        if (gaps == Gaps::allow) {
            diagnostics.warning(arge_path, SourcePos{},
                                what + "; --allow-gaps: those days count as 0.00 paid");
        } else {
            diagnostics.error(arge_path, SourcePos{},
                              what + "; add the settlement for those days with --paid, or true "
                                     "up without it with --allow-gaps");
        }
    }
}

RatesStatus result_status(const std::vector<RatesTable>& rates_used) {
    const bool provisional =
        std::any_of(rates_used.begin(), rates_used.end(), [](const RatesTable& table) {
            return table.status == RatesStatus::provisional;
        });
    return provisional ? RatesStatus::provisional : RatesStatus::final_rates;
}

Trueup compute_trueup(const Settlement& final_settlement,
                      const std::vector<RecordedSettlement>& paid) {
    Trueup trueup;
    trueup.status = result_status(final_settlement.rates_used);
    for (const auto& settlement : paid) {
        trueup.paid.push_back(
            PaidSettlement{settlement.path, settlement.sha256, settlement.period});
    }
    std::stable_sort(trueup.paid.begin(), trueup.paid.end(), [](const auto& a, const auto& b) {
        return a.period.range.first < b.period.range.first;
    });

    using Key = std::tuple<std::string, std::string, std::string>; // staff, debtor, creditor
    std::map<Key, TrueupLine> lines;
    for (const auto& line : final_settlement.lines) {
        TrueupLine& entry = lines[{line.staff_id, line.debtor, line.creditor}];
        entry = TrueupLine{line.staff_id, line.employer, line.pay_group,
                           line.debtor,   line.creditor, {}};
        entry.amounts.final_amount = line.amount;
    }
    for (const auto& settlement : paid) {
        for (const auto& line : settlement.lines) {
            auto [position, inserted] = lines.try_emplace(
                {line.staff_id, line.debtor, line.creditor},
                TrueupLine{
                    line.staff_id, line.employer, line.pay_group, line.debtor, line.creditor, {}});
            position->second.amounts.paid += line.amount;
        }
    }
    for (auto& [key, line] : lines) {
        line.amounts.difference = line.amounts.final_amount - line.amounts.paid;
        trueup.lines.push_back(std::move(line));
    }

    // Per direction from the totals (under per-total they are not the sum of the lines).
    DirectionAmounts totals;
    for (const auto& total : final_settlement.totals) {
        totals[{total.debtor, total.creditor}].final_amount += total.amount;
    }
    for (const auto& settlement : paid) {
        for (const auto& total : settlement.totals) {
            totals[{total.debtor, total.creditor}].paid += total.amount;
        }
    }
    for (auto& [pair, amounts] : totals) {
        amounts.difference = amounts.final_amount - amounts.paid;
        trueup.totals.push_back(TrueupTotal{pair.first, pair.second, amounts});
    }

    // Net per partner pair as in SPEC 4, from the differences.
    std::vector<std::pair<std::string, std::string>> directions;
    for (const auto& [pair, amounts] : totals) {
        directions.push_back(pair);
    }
    trueup.net =
        net_payments(directions, [&](const std::string& debtor, const std::string& creditor) {
            const auto found = totals.find({debtor, creditor});
            return found == totals.end() ? Rational(0) : found->second.difference;
        });
    for (const auto& payment : trueup.net) {
        trueup.pairs.push_back(pair_of(payment, totals));
    }
    return trueup;
}

} // namespace ausgleich
