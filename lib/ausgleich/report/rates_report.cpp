#include "ausgleich/report/rates_report.hpp"

#include "ausgleich/input_record.hpp"
#include "ausgleich/report/json_report.hpp"
#include "ausgleich/report/table_report.hpp"

#include <algorithm>

namespace ausgleich::report {

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

// An EUR amount as read from a rates file: two decimals (SPEC 6), more only when
// the file gave more (a rate is a finite decimal, so format_exact never throws).
std::string amount_text(const Rational& value) {
    return round_to_places(value, 2, RoundingMode::half_up) == value ? format_fixed(value, 2)
                                                                     : format_exact(value);
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

std::string query_heading(const RatesQuery& query) {
    if (query.date) {
        return "Rates tables in force on " + query.date->iso();
    }
    if (query.period) {
        return "Rates tables in force in " + period_text(*query.period);
    }
    return "All loaded rates tables";
}

std::string sources_section(const RatesTable& table) {
    std::string out = "  Sources\n";
    for (const auto& source : table.sources) {
        out += "    - " + source.title + "\n";
        if (!source.url.empty()) {
            out += "      " + source.url + "\n";
        }
    }
    return out;
}

std::string pay_groups_section(const RatesTable& table) {
    using Align = TextTable::Align;
    const auto rates = ordered_pay_groups(table);
    // One column per surcharge that applies to at least one listed pay group.
    std::vector<const Surcharge*> columns;
    for (const auto& surcharge : table.surcharges) {
        if (std::any_of(rates.begin(), rates.end(),
                        [&](const PayGroupRate* rate) { return surcharge.applies(rate->kind); })) {
            columns.push_back(&surcharge);
        }
    }
    std::vector<std::pair<std::string, Align>> headings = {
        {"Pay group", Align::left}, {"Kind", Align::left}, {"Annual EUR", Align::right}};
    for (const Surcharge* surcharge : columns) {
        headings.emplace_back(surcharge->id, Align::right);
    }
    if (!columns.empty()) {
        headings.emplace_back("Total EUR", Align::right);
    }
    TextTable pay_groups(headings);
    bool rounded = false;
    for (const PayGroupRate* rate : rates) {
        std::vector<std::string> row = {rate->pay_group, std::string(to_string(rate->kind)),
                                        amount_text(rate->annual)};
        Rational total = rate->annual;
        for (const Surcharge* surcharge : columns) {
            if (!surcharge->applies(rate->kind)) {
                row.emplace_back("-");
                continue;
            }
            const Rational value = surcharge->annual_value(rate->annual);
            total += value;
            rounded = rounded || round_to_places(value, 2, RoundingMode::half_up) != value;
            row.push_back(surcharge->percent ? format_rounded(value, 2) : amount_text(value));
        }
        if (!columns.empty()) {
            row.push_back(format_rounded(total, 2));
        }
        pay_groups.add_row(std::move(row));
    }
    std::string out = "  Pay groups, EUR per FTE and year\n" + pay_groups.render("    ");
    if (table.has_flat_rate()) {
        out += "    * = every pay group this table does not list\n";
    }
    if (rounded) {
        out += "    Percent surcharges and totals are shown rounded to cents; settlements use "
               "the exact values.\n";
    }
    return out;
}

std::string surcharges_section(const RatesTable& table) {
    using Align = TextTable::Align;
    if (table.surcharges.empty()) {
        return "  Surcharges: none\n";
    }
    TextTable surcharges({{"Id", Align::left},
                          {"Title", Align::left},
                          {"Percent", Align::right},
                          {"Annual EUR", Align::right},
                          {"Applies to", Align::left}});
    for (const auto& surcharge : table.surcharges) {
        surcharges.add_row({surcharge.id, surcharge.title,
                            surcharge.percent ? format_exact(*surcharge.percent) + " %" : "",
                            surcharge.annual ? amount_text(*surcharge.annual) : "",
                            std::string(to_string(surcharge.applies_to))});
    }
    return "  Surcharges, per FTE on top of the pay-group rate\n" + surcharges.render("    ");
}

std::string field(const char* key, const std::string& value) {
    return json_string(key) + ": " + json_string(value);
}

std::string table_json(const RatesTable& table) {
    std::string out = "    {\n";
    out += "      " + field("id", table.id) + ",\n";
    out += "      " + field("title", table.title) + ",\n";
    out += "      " + field("status", std::string(to_string(table.status))) + ",\n";
    out += "      " + field("valid_from", table.validity.first.iso()) + ",\n";
    out += "      " + field("valid_to", table.validity.last.iso()) + ",\n";
    const auto array = [&out](const char* key, const std::vector<std::string>& items, bool last) {
        out += "      " + json_string(key) + ": [";
        for (std::size_t i = 0; i < items.size(); ++i) {
            out += (i == 0 ? "\n        " : ",\n        ") + items[i];
        }
        out += items.empty() ? "]" : "\n      ]";
        out += last ? "\n" : ",\n";
    };
    std::vector<std::string> items;
    for (const auto& source : table.sources) {
        items.push_back("{" + field("title", source.title) + ", " + field("url", source.url) + "}");
    }
    array("sources", items, false);
    items.clear();
    for (const PayGroupRate* rate : ordered_pay_groups(table)) {
        items.push_back("{" + field("pay_group", rate->pay_group) + ", " +
                        field("kind", std::string(to_string(rate->kind))) + ", " +
                        field("annual", amount_text(rate->annual)) + "}");
    }
    array("pay_groups", items, false);
    items.clear();
    for (const auto& surcharge : table.surcharges) {
        items.push_back(
            "{" + field("id", surcharge.id) + ", " + field("title", surcharge.title) + ", " +
            (surcharge.percent ? field("percent", format_exact(*surcharge.percent))
                               : field("annual", amount_text(*surcharge.annual))) +
            ", " + field("applies_to", std::string(to_string(surcharge.applies_to))) + "}");
    }
    array("surcharges", items, true);
    return out + "    }";
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

std::string rates_table(const std::vector<const RatesTable*>& tables, const RatesQuery& query) {
    std::string out = query_heading(query) + "\n";
    for (const RatesTable* table : tables) {
        out += "\n" + table->id + " (" + std::string(to_string(table->status)) + ") " +
               range_text(table->validity) + "\n";
        if (!table->title.empty()) {
            out += "  " + table->title + "\n";
        }
        if (query.period) {
            const auto covered = intersect(table->validity, query.period->range);
            out += covered == query.period->range
                       ? std::string("  Covers the whole period.\n")
                       : "  Covers " + range_text(*covered) + " of the period.\n";
        }
        out += "\n" + sources_section(*table);
        out += "\n" + pay_groups_section(*table);
        out += "\n" + surcharges_section(*table);
    }
    return out;
}

std::string rates_json(const std::vector<const RatesTable*>& tables, const RatesQuery& query) {
    std::string out = "{\n";
    out += "  " + field("schema", k_rates_listing_schema) + ",\n";
    out += "  " + field("tool", k_tool_version) + ",\n";
    if (query.date) {
        out += "  " + field("date", query.date->iso()) + ",\n";
    } else if (query.period) {
        const Period& period = *query.period;
        out += "  " + json_string("period") + ": {" + field("label", period.label) + ", " +
               field("from", period.range.first.iso()) + ", " +
               field("to", period.range.last.iso()) + "},\n";
    }
    out += "  " + json_string("tables") + ": [";
    for (std::size_t i = 0; i < tables.size(); ++i) {
        out += (i == 0 ? "\n" : ",\n") + table_json(*tables[i]);
    }
    out += tables.empty() ? "]\n" : "\n  ]\n";
    return out + "}\n";
}

} // namespace ausgleich::report
