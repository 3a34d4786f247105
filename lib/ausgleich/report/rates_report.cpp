#include "ausgleich/report/rates_report.hpp"

#include "ausgleich/input_record.hpp"
#include "ausgleich/report/json_report.hpp"
#include "ausgleich/report/messages.hpp"
#include "ausgleich/report/statement_text.hpp"
#include "ausgleich/report/table_report.hpp"

#include <algorithm>

namespace ausgleich::report {

namespace {

std::string words(Language language, Msg id) {
    return std::string(text(language, id));
}

std::string kind_text(PayKind kind, Language language) {
    switch (kind) {
    case PayKind::beamte:
        return words(language, Msg::kind_beamte);
    case PayKind::tarif:
        return words(language, Msg::kind_tarif);
    case PayKind::any:
        break;
    }
    return words(language, Msg::kind_any_short);
}

std::string applies_to_text(AppliesTo applies_to, Language language) {
    switch (applies_to) {
    case AppliesTo::beamte:
        return words(language, Msg::kind_beamte);
    case AppliesTo::tarif:
        return words(language, Msg::kind_tarif);
    case AppliesTo::all:
        break;
    }
    return words(language, Msg::applies_all);
}

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

// "2005-04-01..2005-06-30" / "01.04.2005 bis 30.06.2005".
std::string range_text(const DateRange& range, Language language) {
    return format(
        language, Msg::date_range,
        {{"first", date_text(range.first, language)}, {"last", date_text(range.last, language)}});
}

// "2005-Q2 (2005-04-01..2005-06-30)", or just the range when that is the label.
std::string period_text(const Period& period) {
    const std::string range = range_text(period.range);
    return period.label == range ? range : period.label + " (" + range + ")";
}

// A percent surcharge or a total, rounded half-up to cents for display.
std::string rounded_text(const Rational& value, Language language) {
    return localize_decimal(format_rounded(value, 2), language, true);
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

std::string query_heading(const RatesQuery& query, Language language) {
    if (query.date) {
        return words(language, Msg::rates_tables_in_force) + " " + words(language, Msg::on_date) +
               " " + date_text(*query.date, language);
    }
    if (query.period) {
        return words(language, Msg::rates_tables_in_force) + " " +
               in_period(*query.period, language, true);
    }
    return words(language, Msg::all_loaded_rates_tables);
}

std::string sources_section(const RatesTable& table, Language language) {
    std::string out = "  " + words(language, Msg::sources) + "\n";
    for (const auto& source : table.sources) {
        out += "    - " + source.title + "\n";
        if (!source.url.empty()) {
            out += "      " + source.url + "\n";
        }
    }
    return out;
}

std::string pay_groups_section(const RatesTable& table, Language language) {
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
        {std::string(text(language, Msg::pay_group_column)), Align::left},
        {words(language, Msg::kind_column), Align::left},
        {words(language, Msg::annual_eur), Align::right}};
    for (const Surcharge* surcharge : columns) {
        headings.emplace_back(surcharge->id, Align::right);
    }
    if (!columns.empty()) {
        headings.emplace_back(words(language, Msg::total_eur), Align::right);
    }
    TextTable pay_groups(headings);
    bool rounded = false;
    for (const PayGroupRate* rate : rates) {
        std::vector<std::string> row = {rate->pay_group, kind_text(rate->kind, language),
                                        amount_text(rate->annual, language)};
        Rational total = rate->annual;
        for (const Surcharge* surcharge : columns) {
            if (!surcharge->applies(rate->kind)) {
                row.emplace_back("-");
                continue;
            }
            const Rational value = surcharge->annual_value(rate->annual);
            total += value;
            rounded = rounded || round_to_places(value, 2, RoundingMode::half_up) != value;
            row.push_back(surcharge->percent ? rounded_text(value, language)
                                             : amount_text(value, language));
        }
        if (!columns.empty()) {
            row.push_back(rounded_text(total, language));
        }
        pay_groups.add_row(std::move(row));
    }
    std::string out =
        "  " + words(language, Msg::pay_groups_heading) + "\n" + pay_groups.render("    ");
    if (table.has_flat_rate()) {
        out += "    " + words(language, Msg::flat_rate_legend) + "\n";
    }
    if (rounded) {
        out += "    " + words(language, Msg::rounded_for_display_note) + "\n";
    }
    return out;
}

std::string surcharges_section(const RatesTable& table, Language language) {
    using Align = TextTable::Align;
    if (table.surcharges.empty()) {
        return "  " + words(language, Msg::surcharges_none) + "\n";
    }
    TextTable surcharges({{words(language, Msg::id_column), Align::left},
                          {words(language, Msg::title_column), Align::left},
                          {words(language, Msg::percent), Align::right},
                          {words(language, Msg::annual_eur), Align::right},
                          {words(language, Msg::applies_to), Align::left}});
    for (const auto& surcharge : table.surcharges) {
        surcharges.add_row(
            {surcharge.id, surcharge.title,
             surcharge.percent ? localize_decimal(format_exact(*surcharge.percent), language) + " %"
                               : "",
             surcharge.annual ? amount_text(*surcharge.annual, language) : "",
             applies_to_text(surcharge.applies_to, language)});
    }
    return "  " + words(language, Msg::surcharges_heading) + "\n" + surcharges.render("    ");
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

// An EUR amount as read from a rates file: two decimals (SPEC 6), more only when
// the file gave more (a rate is a finite decimal, so format_exact never throws).
std::string amount_text(const Rational& value) {
    return round_to_places(value, 2, RoundingMode::half_up) == value ? format_fixed(value, 2)
                                                                     : format_exact(value);
}

// amount_text for people: "41318.60" / "41.318,60".
std::string amount_text(const Rational& value, Language language) {
    return localize_decimal(amount_text(value), language, true);
}

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

std::string rates_table(const std::vector<const RatesTable*>& tables, const RatesQuery& query,
                        Language language) {
    std::string out = query_heading(query, language) + "\n";
    for (const RatesTable* table : tables) {
        out += "\n" +
               format(language, Msg::rates_table_validity,
                      {{"id", table->id},
                       {"status", std::string(status_text(table->status, language))},
                       {"range", range_text(table->validity, language)}}) +
               "\n";
        if (!table->title.empty()) {
            out += "  " + table->title + "\n";
        }
        if (query.period) {
            const auto covered = intersect(table->validity, query.period->range);
            out += "  " +
                   (covered == query.period->range
                        ? words(language, Msg::covers_whole_period)
                        : words(language, Msg::covers) + " " + range_text(*covered, language) +
                              words(language, Msg::of_the_period)) +
                   "\n";
        }
        out += "\n" + sources_section(*table, language);
        out += "\n" + pay_groups_section(*table, language);
        out += "\n" + surcharges_section(*table, language);
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
