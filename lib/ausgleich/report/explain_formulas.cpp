#include "ausgleich/report/explain_formulas.hpp"

#include "ausgleich/report/format.hpp"
#include "ausgleich/report/messages.hpp"
#include "ausgleich/report/statement_text.hpp"
#include "ausgleich/report/surcharge_text.hpp"

#include <algorithm>
#include <initializer_list>
#include <stdexcept>

namespace ausgleich::report {

using namespace explain;

namespace {

std::string words(Language language, Msg id) {
    return std::string(text(language, id));
}

// A sentence of the catalogue in `language`, with its parts filled in.
std::string say(Language language, Msg id, std::initializer_list<Placeholder> values) {
    return format(language, id, values);
}

// A factor inside a product: the decimal when it is finite, else the fraction
// ("91/365"), so that the product can be recomputed from the text.
std::string factor_text(const Rational& value, Language language) {
    if (is_finite_decimal(value)) {
        return decimal_text(format_exact(value), language);
    }
    const Integer denominator = boost::multiprecision::denominator(value);
    return boost::multiprecision::numerator(value).str() + "/" + denominator.str();
}

// What a pay group of this kind is called: "pay group" in English for all;
// "Besoldungsgruppe", "Entgeltgruppe" or both in German.
std::string group_word(PayKind kind, Language language) {
    switch (kind) {
    case PayKind::beamte:
        return words(language, Msg::group_beamte);
    case PayKind::tarif:
        return words(language, Msg::group_tarif);
    case PayKind::any:
        break;
    }
    return words(language, Msg::pay_group_word);
}

// A month of a "months" time fraction: "2005-12" / "Dezember 2005".
std::string month_name(int year, int month, Language language) {
    const std::string label =
        std::to_string(year) + "-" + (month < 10 ? "0" : "") + std::to_string(month);
    return period_name(parse_period(label), language);
}

} // namespace

namespace explain {

// A decimal as written by format_fixed/format_exact, in the language's format
// ("43.560,80" in German); a decimal below 1000 only changes its point.
std::string decimal_text(const std::string& plain, Language language) {
    return localize_decimal(plain, language, true);
}

std::string rounding_words(RoundingMode mode, Language language) {
    return words(language,
                 mode == RoundingMode::half_up ? Msg::half_away_from_zero : Msg::half_to_even);
}

std::string proration_words(Proration proration, Language language) {
    return words(language,
                 proration == Proration::days ? Msg::by_calendar_days : Msg::by_calendar_months);
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
    return words(language, Msg::kind_any);
}

// "2005-04-01..2005-06-30" / "01.04.2005 bis 30.06.2005".
std::string range_text(const DateRange& range, Language language) {
    return say(
        language, Msg::date_range,
        {{"first", date_text(range.first, language)}, {"last", date_text(range.last, language)}});
}

// Where an assignment runs, in English as Assignment::describe() writes it:
// "2005-01-01..open" / "ab 01.01.2005 (unbefristet)".
std::string assignment_range(const Assignment& assignment, Language language) {
    return assignment.to
               ? range_text(DateRange{assignment.from, *assignment.to}, language)
               : say(language, Msg::open_range, {{"first", date_text(assignment.from, language)}});
}

} // namespace explain

// --- the formulas ---------------------------------------------------------

std::string fraction_text(const Rational& value) {
    return boost::multiprecision::numerator(value).str() + "/" +
           boost::multiprecision::denominator(value).str();
}

std::string exact_text(const Rational& value, Language language) {
    if (is_finite_decimal(value)) {
        return decimal_text(format_exact(value), language);
    }
    return factor_text(value, language) + " ≈ " + decimal_text(format_rounded(value, 6), language);
}

std::string annual_text(const Rational& value, Language language) {
    const Rational cents = value * 100;
    return boost::multiprecision::denominator(cents) == 1
               ? decimal_text(format_fixed(value, 2), language)
               : exact_text(value, language);
}

std::string fte_formula(const Arge& arge, const Staff& staff, const Segment& segment,
                        Language language) {
    const Assignment& assignment = *segment.assignment;
    if (assignment.fte) {
        return say(language, Msg::fte_of_assignment,
                   {{"fte", exact_text(*assignment.fte, language)}});
    }
    const auto full_time = arge.full_time_hours(staff);
    const std::string source =
        staff.full_time_hours ? words(language, Msg::staff_member_source)
                              : say(language, Msg::partner_name, {{"partner", staff.employer}});
    return say(language, Msg::fte_from_hours,
               {{"hours", exact_text(assignment.weekly_hours.value_or(0), language)},
                {"full_time", exact_text(full_time.value_or(0), language)},
                {"source", source},
                {"fte", exact_text(segment.fte_exact, language)}});
}

std::string fte_rounding(const Segment& segment, const Policy& policy, Language language) {
    if (!policy.fte_decimals) {
        return say(language, Msg::fte_not_rounded, {{"fte", exact_text(segment.fte, language)}});
    }
    return say(language, Msg::fte_rounded,
               {{"places", std::to_string(*policy.fte_decimals)},
                {"fte", decimal_text(format_fixed(segment.fte, *policy.fte_decimals), language)}});
}

std::string time_fraction_formula(const Segment& segment, Proration proration, Language language) {
    std::string parts;
    for (const CalendarPart& part : calendar_parts(segment.range, proration)) {
        parts += parts.empty() ? "" : " + ";
        parts += proration == Proration::days
                     ? say(language, Msg::days_of_year,
                           {{"days", std::to_string(part.days)},
                            {"year_days", std::to_string(part.length)},
                            {"year", std::to_string(part.year)}})
                     : month_name(part.year, part.month, language) + ": " +
                           std::to_string(part.days) + "/" + std::to_string(part.length);
    }
    if (proration == Proration::months) {
        parts = "(" + parts + ") / 12";
    }
    return parts + " = " + exact_text(segment.time_fraction, language);
}

std::string component_title(const Segment& segment, const ComponentValue& component) {
    if (component.surcharge != nullptr) {
        return component.title;
    }
    const std::string& pay_group = segment.rate->pay_group;
    return pay_group == k_flat_rate_pay_group ? std::string("Pauschale je Arbeitsplatz")
                                              : "Personalkostensatz " + pay_group;
}

std::string component_formula(const Segment& segment, const ComponentValue& component,
                              Language language) {
    const PayGroupRate& rate = *segment.rate;
    const std::string table = segment.table->id;
    const std::string annual = annual_text(component.annual, language);
    if (component.surcharge == nullptr) {
        if (rate.pay_group == k_flat_rate_pay_group) {
            return say(language, Msg::component_flat_rate, {{"annual", annual}, {"table", table}});
        }
        return say(language, Msg::component_pay_group,
                   {{"annual", annual},
                    {"group", group_word(rate.kind, language)},
                    {"pay_group", rate.pay_group},
                    {"kind", kind_text(rate.kind, language)},
                    {"table", table}});
    }
    const Surcharge& surcharge = *component.surcharge;
    const std::string applies =
        say(language, Msg::applies_to_scope,
            {{"scope", surcharge_scope_text(surcharge.applies_to, language)}, {"table", table}});
    const std::string scope = surcharge.basis == Basis::head
                                  ? applies + ", " + words(language, Msg::per_person)
                                  : applies;
    if (component.percent) {
        // "29.3 % (gehobener Dienst) × 40738.00" or "28.1 % × (base + versorgung = …)".
        const std::string career = surcharge.is_by_career() && rate.career
                                       ? " (" + career_text(*rate.career, language) + ")"
                                       : "";
        const std::string of = surcharge.of.empty()
                                   ? annual_text(component.percent_base, language)
                                   : "(" + of_text(surcharge) + " = " +
                                         annual_text(component.percent_base, language) + ")";
        return exact_text(*component.percent, language) + " %" + career + " × " + of + " = " +
               annual + " (" + scope + ")";
    }
    if (surcharge.monthly) {
        return say(language, Msg::component_monthly,
                   {{"monthly", annual_text(*surcharge.monthly, language)},
                    {"annual", annual},
                    {"applies", scope}});
    }
    if (surcharge.is_by_pay_group()) {
        return say(language, Msg::component_fixed_for_group,
                   {{"annual", annual}, {"pay_group", rate.pay_group}, {"applies", scope}});
    }
    return say(language, Msg::component_fixed, {{"annual", annual}, {"applies", scope}});
}

std::string amount_formula(const Segment& segment, const ComponentValue& component,
                           const Rational& share, Language language) {
    const std::string fte = component.basis == Basis::head ? words(language, Msg::person_not_fte)
                                                           : factor_text(segment.fte, language);
    return annual_text(component.annual, language) + " × " + fte + " × " +
           factor_text(segment.time_fraction, language) + " × " + factor_text(share, language);
}

std::string line_rounding(const Line& line, const Policy& policy, Language language) {
    const std::string mode = say(language, Msg::rounding_mode,
                                 {{"words", rounding_words(policy.rounding, language)},
                                  {"rounding", std::string(to_string(policy.rounding))}});
    const std::string amount = money_text(line.amount, language);
    switch (policy.round) {
    case RoundingPolicy::per_component: {
        std::string sum;
        for (const auto& component : line.components) {
            sum += (sum.empty() ? "" : " + ") + money_text(component.amount, language);
        }
        return say(language, Msg::line_round_per_component,
                   {{"mode", mode}, {"sum", sum}, {"amount", amount}});
    }
    case RoundingPolicy::per_total:
        return say(language, Msg::line_round_per_total,
                   {{"mode", mode},
                    {"amount", amount},
                    {"debtor", line.debtor},
                    {"creditor", line.creditor}});
    case RoundingPolicy::per_line:
        break;
    }
    return say(language, Msg::line_round_per_line, {{"mode", mode}, {"amount", amount}});
}

} // namespace ausgleich::report
