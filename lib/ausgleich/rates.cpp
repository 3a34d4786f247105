#include "ausgleich/rates.hpp"

#include <algorithm>

namespace ausgleich {

std::string_view to_string(PayKind kind) {
    switch (kind) {
    case PayKind::beamte:
        return "beamte";
    case PayKind::tarif:
        return "tarif";
    case PayKind::any:
        break;
    }
    return "any";
}

std::string_view to_string(AppliesTo applies_to) {
    switch (applies_to) {
    case AppliesTo::beamte:
        return "beamte";
    case AppliesTo::tarif:
        return "tarif";
    case AppliesTo::all:
        break;
    }
    return "all";
}

std::string_view to_string(RatesStatus status) {
    return status == RatesStatus::final_rates ? "final" : "provisional";
}

bool Surcharge::applies(PayKind kind) const {
    switch (applies_to) {
    case AppliesTo::all:
        return true;
    case AppliesTo::beamte:
        return kind == PayKind::beamte;
    case AppliesTo::tarif:
        return kind == PayKind::tarif;
    }
    return false;
}

Rational Surcharge::annual_value(const Rational& base_annual) const {
    if (percent) {
        return *percent / 100 * base_annual;
    }
    return *annual;
}

const PayGroupRate* RatesTable::rate_for(std::string_view pay_group) const {
    const PayGroupRate* flat = nullptr;
    for (const auto& rate : pay_groups) {
        if (rate.pay_group == pay_group) {
            return &rate;
        }
        if (rate.pay_group == k_flat_rate_pay_group) {
            flat = &rate;
        }
    }
    return flat;
}

bool RatesTable::has_flat_rate() const {
    return std::any_of(pay_groups.begin(), pay_groups.end(),
                       [](const auto& rate) { return rate.pay_group == k_flat_rate_pay_group; });
}

namespace {

// The first pay group both tables rate (a "*" entry rates every pay group), or "".
std::string shared_pay_group(const RatesTable& a, const RatesTable& b) {
    if (a.has_flat_rate() && !b.pay_groups.empty()) {
        return b.pay_groups.front().pay_group;
    }
    if (b.has_flat_rate() && !a.pay_groups.empty()) {
        return a.pay_groups.front().pay_group;
    }
    for (const auto& rate : a.pay_groups) {
        if (b.rate_for(rate.pay_group) != nullptr) {
            return rate.pay_group;
        }
    }
    return "";
}

} // namespace

void RateBook::add(RatesTable table, Diagnostics& diagnostics) {
    if (const RatesTable* existing = find(table.id)) {
        diagnostics.error(table.path, table.pos,
                          "rates table id '" + table.id + "' is already used by " + existing->path);
        return;
    }
    bool conflict = false;
    for (const auto& existing : m_tables) {
        const auto common = intersect(existing.validity, table.validity);
        if (!common) {
            continue;
        }
        const std::string pay_group = shared_pay_group(existing, table);
        if (pay_group.empty()) {
            continue;
        }
        diagnostics.error(table.path, table.pos,
                          "rates table '" + table.id + "' and rates table '" + existing.id + "' (" +
                              existing.path + ") both rate pay group " + pay_group + " on " +
                              common->first.iso() + ".." + common->last.iso() +
                              ": at most one table may cover a day for a pay group");
        conflict = true;
    }
    if (!conflict) {
        m_tables.push_back(std::move(table));
    }
}

const RatesTable* RateBook::find(std::string_view id) const {
    for (const auto& table : m_tables) {
        if (table.id == id) {
            return &table;
        }
    }
    return nullptr;
}

std::vector<RateBook::Piece> RateBook::split(std::string_view pay_group,
                                             const DateRange& range) const {
    std::vector<Piece> covered;
    for (const auto& table : m_tables) {
        const PayGroupRate* rate = table.rate_for(pay_group);
        if (rate == nullptr) {
            continue;
        }
        if (const auto common = intersect(table.validity, range)) {
            covered.push_back(Piece{*common, &table, rate});
        }
    }
    std::sort(covered.begin(), covered.end(),
              [](const Piece& a, const Piece& b) { return a.range.first < b.range.first; });
    // Tables never overlap for one pay group (add() refuses that), so the pieces
    // only need the gaps between them filled in.
    std::vector<Piece> pieces;
    Date next_day = range.first;
    for (const auto& piece : covered) {
        if (next_day < piece.range.first) {
            pieces.push_back(Piece{DateRange{next_day, piece.range.first.plus_days(-1)}});
        }
        pieces.push_back(piece);
        next_day = piece.range.last.plus_days(1);
    }
    if (next_day <= range.last) {
        pieces.push_back(Piece{DateRange{next_day, range.last}});
    }
    return pieces;
}

std::optional<DateRange> RateBook::span() const {
    if (m_tables.empty()) {
        return std::nullopt;
    }
    DateRange span = m_tables.front().validity;
    for (const auto& table : m_tables) {
        span.first = std::min(span.first, table.validity.first);
        span.last = std::max(span.last, table.validity.last);
    }
    return span;
}

} // namespace ausgleich
