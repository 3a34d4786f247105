#include "ausgleich/report/explain_report.hpp"

#include "ausgleich/report/format.hpp"
#include "ausgleich/report/statement_text.hpp"

#include <algorithm>
#include <initializer_list>
#include <stdexcept>

namespace ausgleich::report {

namespace {

// The explanation's German. A sentence is one entry with {name} placeholders
// (filled by say()), so German can order its parts as its grammar wants. The
// ARGE file's setting names and values ("proration: days", "fte_decimals: 4")
// stay as written: they tell the auditor which line of the file is meant.
constexpr Translation k_german[] = {
    // heading and policy
    {"Explanation for staff {staff}, {arge}, {period}",
     "Erläuterung für Personal-Nr. {staff}, {arge}, {period}"},
    {"Staff member {staff}", "Personal-Nr. {staff}"},
    {"employer", "Arbeitgeber"},
    {"pay group", "Besoldungs-/Entgeltgruppe"},
    {"days", "Tage"},
    {"{days} assignment days in the period, {segments} segment(s) (split at assignment and "
     "rates-table boundaries)",
     "{days} Einsatztage im Zeitraum, {segments} Zeitabschnitt(e) (geteilt an den Grenzen der "
     "Einsätze und der Kostensatztabellen)"},
    {"Policy (the ARGE file's policy:, defaults where a setting is absent)",
     "Verfahren (Angaben unter policy: in der ARGE-Datei, Standardwerte für fehlende "
     "Einstellungen)"},
    {"{key}: {value} (policy)", "{name}: {meaning} ({key}: {value})"},
    {"proration", "Anteilsberechnung"},
    {"fte_decimals", "VZÄ-Rundung"},
    {"rounding", "Rundungsregel"},
    {"round", "Rundungsstufe"},
    {"by calendar days", "nach Kalendertagen"},
    {"by calendar months", "nach Kalendermonaten"},
    {"to {places} decimals", "auf {places} Nachkommastellen"},
    {"not rounded", "nicht gerundet"},
    {"half away from zero", "kaufmännisch"},
    {"half to even", "mathematisch"},
    {"per line", "je Zeile"},
    {"per component", "je Kostenbestandteil"},
    {"per total", "nur die Summe je Zahlungsrichtung"},
    // a segment
    {"{first}..{last}", "{first} bis {last}"},
    {"{first}..open", "ab {first} (unbefristet)"},
    {"Segment {number}: {range}, {days} days", "Zeitabschnitt {number}: {range}, {days} Tage"},
    {"Assignment {range}: {time}, tasks {tasks}", "Einsatz {range}: {time}, Aufgaben {tasks}"},
    {"weekly_hours {hours}", "Wochenstunden {hours}"},
    {"fte {fte}", "VZÄ {fte}"},
    {"Rates table {id} ({status}): {title}", "Kostensatztabelle {id} ({status}): {title}"},
    {"valid {range}", "gültig vom {range}"},
    {"source: {title}", "Quelle: {title}"},
    {"Pay-group rate {pay_group} ({kind}): {annual} EUR per FTE and year",
     "Personalkostensatz {pay_group} ({kind}): {annual} EUR je VZÄ und Jahr"},
    {"{pay_group}, flat rate \"*\"", "{pay_group}, Pauschalsatz \"*\""},
    {"beamte", "Beamte"},
    {"tarif", "Tarifbeschäftigte"},
    {"any", "alle Arten"},
    {"all", "alle"},
    {"1. FTE: {formula}", "1. VZÄ: {formula}"},
    {"fte {fte} (assignment)", "VZÄ {fte} (Einsatz)"},
    {"weekly_hours {hours} / full_time_hours {full_time} ({source}) = {fte}",
     "Wochenstunden {hours} / Vollzeitstunden {full_time} ({source}) = {fte}"},
    {"staff member", "Personaldatensatz"},
    {"partner {partner}", "Träger {partner}"},
    {"not rounded (fte_decimals: null, policy) = {fte}",
     "nicht gerundet (fte_decimals: null, Verfahren) = {fte}"},
    {"rounded half-up to {places} decimals (fte_decimals: {places}, policy) = {fte}",
     "kaufmännisch auf {places} Nachkommastellen gerundet (fte_decimals: {places}, Verfahren) = "
     "{fte}"},
    {"2. Time fraction (proration: {proration}, policy): {formula}",
     "2. Zeitanteil {meaning} (proration: {proration}, Verfahren): {formula}"},
    {"{days} days / {year_days} days in {year}", "{days} Tage / {year_days} Tage im Jahr {year}"},
    {"3. Shares (task percent × owner percent, per partner):",
     "3. Anteile je Träger (Aufgabenanteil × Trägeranteil an der Aufgabe):"},
    {" (the employer's own tasks)", " (eigene Aufgaben des Arbeitgebers)"},
    {"ARGE file", "ARGE-Datei"},
    {"partner id", "Träger-Kennung"},
    {"tasks of {partner}", "Aufgaben des Trägers {partner}"},
    {"4. Components (EUR per FTE and year):", "4. Kostenbestandteile (EUR je VZÄ und Jahr):"},
    {"{annual}, flat rate \"*\" (kind any) of {table} for every pay group the table does not "
     "list",
     "{annual}, Pauschalsatz \"*\" (alle Arten) aus {table} für jede Besoldungs-/Entgeltgruppe, "
     "die die Tabelle nicht aufführt"},
    {"{annual}, pay group {pay_group} ({kind}) of {table}",
     "{annual}, {group} {pay_group} ({kind}) aus {table}"},
    {"applies_to: {scope}, {table}", "gilt für {scope}, {table}"},
    {"{annual}, fixed annual amount ({applies})", "{annual}, fester Jahresbetrag ({applies})"},
    {"Owed by {partner} (value × FTE × time fraction × share):",
     "Geschuldet von {partner} (Wert × VZÄ × Zeitanteil × Anteil):"},
    {"No other partner has a share in this segment: nothing is owed for it.",
     "Kein anderer Träger hat einen Anteil an diesem Zeitabschnitt: dafür wird nichts "
     "geschuldet."},
    // a line
    {"Line: {debtor} owes {creditor} for staff {staff} ({days} days, FTE {fte}, share {share})",
     "Zeile: {debtor} schuldet {creditor} für Personal-Nr. {staff} ({days} Tage, VZÄ {fte}, "
     "Anteil {share})"},
    {"segment {number}", "Zeitabschnitt {number}"},
    {"line exact: {components} = {exact}", "exakter Zeilenbetrag: {components} = {exact}"},
    {"{words} (rounding: {rounding}, policy)", "{words} (rounding: {rounding}, Verfahren)"},
    {"round: per-component (policy): each component rounded {mode} to cents, the line is their "
     "sum: {sum} = {amount}",
     "Rundung je Kostenbestandteil (round: per-component, Verfahren): jeder Bestandteil {mode} "
     "auf Cent gerundet, der Zeilenbetrag ist ihre Summe: {sum} = {amount}"},
    {"round: per-total (policy): the line is shown rounded {mode} to cents = {amount}; only the "
     "total {debtor} → {creditor} is rounded, from the exact sum of its lines (settle reports "
     "the difference as rounding_difference)",
     "Rundung nur der Summe (round: per-total, Verfahren): der Zeilenbetrag wird {mode} auf Cent "
     "gerundet angezeigt = {amount}; gerundet wird nur die Summe {debtor} → {creditor}, aus der "
     "exakten Summe ihrer Zeilen (ausgleich settle weist den Unterschied als Rundungsdifferenz "
     "aus)"},
    {"round: per-line (policy): the exact line rounded {mode} to cents = {amount}; the "
     "components are rounded for display only",
     "Rundung je Zeile (round: per-line, Verfahren): der exakte Zeilenbetrag {mode} auf Cent "
     "gerundet = {amount}; die Bestandteile sind nur für die Anzeige gerundet"},
    {"amount: {amount} EUR", "Betrag: {amount} EUR"},
    // the conclusion
    {"{debtor} owes {creditor} {amount} EUR for staff {staff} {in_period}",
     "{debtor} schuldet {creditor} {amount} EUR für Personal-Nr. {staff} {in_period}"},
    {" (rounded for display: under round: per-total only the total {debtor} → {creditor} is "
     "rounded).",
     " (zur Anzeige gerundet: bei round: per-total wird nur die Summe {debtor} → {creditor} "
     "gerundet)."},
    {"Staff {staff} has no assignment days {in_period}: nobody owes anything for them.",
     "Personal-Nr. {staff} hat {in_period} keine Einsatztage: niemand schuldet dafür etwas."},
    {"No other partner owes {employer} anything for staff {staff} {in_period}: all of the time "
     "was spent on the employer's own tasks.",
     "Kein anderer Träger schuldet {employer} etwas für Personal-Nr. {staff} {in_period}: die "
     "gesamte Zeit entfiel auf eigene Aufgaben des Arbeitgebers."},
};

std::string words(Language language, std::string_view english) {
    return std::string(translate(language, english, k_german));
}

struct Placeholder {
    std::string_view name;
    std::string value;
};

// `pattern` with every {name} replaced by its value. Values may go unused (the
// German of a sentence may name more or fewer parts than the English); a
// placeholder without a value is a bug.
std::string fill(std::string_view pattern, std::initializer_list<Placeholder> values) {
    std::string out;
    std::size_t done = 0;
    while (done < pattern.size()) {
        const std::size_t open = pattern.find('{', done);
        if (open == std::string_view::npos) {
            break;
        }
        const std::size_t close = pattern.find('}', open);
        const std::string_view name =
            close == std::string_view::npos ? "" : pattern.substr(open + 1, close - open - 1);
        const auto value = std::find_if(values.begin(), values.end(),
                                        [&](const Placeholder& p) { return p.name == name; });
        if (value == values.end()) {
            throw std::logic_error("no value for a placeholder in '" + std::string(pattern) + "'");
        }
        out += pattern.substr(done, open - done);
        out += value->value;
        done = close + 1;
    }
    return out + std::string(pattern.substr(std::min(done, pattern.size())));
}

// A sentence of the catalogue in `language`, with its parts filled in.
std::string say(Language language, std::string_view english,
                std::initializer_list<Placeholder> values) {
    return fill(translate(language, english, k_german), values);
}

// A decimal as written by format_fixed/format_exact, in the language's format
// ("43.560,80" in German); a decimal below 1000 only changes its point.
std::string decimal_text(const std::string& plain, Language language) {
    return localize_decimal(plain, language, true);
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

std::string rounding_words(RoundingMode mode, Language language) {
    return words(language, mode == RoundingMode::half_up ? "half away from zero" : "half to even");
}

std::string proration_words(Proration proration, Language language) {
    return words(language,
                 proration == Proration::days ? "by calendar days" : "by calendar months");
}

std::string kind_text(PayKind kind, Language language) {
    return words(language, to_string(kind));
}

// What German calls a pay group of this kind; English says "pay group" for all.
std::string_view german_group_word(PayKind kind) {
    switch (kind) {
    case PayKind::beamte:
        return "Besoldungsgruppe";
    case PayKind::tarif:
        return "Entgeltgruppe";
    case PayKind::any:
        break;
    }
    return "Besoldungs-/Entgeltgruppe";
}

// "2005-04-01..2005-06-30" / "01.04.2005 bis 30.06.2005".
std::string range_text(const DateRange& range, Language language) {
    return say(
        language, "{first}..{last}",
        {{"first", date_text(range.first, language)}, {"last", date_text(range.last, language)}});
}

// Where an assignment runs, in English as Assignment::describe() writes it:
// "2005-01-01..open" / "ab 01.01.2005 (unbefristet)".
std::string assignment_range(const Assignment& assignment, Language language) {
    return assignment.to
               ? range_text(DateRange{assignment.from, *assignment.to}, language)
               : say(language, "{first}..open", {{"first", date_text(assignment.from, language)}});
}

// A month of a "months" time fraction: "2005-12" / "Dezember 2005".
std::string month_name(int year, int month, Language language) {
    const std::string label =
        std::to_string(year) + "-" + (month < 10 ? "0" : "") + std::to_string(month);
    return period_name(parse_period(label), language);
}

} // namespace

// --- the shared pieces ---------------------------------------------------------

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
        return say(language, "fte {fte} (assignment)",
                   {{"fte", exact_text(*assignment.fte, language)}});
    }
    const auto full_time = arge.full_time_hours(staff);
    const std::string source =
        staff.full_time_hours ? words(language, "staff member")
                              : say(language, "partner {partner}", {{"partner", staff.employer}});
    return say(language, "weekly_hours {hours} / full_time_hours {full_time} ({source}) = {fte}",
               {{"hours", exact_text(assignment.weekly_hours.value_or(0), language)},
                {"full_time", exact_text(full_time.value_or(0), language)},
                {"source", source},
                {"fte", exact_text(segment.fte_exact, language)}});
}

