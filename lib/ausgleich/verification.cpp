#include "ausgleich/verification.hpp"

#include "ausgleich/report/format.hpp"

#include <map>
#include <tuple>
#include <utility>

namespace ausgleich {

namespace {

using report::Language;

// verify's own words. The field names are the JSON's in English (so that a
// reader finds them in the file) and the table's column titles in German.
constexpr report::Translation k_german[] = {
    {"(absent)", "(fehlt)"},
    {"NOT verified", "NICHT bestätigt"},
    {"amount", "Betrag"},
    {"changed", "geändert"},
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
    return std::string(report::translate(language, english, k_german));
}

using Key = std::tuple<std::string, std::string, std::string>;
using Figures = std::map<Key, std::map<std::string, std::string>>;

// Compares two maps of rendered figures and appends every difference.
void compare_maps(Difference::Entry entry, const Figures& recorded, const Figures& now,
                  std::vector<Difference>& differences) {
    const auto difference = [entry](const Key& key) {
        const auto& [staff, debtor, creditor] = key;
        Difference result;
        result.entry = entry;
        result.staff_id = staff;
        result.debtor = debtor;
        result.creditor = creditor;
        return result;
    };
    for (const auto& [key, fields] : recorded) {
        const auto found = now.find(key);
        if (found == now.end()) {
            Difference missing = difference(key);
            missing.recorded = fields.at("amount");
            differences.push_back(std::move(missing));
            continue;
        }
        for (const auto& [name, value] : fields) {
            const auto other = found->second.find(name);
            if (other != found->second.end() && other->second != value) {
                Difference changed = difference(key);
                changed.field = name;
                changed.recorded = value;
                changed.now = other->second;
                differences.push_back(std::move(changed));
            }
        }
    }
    for (const auto& [key, fields] : now) {
        if (recorded.find(key) == recorded.end()) {
            Difference added = difference(key);
            added.now = fields.at("amount");
            differences.push_back(std::move(added));
        }
    }
}

std::string_view entry_name(Difference::Entry entry) {
    switch (entry) {
    case Difference::Entry::line:
        return "line";
    case Difference::Entry::total:
        return "total";
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
    if (field.empty() || field == "amount") {
        return report::localize_decimal(*value, language, true);
    }
    if (field == "fte" || field == "share") {
        return report::localize_decimal(*value, language);
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

std::vector<Difference> compare_settlements(const io::RecordedSettlement& recorded,
                                            const Settlement& now) {
    Figures recorded_lines;
    Figures now_lines;
    for (const auto& line : recorded.lines) {
        auto& fields = recorded_lines[{line.staff_id, line.debtor, line.creditor}];
        fields = {{"amount", report::money(line.amount)},
                  {"days", std::to_string(line.days)},
                  {"pay_group", line.pay_group}};
        if (!line.fte.empty()) {
            fields["fte"] = line.fte;
        }
        if (!line.share.empty()) {
            fields["share"] = line.share;
        }
    }
    for (const auto& line : now.lines) {
        now_lines[{line.staff_id, line.debtor, line.creditor}] = {
            {"amount", report::money(line.amount)},
            {"days", std::to_string(line.days)},
            {"pay_group", line.pay_group},
            {"fte", report::fte(line.fte, now.policy)},
            {"share", report::share(line.share)}};
    }
    std::vector<Difference> differences;
    compare_maps(Difference::Entry::line, recorded_lines, now_lines, differences);

    Figures recorded_totals;
    Figures now_totals;
    for (const auto& total : recorded.totals) {
        recorded_totals[{"", total.debtor, total.creditor}] = {
            {"amount", report::money(total.amount)}};
    }
    for (const auto& total : now.totals) {
        now_totals[{"", total.debtor, total.creditor}] = {{"amount", report::money(total.amount)}};
    }
    compare_maps(Difference::Entry::total, recorded_totals, now_totals, differences);

    Figures recorded_net;
    Figures now_net;
    for (const auto& net : recorded.net) {
        recorded_net[{"", net.debtor, net.creditor}] = {{"amount", report::money(net.amount)}};
    }
    for (const auto& net : now.net) {
        now_net[{"", net.debtor, net.creditor}] = {{"amount", report::money(net.amount)}};
    }
    compare_maps(Difference::Entry::net, recorded_net, now_net, differences);
    return differences;
}

std::string difference_text(const Difference& difference, Language language) {
    std::string text = word(language, "differs") + ": " +
                       word(language, entry_name(difference.entry)) + " " +
                       (difference.staff_id.empty() ? "" : difference.staff_id + " ") +
                       difference.debtor + " -> " + difference.creditor;
    if (!difference.field.empty()) {
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

std::string verification_summary(const io::RecordedSettlement& recorded, std::size_t mismatches,
                                 Language language) {
    std::string counts;
    if (language == Language::de) {
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
        return word(language, "verified") + ": " + recorded.path +
               (language == Language::de ? " wird exakt reproduziert (" : " reproduces exactly (") +
               counts + ")";
    }
    const std::string count = language == Language::de
                                  ? german_count(mismatches, "Abweichung", "Abweichungen")
                                  : std::to_string(mismatches) + " difference(s)";
    return word(language, "NOT verified") + ": " + recorded.path + ": " + count + " (" + counts +
           ")";
}

} // namespace ausgleich
