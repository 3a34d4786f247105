#include "ausgleich/report/rates_report.hpp"

#include "ausgleich/report/messages.hpp"
#include "ausgleich/report/statement_text.hpp"
#include "ausgleich/report/surcharge_text.hpp"
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

// The value of the component `id` among `components`, or nothing.
const ComponentValue* find_component(const std::vector<ComponentValue>& components,
                                     const std::string& id) {
    for (const auto& component : components) {
        if (component.id == id) {
            return &component;
        }
    }
    return nullptr;
}

std::string pay_groups_section(const RatesTable& table, Language language) {
    using Align = TextTable::Align;
    const auto rates = ordered_pay_groups(table);
    // One column per surcharge that applies to at least one listed pay group.
    std::vector<const Surcharge*> columns;
    std::string per_person;
    for (const auto& surcharge : table.surcharges) {
        if (std::any_of(rates.begin(), rates.end(),
                        [&](const PayGroupRate* rate) { return surcharge.applies(rate->kind); })) {
            columns.push_back(&surcharge);
            if (surcharge.basis == Basis::head) {
                per_person += (per_person.empty() ? "" : ", ") + surcharge.id;
            }
        }
    }
    const bool careers = std::any_of(rates.begin(), rates.end(),
                                     [](const PayGroupRate* rate) { return rate->career; });
    std::vector<std::pair<std::string, Align>> headings = {
        {std::string(text(language, Msg::pay_group_column)), Align::left},
        {words(language, Msg::kind_column), Align::left}};
    if (careers) {
        headings.emplace_back(words(language, Msg::career_column), Align::left);
    }
    headings.emplace_back(words(language, Msg::annual_eur), Align::right);
    for (const Surcharge* surcharge : columns) {
        headings.emplace_back(surcharge->id, Align::right);
    }
    if (!columns.empty()) {
        headings.emplace_back(words(language, Msg::total_eur), Align::right);
    }
    TextTable pay_groups(headings);
    bool rounded = false;
    for (const PayGroupRate* rate : rates) {
        std::vector<std::string> row = {rate->pay_group, kind_text(rate->kind, language)};
        if (careers) {
            row.push_back(rate->career ? career_text(*rate->career, language) : "");
        }
        row.push_back(amount_text(rate->annual, language));
        const auto components = table.components(*rate);
        Rational total = rate->annual;
        for (const Surcharge* surcharge : columns) {
            const ComponentValue* value = find_component(components, surcharge->id);
            if (value == nullptr) {
                row.emplace_back("-");
                continue;
            }
            total += value->annual;
            rounded = rounded ||
                      round_to_places(value->annual, 2, RoundingMode::half_up) != value->annual;
            row.push_back(value->percent ? rounded_text(value->annual, language)
                                         : amount_text(value->annual, language));
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
    if (!per_person.empty()) {
        out += "    " + format(language, Msg::per_person_note, {{"ids", per_person}}) + "\n";
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
    // The columns of SPEC 3.1 tables as before; "of" only when a table uses it.
    const bool with_of = std::any_of(table.surcharges.begin(), table.surcharges.end(),
                                     [](const Surcharge& s) { return !s.of.empty(); });
    std::vector<std::pair<std::string, Align>> headings{
        {words(language, Msg::id_column), Align::left},
        {words(language, Msg::title_column), Align::left},
        {words(language, Msg::percent), Align::right}};
    if (with_of) {
        headings.emplace_back(words(language, Msg::of_column), Align::left);
    }
    headings.emplace_back(words(language, Msg::annual_eur), Align::right);
    headings.emplace_back(words(language, Msg::applies_to), Align::left);
    TextTable surcharges(headings);
    for (const auto& surcharge : table.surcharges) {
        const std::string value = surcharge_value_text(surcharge, language);
        std::vector<std::string> row{surcharge.id, surcharge.title,
                                     surcharge.is_percent() ? value : ""};
        if (with_of) {
            row.push_back(of_text(surcharge));
        }
        row.push_back(surcharge.is_percent() ? "" : value);
        std::string scope = surcharge_scope_text(surcharge.applies_to, language);
        if (surcharge.basis == Basis::head) {
            scope += ", " + words(language, Msg::per_person);
        }
        row.push_back(scope);
        surcharges.add_row(std::move(row));
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