std::string fte_rounding(const Segment& segment, const Policy& policy, Language language) {
    if (!policy.fte_decimals) {
        return say(language, "not rounded (fte_decimals: null, policy) = {fte}",
                   {{"fte", exact_text(segment.fte, language)}});
    }
    return say(language,
               "rounded half-up to {places} decimals (fte_decimals: {places}, policy) = {fte}",
               {{"places", std::to_string(*policy.fte_decimals)},
                {"fte", decimal_text(format_fixed(segment.fte, *policy.fte_decimals), language)}});
}

std::string time_fraction_formula(const Segment& segment, Proration proration, Language language) {
    const DateRange& range = segment.range;
    std::string parts;
    if (proration == Proration::days) {
        for (int year = range.first.year(); year <= range.last.year(); ++year) {
            const auto part = intersect(range, DateRange{Date(year, 1, 1), Date(year, 12, 31)});
            parts += (parts.empty() ? "" : " + ") +
                     say(language, "{days} days / {year_days} days in {year}",
                         {{"days", std::to_string(part->days())},
                          {"year_days", std::to_string(days_in_year(year))},
                          {"year", std::to_string(year)}});
        }
    } else {
        for (int year = range.first.year(), month = range.first.month();
             year < range.last.year() ||
             (year == range.last.year() && month <= range.last.month());) {
            const int length = days_in_month(year, month);
            const auto part =
                intersect(range, DateRange{Date(year, month, 1), Date(year, month, length)});
            parts += (parts.empty() ? "" : " + ") + month_name(year, month, language) + ": " +
                     std::to_string(part->days()) + "/" + std::to_string(length);
            if (++month > 12) {
                month = 1;
                ++year;
            }
        }
        parts = "(" + parts + ") / 12";
    }
    return parts + " = " + exact_text(segment.time_fraction, language);
}

