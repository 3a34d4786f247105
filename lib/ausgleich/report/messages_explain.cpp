#include "ausgleich/report/message_tables.hpp"

// The catalogue's entries for `ausgleich explain`; the ids are declared in
// messages.hpp.

namespace ausgleich::report {

namespace {

constexpr Message k_messages[] = {
    // The explanation (`ausgleich explain`). A sentence is one entry with {name}
    // placeholders, so German can order its parts as its grammar wants. The ARGE
    // file's setting names and values ("proration: days", "fte_decimals: 4") stay
    // as written: they tell the auditor which line of the file is meant.
    {Msg::explain_heading, "Explanation for staff {staff}, {arge}, {period}",
     "Erläuterung für Personal-Nr. {staff}, {arge}, {period}"},
    {Msg::staff_member_heading, "Staff member {staff}", "Personal-Nr. {staff}"},
    {Msg::employer_word, "employer", "Arbeitgeber"},
    {Msg::pay_group_word, "pay group", "Besoldungs-/Entgeltgruppe"},
    {Msg::group_beamte, "pay group", "Besoldungsgruppe"},
    {Msg::group_tarif, "pay group", "Entgeltgruppe"},
    {Msg::days_word, "days", "Tage"},
    {Msg::heading_days,
     "{days} assignment days in the period, {segments} segment(s) (split at assignment and "
     "rates-table boundaries)",
     "{days} Einsatztage im Zeitraum, {segments} Zeitabschnitt(e) (geteilt an den Grenzen der "
     "Einsätze und der Kostensatztabellen)"},
    {Msg::policy_heading, "Policy (the ARGE file's policy:, defaults where a setting is absent)",
     "Verfahren (Angaben unter policy: in der ARGE-Datei, Standardwerte für fehlende "
     "Einstellungen)"},
    {Msg::policy_setting, "{key}: {value} (policy)", "{name}: {meaning} ({key}: {value})"},
    {Msg::proration_setting, "proration", "Anteilsberechnung"},
    {Msg::fte_decimals_setting, "fte_decimals", "VZÄ-Rundung"},
    {Msg::rounding_setting, "rounding", "Rundungsregel"},
    {Msg::round_setting, "round", "Rundungsstufe"},
    {Msg::shares_setting, "shares", "Anteile"},
    {Msg::shares_from_tasks, "from the owners of the tasks (SPEC 4 step 3)",
     "nach den Trägern der Aufgaben (SPEC 4 Schritt 3)"},
    {Msg::shares_from_quota, "by the fixed quota {quota} (SPEC 3.3)",
     "nach der festen Quote {quota} (SPEC 3.3)"},
    {Msg::quota_contribution, "quota {percent} % (shares: quota, policy)",
     "Quote {percent} % (shares: quota, Verfahren)"},
    {Msg::by_calendar_days, "by calendar days", "nach Kalendertagen"},
    {Msg::by_calendar_months, "by calendar months", "nach Kalendermonaten"},
    {Msg::to_places_decimals, "to {places} decimals", "auf {places} Nachkommastellen"},
    {Msg::not_rounded, "not rounded", "nicht gerundet"},
    {Msg::half_away_from_zero, "half away from zero", "kaufmännisch"},
    {Msg::half_to_even, "half to even", "mathematisch"},
    {Msg::per_line, "per line", "je Zeile"},
    {Msg::per_component, "per component", "je Kostenbestandteil"},
    {Msg::per_total, "per total", "nur die Summe je Zahlungsrichtung"},
    {Msg::date_range, "{first}..{last}", "{first} bis {last}"},
    {Msg::open_range, "{first}..open", "ab {first} (unbefristet)"},
    {Msg::segment_heading, "Segment {number}: {range}, {days} days",
     "Zeitabschnitt {number}: {range}, {days} Tage"},
    {Msg::assignment_heading, "Assignment {range}: {time}, tasks {tasks}",
     "Einsatz {range}: {time}, Aufgaben {tasks}"},
    {Msg::assignment_weekly_hours, "weekly_hours {hours}", "Wochenstunden {hours}"},
    {Msg::assignment_fte, "fte {fte}", "VZÄ {fte}"},
    {Msg::rates_table_heading, "Rates table {id} ({status}): {title}",
     "Kostensatztabelle {id} ({status}): {title}"},
    {Msg::valid_range, "valid {range}", "gültig vom {range}"},
    {Msg::source_title, "source: {title}", "Quelle: {title}"},
    {Msg::pay_group_rate, "Pay-group rate {pay_group} ({kind}): {annual} EUR per FTE and year",
     "Personalkostensatz {pay_group} ({kind}): {annual} EUR je VZÄ und Jahr"},
    {Msg::flat_rate_name, "{pay_group}, flat rate \"*\"", "{pay_group}, Pauschalsatz \"*\""},
    {Msg::kind_beamte, "beamte", "Beamte"},
    {Msg::kind_tarif, "tarif", "Tarifbeschäftigte"},
    {Msg::kind_any, "any", "alle Arten"},
    {Msg::applies_all, "all", "alle"},
    {Msg::step1_fte, "1. FTE: {formula}", "1. VZÄ: {formula}"},
    {Msg::fte_of_assignment, "fte {fte} (assignment)", "VZÄ {fte} (Einsatz)"},
    {Msg::fte_from_hours, "weekly_hours {hours} / full_time_hours {full_time} ({source}) = {fte}",
     "Wochenstunden {hours} / Vollzeitstunden {full_time} ({source}) = {fte}"},
    {Msg::staff_member_source, "staff member", "Personaldatensatz"},
    {Msg::partner_name, "partner {partner}", "Träger {partner}"},
    {Msg::fte_not_rounded, "not rounded (fte_decimals: null, policy) = {fte}",
     "nicht gerundet (fte_decimals: null, Verfahren) = {fte}"},
    {Msg::fte_rounded,
     "rounded half-up to {places} decimals (fte_decimals: {places}, policy) = {fte}",
     "kaufmännisch auf {places} Nachkommastellen gerundet (fte_decimals: {places}, Verfahren) = "
     "{fte}"},
    {Msg::step2_time_fraction, "2. Time fraction (proration: {proration}, policy): {formula}",
     "2. Zeitanteil {meaning} (proration: {proration}, Verfahren): {formula}"},
    {Msg::days_of_year, "{days} days / {year_days} days in {year}",
     "{days} Tage / {year_days} Tage im Jahr {year}"},
    {Msg::step3_shares, "3. Shares (task percent × owner percent, per partner):",
     "3. Anteile je Träger (Aufgabenanteil × Trägeranteil an der Aufgabe):"},
    {Msg::employers_own_tasks, " (the employer's own tasks)",
     " (eigene Aufgaben des Arbeitgebers)"},
    {Msg::step3_shares_quota, "3. Shares (each partner's quota, shares: quota):",
     "3. Anteile je Träger (Quote des Trägers, shares: quota):"},
    {Msg::employers_own_share, " (the employer's own share)", " (eigener Anteil des Arbeitgebers)"},
    {Msg::no_tasks_given, "none given", "keine angegeben"},
    {Msg::arge_file, "ARGE file", "ARGE-Datei"},
    {Msg::partner_id_origin, "partner id", "Träger-Kennung"},
    {Msg::tasks_of_partner, "tasks of {partner}", "Aufgaben des Trägers {partner}"},
    {Msg::step4_components,
     "4. Components (EUR per FTE and year):", "4. Kostenbestandteile (EUR je VZÄ und Jahr):"},
    {Msg::component_flat_rate,
     "{annual}, flat rate \"*\" (kind any) of {table} for every pay group the table does not list",
     "{annual}, Pauschalsatz \"*\" (alle Arten) aus {table} für jede Besoldungs-/Entgeltgruppe, "
     "die die Tabelle nicht aufführt"},
    {Msg::component_pay_group, "{annual}, {group} {pay_group} ({kind}) of {table}",
     "{annual}, {group} {pay_group} ({kind}) aus {table}"},
    {Msg::applies_to_scope, "applies_to: {scope}, {table}", "gilt für {scope}, {table}"},
    {Msg::component_fixed, "{annual}, fixed annual amount ({applies})",
     "{annual}, fester Jahresbetrag ({applies})"},
    {Msg::component_fixed_for_group, "{annual}, annual amount for {pay_group} ({applies})",
     "{annual}, Jahresbetrag für {pay_group} ({applies})"},
    {Msg::component_monthly, "12 × {monthly} = {annual} ({applies})",
     "12 × {monthly} = {annual} ({applies})"},
    {Msg::person_not_fte, "1 (per person, not the FTE)", "1 (je Person, nicht die VZÄ)"},
    {Msg::owed_by, "Owed by {partner} (value × FTE × time fraction × share):",
     "Geschuldet von {partner} (Wert × VZÄ × Zeitanteil × Anteil):"},
    {Msg::segment_owed_by_nobody,
     "No other partner has a share in this segment: nothing is owed for it.",
     "Kein anderer Träger hat einen Anteil an diesem Zeitabschnitt: dafür wird nichts geschuldet."},
    {Msg::line_heading,
     "Line: {debtor} owes {creditor} for staff {staff} ({days} days, FTE {fte}, share {share})",
     "Zeile: {debtor} schuldet {creditor} für Personal-Nr. {staff} ({days} Tage, VZÄ {fte}, Anteil "
     "{share})"},
    {Msg::segment_number, "segment {number}", "Zeitabschnitt {number}"},
    {Msg::line_exact, "line exact: {components} = {exact}",
     "exakter Zeilenbetrag: {components} = {exact}"},
    {Msg::rounding_mode, "{words} (rounding: {rounding}, policy)",
     "{words} (rounding: {rounding}, Verfahren)"},
    {Msg::line_round_per_component,
     "round: per-component (policy): each component rounded {mode} to cents, the line is their "
     "sum: {sum} = {amount}",
     "Rundung je Kostenbestandteil (round: per-component, Verfahren): jeder Bestandteil {mode} auf "
     "Cent gerundet, der Zeilenbetrag ist ihre Summe: {sum} = {amount}"},
    {Msg::line_round_per_total,
     "round: per-total (policy): the line is shown rounded {mode} to cents = {amount}; only the "
     "total {debtor} → {creditor} is rounded, from the exact sum of its lines (settle reports the "
     "difference as rounding_difference)",
     "Rundung nur der Summe (round: per-total, Verfahren): der Zeilenbetrag wird {mode} auf Cent "
     "gerundet angezeigt = {amount}; gerundet wird nur die Summe {debtor} → {creditor}, aus der "
     "exakten Summe ihrer Zeilen (ausgleich settle weist den Unterschied als Rundungsdifferenz "
     "aus)"},
    {Msg::line_round_per_line,
     "round: per-line (policy): the exact line rounded {mode} to cents = {amount}; the components "
     "are rounded for display only",
     "Rundung je Zeile (round: per-line, Verfahren): der exakte Zeilenbetrag {mode} auf Cent "
     "gerundet = {amount}; die Bestandteile sind nur für die Anzeige gerundet"},
    {Msg::line_amount, "amount: {amount} EUR", "Betrag: {amount} EUR"},
    {Msg::conclusion_owes, "{debtor} owes {creditor} {amount} EUR for staff {staff} {in_period}",
     "{debtor} schuldet {creditor} {amount} EUR für Personal-Nr. {staff} {in_period}"},
    {Msg::conclusion_per_total,
     " (rounded for display: under round: per-total only the total {debtor} → {creditor} is "
     "rounded).",
     " (zur Anzeige gerundet: bei round: per-total wird nur die Summe {debtor} → {creditor} "
     "gerundet)."},
    {Msg::conclusion_no_days,
     "Staff {staff} has no assignment days {in_period}: nobody owes anything for them.",
     "Personal-Nr. {staff} hat {in_period} keine Einsatztage: niemand schuldet dafür etwas."},
    {Msg::conclusion_own_tasks,
     "No other partner owes {employer} anything for staff {staff} {in_period}: all of the time was "
     "spent on the employer's own tasks.",
     "Kein anderer Träger schuldet {employer} etwas für Personal-Nr. {staff} {in_period}: die "
     "gesamte Zeit entfiel auf eigene Aufgaben des Arbeitgebers."},
};

} // namespace

std::span<const Message> explain_messages() {
    return k_messages;
}

} // namespace ausgleich::report
