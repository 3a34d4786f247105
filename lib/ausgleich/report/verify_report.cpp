#include "ausgleich/report/verify_report.hpp"

#include "ausgleich/report/messages.hpp"
#include "ausgleich/text.hpp"

#include <utility>

namespace ausgleich::report {

namespace {

std::string word(Language language, Msg id) {
    return std::string(text(language, id));
}

// A field of a recorded figure by its JSON name; a name outside the catalogue
// (none today) is shown as the JSON writes it.
std::string field_text(const std::string& field, Language language) {
    static constexpr std::pair<std::string_view, Msg> k_fields[] = {
        {"amount", Msg::amount_field},
        {"arge", Msg::arge_field},
        {"days", Msg::days_word},
        {"employer", Msg::employer_word},
        {"fte", Msg::fte_field},
        {"pay_group", Msg::pay_group_field},
        {"rounding_difference", Msg::rounding_difference_field},
        {"share", Msg::share_field},
    };
    for (const auto& [name, id] : k_fields) {
        if (name == field) {
            return word(language, id);
        }
    }
    return field;
}

// The entry of a line, total or net difference (the others have their own text).
Msg entry_id(Difference::Entry entry) {
    switch (entry) {
    case Difference::Entry::line:
        return Msg::line_word;
    case Difference::Entry::total:
        return Msg::total_field;
    default:
        break;
    }
    return Msg::net_field;
}

// "2 Zeilen" but "1 Zeile": German has no "(s)" convention, so a count has a
// singular id and a plural one (the same English).
std::string count_text(std::size_t count, Msg one, Msg many, Language language) {
    return format(language, count == 1 ? one : many, {{"count", std::to_string(count)}});
}

// A figure as the JSON writes it, in the language's number format: amounts
// with grouped thousands like every amount for people, FTE and share without.
std::string figure_text(const std::optional<std::string>& value, const std::string& field,
                        Language language) {
    if (!value) {
        return word(language, Msg::absent);
    }
    const bool money = field.empty() || field == "amount" || field == "rounding_difference" ||
                       field.rfind("component ", 0) == 0;
    if (money) {
        return localize_decimal(*value, language, true);
    }
    if (field == "fte" || field == "share") {
        return localize_decimal(*value, language);
    }
    return *value; // days (an integer) and pay_group (an id)
}

std::string short_hash(const std::string& sha256) {
    return sha256.substr(0, 12) + "…";
}

} // namespace

std::string difference_text(const Difference& difference, Language language) {
    const auto values = [&] {
        return word(language, Msg::recorded) + " " + difference.recorded.value_or("") + ", " +
               word(language, Msg::now) + " " + difference.now.value_or("");
    };
    switch (difference.entry) {
    case Difference::Entry::settlement:
        return word(language, Msg::differs) + ": " + field_text(difference.field, language) + ": " +
               values();
    case Difference::Entry::policy:
        return word(language, Msg::differs) + ": " + word(language, Msg::policy_word) + "." +
               difference.field + ": " + values();
    case Difference::Entry::input:
        return word(language, Msg::differs) + ": " + word(language, Msg::input) + " " +
               difference.debtor + ": " + difference.field + ": " + values();
    case Difference::Entry::file_line:
        return word(language, Msg::differs) + ": " + word(language, Msg::line_word) + " " +
               difference.field + ": " + word(language, Msg::recorded) + " " +
               difference.recorded.value_or(word(language, Msg::absent)) + "\n  " +
               word(language, Msg::now) + " " +
               difference.now.value_or(word(language, Msg::absent));
    default:
        break;
    }
    std::string text = word(language, Msg::differs) + ": " +
                       word(language, entry_id(difference.entry)) + " " +
                       (difference.staff_id.empty() ? "" : difference.staff_id + " ") +
                       difference.debtor + " -> " + difference.creditor;
    if (difference.field.rfind("component ", 0) == 0) {
        text += ": " + difference.field; // the component id is the JSON's
    } else if (!difference.field.empty()) {
        text += ": " + field_text(difference.field, language);
    }
    return text + ": " + word(language, Msg::recorded) + " " +
           figure_text(difference.recorded, difference.field, language) + ", " +
           word(language, Msg::now) + " " + figure_text(difference.now, difference.field, language);
}

std::string changed_input_text(const InputRecord& input, const std::string& located,
                               const std::string& now_sha256, Language language) {
    return word(language, Msg::changed) + ": " + located +
           (input.id.empty() ? "" : " (" + input.id + ")") + ": sha256 " +
           word(language, Msg::recorded) + " " + short_hash(input.sha256) + ", " +
           word(language, Msg::now) + " " + short_hash(now_sha256);
}

std::string input_read_text(const InputRecord& recorded, const std::string& found_path,
                            const std::string& found_sha256, std::string_view found_by,
                            Language language) {
    std::string text = word(language, Msg::read) + ": " + recorded.role +
                       (recorded.id.empty() ? "" : " " + recorded.id) + " " + found_path +
                       " sha256 " + found_sha256;
    if (!found_by.empty()) {
        const std::string how =
            found_by == "found by file name" ? word(language, Msg::found_by_file_name)
            : found_by == "found by content" ? word(language, Msg::found_by_content)
                                             : std::string(found_by);
        text += " (" + how + "; " + word(language, Msg::recorded_as) + " " +
                printable(recorded.path) + ")";
    }
    return text + ": " +
           word(language, found_sha256 == recorded.sha256 ? Msg::unchanged : Msg::changed);
}

std::string sums_read_text(const std::string& list_path, std::size_t listed, std::size_t differing,
                           Language language) {
    const std::string counts = format(language, Msg::sums_read_counts,
                                      {{"listed", count_text(listed, Msg::count_files_listed_one,
                                                             Msg::count_files_listed, language)},
                                       {"differing", std::to_string(differing)}});
    return word(language, Msg::read) + ": " + list_path + ": " + counts;
}

std::string sums_mismatch_text(const std::string& name, const std::string& listed,
                               const std::optional<std::string>& now, Language language) {
    return word(language, Msg::differs) + ": SHA256SUMS " + name + ": sha256 " +
           short_hash(listed) + ", " + (now ? short_hash(*now) : word(language, Msg::absent));
}

std::string note_text(Language language, Msg id, std::initializer_list<Placeholder> values) {
    return word(language, Msg::note) + ": " + format(language, id, values);
}

std::string verification_summary(const RecordedSettlement& recorded, std::size_t mismatches,
                                 Language language) {
    std::string counts;
    if (recorded.kind == "trueup") {
        // A true-up is compared line by line of its file (verify_trueup).
        counts = format(language, Msg::trueup_counts,
                        {{"paid", count_text(recorded.paid.size(), Msg::count_paid_one,
                                             Msg::count_paid, language)},
                         {"inputs", count_text(recorded.inputs.size(), Msg::count_inputs_one,
                                               Msg::count_inputs, language)}});
    } else {
        counts =
            count_text(recorded.lines.size(), Msg::count_lines_one, Msg::count_lines, language) +
            ", " +
            count_text(recorded.totals.size(), Msg::count_totals_one, Msg::count_totals, language) +
            ", " + count_text(recorded.net.size(), Msg::count_net_one, Msg::count_net, language) +
            ", " +
            count_text(recorded.inputs.size(), Msg::count_inputs_one, Msg::count_inputs, language);
    }
    if (mismatches == 0) {
        return format(language, Msg::reproduces_exactly,
                      {{"verified", word(language, Msg::verified)},
                       {"path", printable(recorded.path)},
                       {"counts", counts}});
    }
    const std::string count =
        count_text(mismatches, Msg::count_differences_one, Msg::count_differences, language);
    return word(language, Msg::not_verified) + ": " + printable(recorded.path) + ": " + count +
           " (" + counts + ")";
}

} // namespace ausgleich::report