std::vector<TaskContribution> task_contributions(const Segment& segment, const TaskLookup& tasks,
                                                 const std::string& partner) {
    std::vector<TaskContribution> contributions;
    for (const auto& task_share : segment.assignment->tasks) {
        const Task* task = tasks.find(task_share.code);
        if (task == nullptr) {
            continue;
        }
        const Rational owner_percent = task->owner_percent(partner);
        if (owner_percent > 0) {
            contributions.push_back(TaskContribution{&task_share, task, owner_percent,
                                                     task_share.percent * owner_percent / 10000});
        }
    }
    return contributions;
}

std::string component_formula(const Segment& segment, const ComponentValue& component,
                              Language language) {
    const PayGroupRate& rate = *segment.rate;
    const std::string table = segment.table->id;
    const std::string annual = annual_text(component.annual, language);
    if (component.surcharge == nullptr) {
        if (rate.pay_group == k_flat_rate_pay_group) {
            return say(language,
                       "{annual}, flat rate \"*\" (kind any) of {table} for every pay group the "
                       "table does not list",
                       {{"annual", annual}, {"table", table}});
        }
        return say(language, "{annual}, pay group {pay_group} ({kind}) of {table}",
                   {{"annual", annual},
                    {"group", std::string(german_group_word(rate.kind))},
                    {"pay_group", rate.pay_group},
                    {"kind", kind_text(rate.kind, language)},
                    {"table", table}});
    }
    const Surcharge& surcharge = *component.surcharge;
    const std::string applies =
        say(language, "applies_to: {scope}, {table}",
            {{"scope", words(language, to_string(surcharge.applies_to))}, {"table", table}});
    if (surcharge.percent) {
        return exact_text(*surcharge.percent, language) + " % × " +
               annual_text(rate.annual, language) + " = " + annual + " (" + applies + ")";
    }
    return say(language, "{annual}, fixed annual amount ({applies})",
               {{"annual", annual}, {"applies", applies}});
}

