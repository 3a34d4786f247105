#include "ausgleich/rates_query.hpp"

#include <algorithm>

namespace ausgleich {

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// -1, 0 or 1 as `a` sorts before, with or after `b` in natural order.
int compare_natural(std::string_view a, std::string_view b) {
    std::size_t i = 0;
    std::size_t j = 0;
    while (i < a.size() && j < b.size()) {
        if (is_digit(a[i]) && is_digit(b[j])) {
            std::size_t end_a = i;
            std::size_t end_b = j;
            while (end_a < a.size() && is_digit(a[end_a])) {
                ++end_a;
            }
            while (end_b < b.size() && is_digit(b[end_b])) {
                ++end_b;
            }
            // Compare the numbers as written, without leading zeros: a longer
            // number is larger, equal lengths compare digit by digit (no overflow).
            std::string_view number_a = a.substr(i, end_a - i);
            std::string_view number_b = b.substr(j, end_b - j);
            number_a.remove_prefix(std::min(number_a.find_first_not_of('0'), number_a.size()));
            number_b.remove_prefix(std::min(number_b.find_first_not_of('0'), number_b.size()));
            if (number_a.size() != number_b.size()) {
                return number_a.size() < number_b.size() ? -1 : 1;
            }
            if (const int order = number_a.compare(number_b); order != 0) {
                return order < 0 ? -1 : 1;
            }
            i = end_a;
            j = end_b;
        } else {
            const auto byte_a = static_cast<unsigned char>(a[i]);
            const auto byte_b = static_cast<unsigned char>(b[j]);
            if (byte_a != byte_b) {
                return byte_a < byte_b ? -1 : 1;
            }
            ++i;
            ++j;
        }
    }
    const std::size_t rest_a = a.size() - i;
    const std::size_t rest_b = b.size() - j;
    return rest_a == rest_b ? 0 : (rest_a < rest_b ? -1 : 1);
}

int kind_rank(PayKind kind) {
    switch (kind) {
    case PayKind::beamte:
        return 0;
    case PayKind::tarif:
        return 1;
    case PayKind::any:
        break;
    }
    return 2;
}

std::string range_text(const DateRange& range) {
    return range.first.iso() + ".." + range.last.iso();
}

// "2005-Q2 (2005-04-01..2005-06-30)", or just the range when that is the label.
std::string period_text(const Period& period) {
    const std::string range = range_text(period.range);
    return period.label == range ? range : period.label + " (" + range + ")";
}

// The days covered by at least one table, as maximal ranges in date order.
std::vector<DateRange> covered_ranges(const RateBook& book) {
    std::vector<DateRange> ranges;
    for (const auto& table : book.tables()) {
        ranges.push_back(table.validity);
    }
    std::sort(ranges.begin(), ranges.end(),
              [](const DateRange& a, const DateRange& b) { return a.first < b.first; });
    std::vector<DateRange> merged;
    for (const auto& range : ranges) {
        if (!merged.empty() && range.first <= merged.back().last.plus_days(1)) {
            merged.back().last = std::max(merged.back().last, range.last);
        } else {
            merged.push_back(range);
        }
    }
    return merged;
}

} // namespace

bool natural_less(std::string_view a, std::string_view b) {
    const int order = compare_natural(a, b);
    return order != 0 ? order < 0 : a < b;
}

bool pay_group_less(const PayGroupRate& a, const PayGroupRate& b) {
    const int rank_a = kind_rank(a.kind);
    const int rank_b = kind_rank(b.kind);
    return rank_a != rank_b ? rank_a < rank_b : natural_less(a.pay_group, b.pay_group);
}

std::vector<const RatesTable*> tables_in_force(const RateBook& book, const RatesQuery& query) {
    std::vector<const RatesTable*> tables;
    for (const auto& table : book.tables()) {
        const bool selected = query.date ? table.validity.contains(*query.date)
                              : query.period
                                  ? intersect(table.validity, query.period->range).has_value()
                                  : true;
        if (selected) {
            tables.push_back(&table);
        }
    }
    std::sort(tables.begin(), tables.end(), [](const RatesTable* a, const RatesTable* b) {
        return a->validity.first != b->validity.first ? a->validity.first < b->validity.first
                                                      : a->id < b->id;
    });
    return tables;
}

std::string no_table_message(const RateBook& book, const RatesQuery& query) {
    const auto covered = covered_ranges(book);
    if (!query.date && !query.period) {
        return "the rules directories hold no rates table";
    }
    std::string text = "no rates table in force ";
    text += query.date ? "on " + query.date->iso() : "in " + period_text(*query.period);
    if (covered.empty()) {
        return text + "; the rules directories hold none";
    }
    text += "; loaded tables cover ";
    for (std::size_t i = 0; i < covered.size(); ++i) {
        text += (i ? ", " : "") + range_text(covered[i]);
    }
    return text;
}

std::vector<const PayGroupRate*> ordered_pay_groups(const RatesTable& table) {
    std::vector<const PayGroupRate*> rates;
    for (const auto& rate : table.pay_groups) {
        rates.push_back(&rate);
    }
    std::sort(rates.begin(), rates.end(),
              [](const PayGroupRate* a, const PayGroupRate* b) { return pay_group_less(*a, *b); });
    return rates;
}

} // namespace ausgleich
