#include "ausgleich/report/rates_report.hpp"

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

// "2005-04-01..2005-06-30" / "01.04.2005 bis 30.06.2005".
std::string range_text(const DateRange& range, Language language) {
    return format(
        language, Msg::date_range,
        {{"first", date_text(range.first, language)}, {"last", date_text(range.last, language)}});
}

// A percent surcharge or a total, rounded half-up to cents for display.
std::string rounded_text(const Rational& value, Language language) {
    return localize_decimal(format_rounded(value, 2), language, true);
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
             surcharge_scope_text(surcharge.applies_to, language)});
    }
    return "  " + words(language, Msg::surcharges_heading) + "\n" + surcharges.render("    ");
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

} // namespace ausgleich::report