std::string amount_formula(const Segment& segment, const ComponentValue& component,
                           const Rational& share, Language language) {
    return annual_text(component.annual, language) + " × " + factor_text(segment.fte, language) +
           " × " + factor_text(segment.time_fraction, language) + " × " +
           factor_text(share, language);
}

std::string line_rounding(const Line& line, const Policy& policy, Language language) {
    const std::string mode = say(language, "{words} (rounding: {rounding}, policy)",
                                 {{"words", rounding_words(policy.rounding, language)},
                                  {"rounding", std::string(to_string(policy.rounding))}});
    const std::string amount = money_text(line.amount, language);
    switch (policy.round) {
    case RoundingPolicy::per_component: {
        std::string sum;
        for (const auto& component : line.components) {
            sum += (sum.empty() ? "" : " + ") + money_text(component.amount, language);
        }
        return say(language,
                   "round: per-component (policy): each component rounded {mode} to cents, the "
                   "line is their sum: {sum} = {amount}",
                   {{"mode", mode}, {"sum", sum}, {"amount", amount}});
    }
    case RoundingPolicy::per_total:
        return say(language,
                   "round: per-total (policy): the line is shown rounded {mode} to cents = "
                   "{amount}; only the total {debtor} → {creditor} is rounded, from the exact sum "
                   "of its lines (settle reports the difference as rounding_difference)",
                   {{"mode", mode},
                    {"amount", amount},
                    {"debtor", line.debtor},
                    {"creditor", line.creditor}});
    case RoundingPolicy::per_line:
        break;
    }
    return say(language,
               "round: per-line (policy): the exact line rounded {mode} to cents = {amount}; the "
               "components are rounded for display only",
               {{"mode", mode}, {"amount", amount}});
}

