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

std::string_view to_string(Career career) {
    switch (career) {
    case Career::einfach:
        return "einfach";
    case Career::mittel:
        return "mittel";
    case Career::gehoben:
        return "gehoben";
    case Career::hoeher:
        break;
    }
    return "hoeher";
}

std::string_view to_string(Basis basis) {
    return basis == Basis::head ? "head" : "fte";
}

std::optional<Rational> Surcharge::percent_for(const PayGroupRate& rate) const {
    if (percent) {
        return percent;
    }
    for (const auto& [career, value] : percent_by_career) {
        if (rate.career == career) {
            return value;
        }
    }
    return std::nullopt;
}

std::optional<Rational> Surcharge::annual_for(const PayGroupRate& rate) const {
    if (annual) {
        return annual;
    }
    for (const auto& [pay_group, value] : annual_by_pay_group) {
        if (pay_group == rate.pay_group) {
            return value;
        }
    }
    return std::nullopt;
}

std::vector<std::string> Surcharge::percent_of() const {
    return of.empty() ? std::vector<std::string>{std::string(k_base_component)} : of;
}

std::vector<ComponentValue> RatesTable::components(const PayGroupRate& rate) const {
    std::vector<ComponentValue> values;
    values.push_back(ComponentValue{std::string(k_base_component), std::string(), rate.annual,
                                    nullptr, Basis::fte, std::nullopt, 0});
    for (const auto& surcharge : surcharges) {
        if (!surcharge.applies(rate.kind)) {
            continue;
        }
        ComponentValue value{surcharge.id,    surcharge.title, 0, &surcharge,
                             surcharge.basis, std::nullopt,    0};
        if (surcharge.is_percent()) {
            // SPEC 3.1.1: of the yearly values of earlier components; one that
            // does not apply to this pay group contributes 0.
            value.percent = surcharge.percent_for(rate);
            if (!value.percent) {
                continue; // a career the mapping lacks: refused by the loader
            }
            for (const auto& of_id : surcharge.percent_of()) {
                for (const auto& earlier : values) {
                    if (earlier.id == of_id) {
                        value.percent_base += earlier.annual;
                    }
                }
            }
            value.annual = *value.percent / 100 * value.percent_base;
        } else if (surcharge.monthly) {
            value.annual = *surcharge.monthly * 12;
        } else if (const auto annual = surcharge.annual_for(rate)) {
            value.annual = *annual;
        } else {
            continue; // not in the by-pay-group mapping: no such component
        }
        values.push_back(std::move(value));
    }
    return values;
}

const std::vector<ComponentValue>& ComponentValues::of(const RatesTable& table,
                                                       const PayGroupRate& rate) {
    const auto key = std::make_pair(&table, &rate);
    auto found = m_by_rate.find(key);
    if (found == m_by_rate.end()) {
        found = m_by_rate.emplace(key, table.components(rate)).first;
    }
    return found->second;
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

std::vector<DateRange> RateBook::series_spans(std::string_view pay_group) const {
    std::vector<const RatesTable*> by_start;
    for (const auto& table : m_tables) {
        by_start.push_back(&table);
    }
    std::sort(by_start.begin(), by_start.end(), [](const RatesTable* a, const RatesTable* b) {
        return a->validity.first < b->validity.first;
    });
    // Runs of tables at most k_series_gap_days apart, and whether one of them
    // rates the pay group.
    std::vector<std::pair<DateRange, bool>> runs;
    for (const RatesTable* table : by_start) {
        const bool rates_it = table->rate_for(pay_group) != nullptr;
        if (!runs.empty() &&
            table->validity.first <= runs.back().first.last.plus_days(k_series_gap_days + 1)) {
            runs.back().first.last = std::max(runs.back().first.last, table->validity.last);
            runs.back().second = runs.back().second || rates_it;
        } else {
            runs.emplace_back(table->validity, rates_it);
        }
    }
    std::vector<DateRange> spans;
    for (const auto& [range, rates_it] : runs) {
        if (rates_it) {
            spans.push_back(range);
        }
    }
    if (spans.empty()) {
        if (const auto all = span()) {
            spans.push_back(*all);
        }
    }
    return spans;
}

} // namespace ausgleich
