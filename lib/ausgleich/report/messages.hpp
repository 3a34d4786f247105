#pragma once
// The one catalogue of people's text (issue 11): every word and sentence that
// output for people shows in English or German (`--lang`) has an id here, and
// its two texts in messages_documents.cpp or messages_explain.cpp. A text may
// hold named placeholders ("{amount}"), which format() fills; German orders
// them as its grammar wants. JSON, default CSV and ledger account syntax stay
// English data and are not in the catalogue.

#include "ausgleich/report/language.hpp"

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ausgleich::report {

/// The id of one catalogue entry. Where one English word needs two German
/// ones (ledger "to" = "an", a date range's "to" = "bis"), they are two ids.
enum class Msg : std::uint16_t {
    // language
    amount_eur,
    creditor,
    days_column,
    debtor,
    employer_column,
    fte_column,
    lines_column,
    net_payment,
    pay_group_column,
    policy_title,
    rates,
    rounding_difference_column,
    settlement_title,
    share_column,
    staff_column,
    staff_members,
    summary_by_pay_group,
    totals_per_direction,
    and_word,
    status_final,
    status_provisional,
    // rates_report
    all_loaded_rates_tables,
    rates_tables_in_force,
    on_date,
    covers_whole_period,
    covers,
    of_the_period,
    sources,
    pay_groups_heading,
    kind_column,
    annual_eur,
    total_eur,
    flat_rate_legend,
    rounded_for_display_note,
    surcharges_none,
    surcharges_heading,
    id_column,
    title_column,
    percent,
    applies_to,
    kind_any_short,
    career_column,
    career_einfach,
    career_mittel,
    career_gehoben,
    career_hoeher,
    by_career_group,
    by_pay_group_amounts,
    monthly_amount,
    of_column,
    per_person,
    per_person_note,
    // trueup_text
    already_paid,
    difference_eur,
    final_eur,
    net_per_partner_pair,
    net_trueup_payment,
    paid_eur,
    paid_settlements,
    period_column,
    provisional_eur,
    rates_now,
    trueup_title,
    // verify_report
    absent,
    not_verified,
    amount_field,
    arge_field,
    changed,
    found_by_content,
    found_by_file_name,
    input,
    note,
    policy_word,
    read,
    recorded_as,
    rounding_difference_field,
    unchanged,
    differs,
    fte_field,
    line_word,
    net_field,
    now,
    pay_group_field,
    recorded,
    share_field,
    total_field,
    verified,
    // statement_tables
    percent_of_pay_group_rate,
    annual_eur_per_fte,
    detail_lines,
    eur_per_fte_and_year,
    input_files,
    partners,
    path,
    place_date,
    produced_by,
    rates_of_pay_groups_settled,
    rates_tables_used,
    role,
    sha256,
    signature,
    signatures,
    status_column,
    surcharge,
    surcharges,
    validity,
    value,
    all_pay_groups,
    civil_servants,
    employees,
    role_rates,
    role_tasks,
    to_date,
    // ledger_report
    inputs_sha256,
    offset,
    staff_cost_reimbursement_title,
    written_by,
    assets,
    bank,
    equal_claims,
    expenses,
    ledger_syntax,
    income,
    liabilities,
    lines_word,
    receivable,
    staff_cost_reimbursement_account,
    staff_costs,
    to_partner,
    // periods (language.cpp): the frames around a period's name; German grammar differs by kind
    period_with_range,
    range_period_with_range,
    quarter_name,
    month_name,
    // the months of a month's name: English writes the number of the label
    month_january,
    month_february,
    month_march,
    month_april,
    month_may,
    month_june,
    month_july,
    month_august,
    month_september,
    month_october,
    month_november,
    month_december,
    for_year,
    for_quarter,
    for_month,
    for_range,
    in_year,
    in_quarter_or_month,
    in_range,
    // the settlement's sentences (statement_text.cpp)
    policy_sentence,
    policy_proration_days,
    policy_proration_months,
    policy_fte_rounded,
    policy_fte_exact,
    policy_rounding_half_up,
    policy_rounding_half_even,
    policy_round_per_line,
    policy_round_per_component,
    policy_round_per_total,
    net_nothing,
    net_pays,
    partners_owe_nothing,
    provisional_note,
    no_lines,
    // the true-up's sentences (trueup_text.cpp, trueup_tables.cpp)
    trueup_nothing_more,
    trueup_pays_more,
    trueup_refunds,
    trueup_refund_and_more,
    trueup_pairs_explanation,
    // the rates listing's sentences (rates_report.cpp)
    rates_table_validity,
    // verify's counts (verify_report.cpp): German has a singular, English writes the plural
    // throughout
    count_files_listed_one,
    count_files_listed,
    sums_read_counts,
    count_lines_one,
    count_lines,
    count_totals_one,
    count_totals,
    count_net_one,
    count_net,
    count_inputs_one,
    count_inputs,
    count_paid_one,
    count_paid,
    count_differences_one,
    count_differences,
    trueup_counts,
    reproduces_exactly,
    // verify's notes (app/verify.cpp)
    note_other_version,
    note_zero_net_not_compared,
    note_not_in_sums,
    note_unused_input_missing,
    note_unused_input_changed,
    note_not_recomputed,
    // explain_report
    explain_heading,
    staff_member_heading,
    employer_word,
    pay_group_word,
    group_beamte,
    group_tarif,
    days_word,
    heading_days,
    policy_heading,
    policy_setting,
    proration_setting,
    fte_decimals_setting,
    rounding_setting,
    round_setting,
    by_calendar_days,
    by_calendar_months,
    to_places_decimals,
    not_rounded,
    half_away_from_zero,
    half_to_even,
    per_line,
    per_component,
    per_total,
    date_range,
    open_range,
    segment_heading,
    assignment_heading,
    assignment_weekly_hours,
    assignment_fte,
    rates_table_heading,
    valid_range,
    source_title,
    pay_group_rate,
    flat_rate_name,
    kind_beamte,
    kind_tarif,
    kind_any,
    applies_all,
    step1_fte,
    fte_of_assignment,
    fte_from_hours,
    staff_member_source,
    partner_name,
    fte_not_rounded,
    fte_rounded,
    step2_time_fraction,
    days_of_year,
    step3_shares,
    employers_own_tasks,
    arge_file,
    partner_id_origin,
    tasks_of_partner,
    step4_components,
    component_flat_rate,
    component_pay_group,
    applies_to_scope,
    component_fixed,
    owed_by,
    segment_owed_by_nobody,
    line_heading,
    segment_number,
    line_exact,
    rounding_mode,
    line_round_per_component,
    line_round_per_total,
    line_round_per_line,
    line_amount,
    conclusion_owes,
    conclusion_per_total,
    conclusion_no_days,
    conclusion_own_tasks,
    count ///< not a message: the number of ids
};

/// One entry: the id and its English and German text.
struct Message {
    Msg id;
    std::string_view en;
    std::string_view de;
};

/// Every entry, in id order (index i holds Msg(i)). Throws std::logic_error on
/// first use when an id has no entry or two (a bug the unit tests catch).
std::span<const Message> messages();

/// The text of `id` in `language`, placeholders unfilled.
std::string_view text(Language language, Msg id);

/// A named part of a sentence: {name} in the text is replaced by value.
struct Placeholder {
    std::string_view name;
    std::string value;
};

/// `pattern` with every {name} replaced by its value. Values may go unused (the
/// German of a sentence may name more or fewer parts than the English); a
/// placeholder without a value, or a '{' without '}', throws std::logic_error.
std::string fill(std::string_view pattern, std::initializer_list<Placeholder> values);

/// fill() with values from a container (a list built at run time).
std::string fill(std::string_view pattern, std::span<const Placeholder> values);

/// The text of `id` in `language` with its placeholders filled (fill()).
std::string format(Language language, Msg id, std::initializer_list<Placeholder> values = {});

/// The names of the placeholders of `pattern`, in order of appearance, with
/// repetitions ("{a} {b} {a}" gives a, b, a). Throws like fill().
std::vector<std::string_view> placeholder_names(std::string_view pattern);

} // namespace ausgleich::report