// --- text ----------------------------------------------------------------------

namespace {

// One setting of the policy block: "proration: days (policy)" in English,
// "Anteilsberechnung: nach Kalendertagen (proration: days)" in German.
std::string setting_line(Language language, std::string_view key, const std::string& value,
                         const std::string& meaning) {
    return "  " +
           say(language, "{key}: {value} (policy)",
               {{"key", std::string(key)},
                {"value", value},
                {"name", words(language, key)},
                {"meaning", meaning}}) +
           "\n";
}

std::string policy_text(const Policy& policy, Language language) {
    const auto places =
        policy.fte_decimals ? std::to_string(*policy.fte_decimals) : std::string("null");
    const std::string round_meaning = policy.round == RoundingPolicy::per_component
                                          ? "per component"
                                      : policy.round == RoundingPolicy::per_total ? "per total"
                                                                                  : "per line";
    std::string out =
        words(language, "Policy (the ARGE file's policy:, defaults where a setting is absent)") +
        "\n";
    out += setting_line(language, "proration", std::string(to_string(policy.proration)),
                        proration_words(policy.proration, language));
    out += setting_line(language, "fte_decimals", places,
                        policy.fte_decimals
                            ? say(language, "to {places} decimals", {{"places", places}})
                            : words(language, "not rounded"));
    out += setting_line(language, "rounding", std::string(to_string(policy.rounding)),
                        rounding_words(policy.rounding, language));
    out += setting_line(language, "round", std::string(to_string(policy.round)),
                        words(language, round_meaning));
    return out;
}

std::string heading_text(const StaffExplanation& e, Language language) {
    std::string out = say(language, "Explanation for staff {staff}, {arge}, {period}",
                          {{"staff", e.staff.id},
                           {"arge", e.arge.name},
                           {"period", period_with_range(e.period, language)}}) +
                      "\n\n";
    out += say(language, "Staff member {staff}", {{"staff", e.staff.id}}) + "\n";
    // The values start in one column: "employer:  ", "pay group: ", "days:      ".
    const std::string employer = words(language, "employer");
    const std::string pay_group = words(language, "pay group");
    const std::string days = words(language, "days");
    const std::size_t width =
        std::max({display_width(employer), display_width(pay_group), display_width(days)}) + 2;
    const auto label = [width](const std::string& name) {
        return "  " + name + ":" + std::string(width - display_width(name) - 1, ' ');
    };
    out += label(employer) + partner_label(e.arge, e.staff.employer) + "\n";
    out += label(pay_group) + e.staff.pay_group + "\n";
    out += label(days) +
           say(language,
               "{days} assignment days in the period, {segments} segment(s) (split at assignment "
               "and rates-table boundaries)",
               {{"days", std::to_string(e.derivation.days)},
                {"segments", std::to_string(e.derivation.segments.size())}}) +
           "\n";
    return out + policy_text(e.policy, language);
}

// Where a task's entry comes from: a catalog id as written, or what TaskLookup
// and the ARGE loader call the other two origins ("ARGE file", "partner id").
std::string task_origin(const Task& task, Language language) {
    return task.origin == "ARGE file" || task.origin == "partner id" ? words(language, task.origin)
                                                                     : task.origin;
}

// A task's title; TaskLookup names a partner-id task "tasks of <partner>".
std::string task_title(const Task& task, Language language) {
    return task.origin == "partner id"
               ? say(language, "tasks of {partner}", {{"partner", task.code}})
               : task.title;
}

std::string assignment_text(const Assignment& assignment, Language language) {
    std::string tasks;
    for (const auto& task_share : assignment.tasks) {
        tasks += (tasks.empty() ? "" : ", ") + task_share.code + " " +
                 exact_text(task_share.percent, language) + " %";
    }
    const std::string time =
        assignment.fte
            ? say(language, "fte {fte}", {{"fte", exact_text(*assignment.fte, language)}})
            : say(language, "weekly_hours {hours}",
                  {{"hours", exact_text(assignment.weekly_hours.value_or(0), language)}});
    return say(language, "Assignment {range}: {time}, tasks {tasks}",
               {{"range", assignment_range(assignment, language)},
                {"time", time},
                {"tasks", tasks}}) +
           "\n";
}

std::string table_text(const Segment& segment, const std::string& pay_group, Language language) {
    const RatesTable& table = *segment.table;
    std::string out = "  " +
                      say(language, "Rates table {id} ({status}): {title}",
                          {{"id", table.id},
                           {"status", std::string(status_text(table.status, language))},
                           {"title", table.title}}) +
                      "\n";
    out += "    " +
           say(language, "valid {range}", {{"range", range_text(table.validity, language)}}) + "\n";
    for (const auto& source : table.sources) {
        out += "    " + say(language, "source: {title}", {{"title", source.title}}) +
               (source.url.empty() ? "" : " <" + source.url + ">") + "\n";
    }
    const PayGroupRate& rate = *segment.rate;
    const std::string rate_name =
        rate.pay_group == k_flat_rate_pay_group
            ? say(language, "{pay_group}, flat rate \"*\"", {{"pay_group", pay_group}})
            : rate.pay_group;
    out += "  " +
           say(language, "Pay-group rate {pay_group} ({kind}): {annual} EUR per FTE and year",
               {{"pay_group", rate_name},
                {"kind", kind_text(rate.kind, language)},
                {"annual", annual_text(rate.annual, language)}}) +
           "\n";
    return out;
}

std::string shares_text(const StaffExplanation& e, const Segment& segment, Language language) {
    std::string out =
        "  " + words(language, "3. Shares (task percent × owner percent, per partner):") + "\n";
    for (const auto& partner_share : segment.shares) {
        out += "     " + partner_share.partner + ": " + exact_text(partner_share.share, language) +
               (partner_share.partner == e.staff.employer
                    ? words(language, " (the employer's own tasks)")
                    : "") +
               "\n";
        for (const auto& contribution :
             task_contributions(segment, e.tasks, partner_share.partner)) {
            const Task& task = *contribution.task;
            out += "       " + task.code + " " +
                   exact_text(contribution.task_share->percent, language) + " % × " +
                   partner_share.partner + " " + exact_text(contribution.owner_percent, language) +
                   " % = " + exact_text(contribution.share, language) + " (" +
                   task_origin(task, language);
            out += task.title.empty() ? "" : ": " + task_title(task, language);
            out += task.ref.empty() ? "" : "; " + task.ref;
            out += ")\n";
        }
    }
    return out;
}

std::string components_text(const StaffExplanation& e, const Segment& segment, Language language) {
    std::string out = "  " + words(language, "4. Components (EUR per FTE and year):") + "\n";
    for (const auto& component : segment.components) {
        out += "     " + component.id + " (" + component.title +
               "): " + component_formula(segment, component, language) + "\n";
    }
    bool any_debtor = false;
    for (const auto& partner_share : segment.shares) {
        if (partner_share.partner == e.staff.employer) {
            continue;
        }
        any_debtor = true;
        out += "     " +
               say(language, "Owed by {partner} (value × FTE × time fraction × share):",
                   {{"partner", partner_share.partner}}) +
               "\n";
        for (const auto& component : segment.components) {
            out += "       " + component.id + ": " +
                   amount_formula(segment, component, partner_share.share, language) + " = " +
                   exact_text(component_amount(segment, component, partner_share.share), language) +
                   "\n";
        }
    }
    if (!any_debtor) {
        out += "     " +
               words(language,
                     "No other partner has a share in this segment: nothing is owed for it.") +
               "\n";
    }
    return out;
}

std::string segment_text(const StaffExplanation& e, const Segment& segment, std::size_t number,
                         Language language) {
    std::string out = "\n" +
                      say(language, "Segment {number}: {range}, {days} days",
                          {{"number", std::to_string(number)},
                           {"range", range_text(segment.range, language)},
                           {"days", std::to_string(segment.days())}}) +
                      "\n";
    out += "  " + assignment_text(*segment.assignment, language);
    out += table_text(segment, e.staff.pay_group, language);
    out += "  " +
           say(language, "1. FTE: {formula}",
               {{"formula", fte_formula(e.arge, e.staff, segment, language)}}) +
           "\n";
    out += "          " + fte_rounding(segment, e.policy, language) + "\n";
    out += "  " +
           say(language, "2. Time fraction (proration: {proration}, policy): {formula}",
               {{"proration", std::string(to_string(e.policy.proration))},
                {"meaning", proration_words(e.policy.proration, language)},
                {"formula", time_fraction_formula(segment, e.policy.proration, language)}}) +
           "\n";
    out += shares_text(e, segment, language);
    out += components_text(e, segment, language);
    return out;
}

// The segments (numbered from 1) that add to a component of the line.
std::string contributing_segments(const StaffExplanation& e, const Line& line,
                                  const std::string& component_id, Language language) {
    std::string out;
    for (std::size_t i = 0; i < e.derivation.segments.size(); ++i) {
        const Segment& segment = e.derivation.segments[i];
        const bool has_component =
            std::any_of(segment.components.begin(), segment.components.end(),
                        [&](const ComponentValue& c) { return c.id == component_id; });
        if (has_component && segment.share_of(line.debtor) > 0) {
            out += (out.empty() ? "" : " + ") +
                   say(language, "segment {number}", {{"number", std::to_string(i + 1)}});
        }
    }
    return out;
}

std::string line_text(const StaffExplanation& e, const Line& line, Language language) {
    std::string out =
        "\n" +
        say(language,
            "Line: {debtor} owes {creditor} for staff {staff} ({days} days, FTE {fte}, share "
            "{share})",
            {{"debtor", line.debtor},
             {"creditor", line.creditor},
             {"staff", line.staff_id},
             {"days", std::to_string(line.days)},
             {"fte", decimal_text(fte(line.fte, e.policy), language)},
             {"share", decimal_text(share(line.share), language)}}) +
        "\n";
    std::string names;
    for (const auto& component : line.components) {
        out += "  " + component.id + ": " + contributing_segments(e, line, component.id, language) +
               " = " + exact_text(component.exact, language) + " → " +
               money_text(component.amount, language) + "\n";
        names += (names.empty() ? "" : " + ") + component.id;
    }
    out += "  " +
           say(language, "line exact: {components} = {exact}",
               {{"components", names}, {"exact", exact_text(line.exact, language)}}) +
           "\n";
    out += "  " + line_rounding(line, e.policy, language) + "\n";
    out += "  " +
           say(language, "amount: {amount} EUR", {{"amount", money_text(line.amount, language)}}) +
           "\n";
    return out;
}

std::string conclusion_text(const StaffExplanation& e, Language language) {
    const std::string period = in_period(e.period, language);
    std::string out = "\n";
    if (e.lines.empty()) {
        if (e.derivation.segments.empty()) {
            return out +
                   say(language,
                       "Staff {staff} has no assignment days {in_period}: nobody owes anything "
                       "for them.",
                       {{"staff", e.staff.id}, {"in_period", period}}) +
                   "\n";
        }
        return out +
               say(language,
                   "No other partner owes {employer} anything for staff {staff} {in_period}: all "
                   "of the time was spent on the employer's own tasks.",
                   {{"employer", partner_label(e.arge, e.staff.employer)},
                    {"staff", e.staff.id},
                    {"in_period", period}}) +
               "\n";
    }
    for (const auto& line : e.lines) {
        out += say(language, "{debtor} owes {creditor} {amount} EUR for staff {staff} {in_period}",
                   {{"debtor", partner_label(e.arge, line.debtor)},
                    {"creditor", partner_label(e.arge, line.creditor)},
                    {"amount", money_text(line.amount, language)},
                    {"staff", line.staff_id},
                    {"in_period", period}});
        out += e.policy.round == RoundingPolicy::per_total
                   ? say(language,
                         " (rounded for display: under round: per-total only the total {debtor} "
                         "→ {creditor} is rounded).",
                         {{"debtor", line.debtor}, {"creditor", line.creditor}}) +
                         "\n"
                   : ".\n";
    }
    return out;
}

// A note for every provisional rates table behind a segment, in order of first use.
std::string notes_text(const StaffExplanation& e, Language language) {
    std::vector<const RatesTable*> provisional;
    for (const auto& segment : e.derivation.segments) {
        if (segment.table->status == RatesStatus::provisional &&
            std::find(provisional.begin(), provisional.end(), segment.table) == provisional.end()) {
            provisional.push_back(segment.table);
        }
    }
    std::string out;
    for (const RatesTable* table : provisional) {
        out += (out.empty() ? "\n" : "") + provisional_note(*table, language) + "\n";
    }
    return out;
}

} // namespace

std::string explain_text(const StaffExplanation& explanation, Language language) {
    std::string out = heading_text(explanation, language);
    for (std::size_t i = 0; i < explanation.derivation.segments.size(); ++i) {
        out += segment_text(explanation, explanation.derivation.segments[i], i + 1, language);
    }
    for (const auto& line : explanation.lines) {
        out += line_text(explanation, line, language);
    }
    out += conclusion_text(explanation, language);
    out += notes_text(explanation, language);
    return out;
}

} // namespace ausgleich::report
