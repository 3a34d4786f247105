#include "ausgleich/report/verify_report.hpp"

#include "ausgleich/text.hpp"

namespace ausgleich::report {

namespace {

// verify's own words. The field names are the JSON's in English (so that a
// reader finds them in the file) and the table's column titles in German.
constexpr Translation k_german[] = {
    {"(absent)", "(fehlt)"},
    {"NOT verified", "NICHT bestätigt"},
    {"amount", "Betrag"},
    {"arge", "ARGE"},
    {"changed", "geändert"},
    {"employer", "Arbeitgeber"},
    {"found by content", "nach Inhalt gefunden"},
    {"found by file name", "nach Dateiname gefunden"},
    {"input", "Eingabe"},
    {"note", "Hinweis"},
    {"policy", "Regeln"},
    {"read", "gelesen"},
    {"recorded as", "gespeichert als"},
    {"rounding_difference", "Rundungsdifferenz"},
    {"unchanged", "unverändert"},
    {"days", "Tage"},
    {"differs", "abweichend"},
    {"fte", "VZÄ"},
    {"line", "Zeile"},
    {"net", "Ausgleichszahlung"},
    {"now", "jetzt"},
    {"pay_group", "Gruppe"},
    {"recorded", "gespeichert"},
    {"share", "Anteil"},
    {"total", "Summe"},
    {"verified", "bestätigt"},
};

std::string word(Language language, std::string_view english) {
    return std::string(translate(language, english, k_german));
}

std::string_view entry_name(Difference::Entry entry) {
    switch (entry) {
    case Difference::Entry::line:
        return "line";
    case Difference::Entry::total:
        return "total";
    case Difference::Entry::settlement:
        return "settlement";
    case Difference::Entry::policy:
        return "policy";
    case Difference::Entry::input:
        return "input";
    case Difference::Entry::file_line:
        return "file_line";
    case Difference::Entry::net:
        break;
    }
    return "net";
}

// A figure as the JSON writes it, in the language's number format: amounts
// with grouped thousands like every amount for people, FTE and share without.
std::string figure_text(const std::optional<std::string>& value, const std::string& field,
                        Language language) {
    if (!value) {
        return word(language, "(absent)");
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

// "2 Zeilen" but "1 Zeile": German has no "(s)" convention.
std::string german_count(std::size_t count, std::string_view singular, std::string_view plural) {
    return std::to_string(count) + " " + std::string(count == 1 ? singular : plural);
}

} // namespace

std::string difference_text(const Difference& difference, Language language) {
    const auto values = [&] {
        return word(language, "recorded") + " " + difference.recorded.value_or("") + ", " +
               word(language, "now") + " " + difference.now.value_or("");
    };
    switch (difference.entry) {
    case Difference::Entry::settlement:
        return word(language, "differs") + ": " + word(language, difference.field) + ": " +
               values();
    case Difference::Entry::policy:
        return word(language, "differs") + ": " + word(language, "policy") + "." +
               difference.field + ": " + values();
    case Difference::Entry::input:
        return word(language, "differs") + ": " + word(language, "input") + " " +
               difference.debtor + ": " + difference.field + ": " + values();
    case Difference::Entry::file_line:
        return word(language, "differs") + ": " + word(language, "line") + " " + difference.field +
               ": " + word(language, "recorded") + " " +
               difference.recorded.value_or(word(language, "(absent)")) + "\n  " +
               word(language, "now") + " " + difference.now.value_or(word(language, "(absent)"));
    default:
        break;
    }
    std::string text = word(language, "differs") + ": " +
                       word(language, entry_name(difference.entry)) + " " +
                       (difference.staff_id.empty() ? "" : difference.staff_id + " ") +
                       difference.debtor + " -> " + difference.creditor;
    if (difference.field.rfind("component ", 0) == 0) {
        text += ": " + difference.field; // the component id is the JSON's
    } else if (!difference.field.empty()) {
        text += ": " + word(language, difference.field);
    }
    return text + ": " + word(language, "recorded") + " " +
           figure_text(difference.recorded, difference.field, language) + ", " +
           word(language, "now") + " " + figure_text(difference.now, difference.field, language);
}

std::string changed_input_text(const InputRecord& input, const std::string& located,
                               const std::string& now_sha256, Language language) {
    return word(language, "changed") + ": " + located +
           (input.id.empty() ? "" : " (" + input.id + ")") + ": sha256 " +
           word(language, "recorded") + " " + short_hash(input.sha256) + ", " +
           word(language, "now") + " " + short_hash(now_sha256);
}

std::string input_read_text(const InputRecord& recorded, const std::string& found_path,
                            const std::string& found_sha256, std::string_view found_by,
                            Language language) {
    std::string text = word(language, "read") + ": " + recorded.role +
                       (recorded.id.empty() ? "" : " " + recorded.id) + " " + found_path +
                       " sha256 " + found_sha256;
    if (!found_by.empty()) {
        text += " (" + word(language, found_by) + "; " + word(language, "recorded as") + " " +
                printable(recorded.path) + ")";
    }
    return text + ": " + word(language, found_sha256 == recorded.sha256 ? "unchanged" : "changed");
}

std::string sums_read_text(const std::string& list_path, std::size_t listed, std::size_t differing,
                           Language language) {
    const std::string counts =
        language == Language::de
            ? german_count(listed, "Datei", "Dateien") + " aufgeführt, " +
                  std::to_string(differing) + " " + word(language, "differs")
            : std::to_string(listed) + " files listed, " + std::to_string(differing) + " differ";
    return word(language, "read") + ": " + list_path + ": " + counts;
}

std::string sums_mismatch_text(const std::string& name, const std::string& listed,
                               const std::optional<std::string>& now, Language language) {
    return word(language, "differs") + ": SHA256SUMS " + name + ": sha256 " + short_hash(listed) +
           ", " + (now ? short_hash(*now) : word(language, "(absent)"));
}

std::string note_text(const std::string& english, const std::string& german, Language language) {
    return word(language, "note") + ": " + (language == Language::de ? german : english);
}

std::string verification_summary(const RecordedSettlement& recorded, std::size_t mismatches,
                                 Language language) {
    std::string counts;
    if (recorded.kind == "trueup") {
        // A true-up is compared line by line of its file (verify_trueup).
        counts = language == Language::de
                     ? "Spitzabrechnung, " +
                           german_count(recorded.paid.size(), "gezahlte Abrechnung",
                                        "gezahlte Abrechnungen") +
                           ", " +
                           german_count(recorded.inputs.size(), "Eingabedatei", "Eingabedateien")
                     : "true-up, " + std::to_string(recorded.paid.size()) + " paid settlements, " +
                           std::to_string(recorded.inputs.size()) + " input files";
    } else if (language == Language::de) {
        counts = german_count(recorded.lines.size(), "Zeile", "Zeilen") + ", " +
                 german_count(recorded.totals.size(), "Summe", "Summen") + ", " +
                 german_count(recorded.net.size(), "Ausgleichszahlung", "Ausgleichszahlungen") +
                 ", " + german_count(recorded.inputs.size(), "Eingabedatei", "Eingabedateien");
    } else {
        counts = std::to_string(recorded.lines.size()) + " lines, " +
                 std::to_string(recorded.totals.size()) + " totals, " +
                 std::to_string(recorded.net.size()) + " net entries, " +
                 std::to_string(recorded.inputs.size()) + " input files";
    }
    if (mismatches == 0) {
        return word(language, "verified") + ": " + printable(recorded.path) +
               (language == Language::de ? " wird exakt reproduziert (" : " reproduces exactly (") +
               counts + ")";
    }
    const std::string count = language == Language::de
                                  ? german_count(mismatches, "Abweichung", "Abweichungen")
                                  : std::to_string(mismatches) + " difference(s)";
    return word(language, "NOT verified") + ": " + printable(recorded.path) + ": " + count + " (" +
           counts + ")";
}

} // namespace ausgleich::report
