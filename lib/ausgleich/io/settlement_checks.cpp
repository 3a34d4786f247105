#include "ausgleich/io/settlement_checks.hpp"

#include "ausgleich/period.hpp"

#include <algorithm>
#include <functional>
#include <string>
#include <tuple>
#include <vector>

namespace ausgleich::io {

namespace {

std::string at(const SourcePos& pos) {
    return std::to_string(pos.line) + ":" + std::to_string(pos.column);
}

/// An entry's identity and where it stands.
struct Keyed {
    std::tuple<std::string, std::string, std::string> key;
    SourcePos pos;
    std::size_t order; ///< in the file, so that the first of equal keys is the original
};

// Sorts by key (then file order) and reports every entry equal to the one
// before it as a duplicate of the first with that key: O(n log n), where
// comparing every pair would let 50,000 copies take minutes.
bool report_duplicates(std::vector<Keyed> entries, const std::string& path, const std::string& what,
                       Diagnostics& diagnostics,
                       const std::function<std::string(const Keyed&)>& describe) {
    std::sort(entries.begin(), entries.end(), [](const Keyed& a, const Keyed& b) {
        return std::tie(a.key, a.order) < std::tie(b.key, b.order);
    });
    bool clean = true;
    for (std::size_t i = 1, first = 0; i < entries.size(); ++i) {
        if (entries[i].key != entries[first].key) {
            first = i;
            continue;
        }
        diagnostics.error(path, entries[i].pos,
                          what + " " + describe(entries[i]) + " duplicates the " + what + " at " +
                              at(entries[first].pos) + "; a settlement records each once");
        clean = false;
    }
    return clean;
}

std::string direction(const Keyed& entry) {
    return std::get<1>(entry.key) + " -> " + std::get<2>(entry.key);
}

bool check_lines(const RecordedSettlement& recorded, Diagnostics& diagnostics) {
    bool clean = true;
    std::vector<Keyed> keys;
    keys.reserve(recorded.lines.size());
    for (const auto& line : recorded.lines) {
        if (line.debtor == line.creditor) {
            diagnostics.error(recorded.path, line.pos,
                              "line " + line.staff_id + ": '" + line.debtor +
                                  "' cannot owe itself");
            clean = false;
        }
        keys.push_back(Keyed{{line.staff_id, line.debtor, line.creditor}, line.pos, keys.size()});
    }
    return report_duplicates(std::move(keys), recorded.path, "line", diagnostics,
                             [](const Keyed& entry) {
                                 return std::get<0>(entry.key) + " " + direction(entry);
                             }) &&
           clean;
}

bool check_totals(const RecordedSettlement& recorded, Diagnostics& diagnostics) {
    bool clean = true;
    std::vector<Keyed> totals;
    for (const auto& total : recorded.totals) {
        totals.push_back(Keyed{{"", total.debtor, total.creditor}, total.pos, totals.size()});
    }
    clean = report_duplicates(std::move(totals), recorded.path, "total", diagnostics, direction);
    // A net entry is per unordered pair: kommune -> agentur and agentur ->
    // kommune are the same entry, so the key is the pair in byte order.
    std::vector<Keyed> net;
    for (const auto& entry : recorded.net) {
        if (entry.debtor == entry.creditor) {
            diagnostics.error(recorded.path, entry.pos,
                              "net entry: '" + entry.debtor + "' cannot owe itself");
            clean = false;
        }
        net.push_back(Keyed{
            {"", std::min(entry.debtor, entry.creditor), std::max(entry.debtor, entry.creditor)},
            entry.pos,
            net.size()});
    }
    return report_duplicates(std::move(net), recorded.path, "net entry", diagnostics,
                             [](const Keyed& entry) {
                                 return "for " + std::get<1>(entry.key) + " and " +
                                        std::get<2>(entry.key);
                             }) &&
           clean;
}

bool check_inputs(const RecordedSettlement& recorded, Diagnostics& diagnostics) {
    std::vector<Keyed> inputs;
    for (const auto& input : recorded.inputs) {
        const InputRecord& record = input.record;
        // One ARGE file: the key ignores its id so that a second one is caught.
        inputs.push_back(Keyed{
            {record.role, record.role == "arge" ? "" : record.id, ""}, input.pos, inputs.size()});
    }
    return report_duplicates(std::move(inputs), recorded.path, "input", diagnostics,
                             [](const Keyed& entry) {
                                 const std::string& id = std::get<1>(entry.key);
                                 return std::get<0>(entry.key) + (id.empty() ? "" : " " + id);
                             });
}

// The writer takes both from one parse_period, so they always agree; a file
// whose label says 2005-Q2 and whose dates say otherwise cannot be trusted
// for either.
bool check_period(const RecordedSettlement& recorded, Diagnostics& diagnostics) {
    const Period& period = recorded.period;
    const std::string dates = period.range.first.iso() + ".." + period.range.last.iso();
    try {
        const Period meant = parse_period(period.label);
        if (meant.range.first == period.range.first && meant.range.last == period.range.last) {
            return true;
        }
        diagnostics.error(recorded.path, recorded.period_pos,
                          "period: the label '" + period.label + "' stands for " +
                              meant.range.first.iso() + ".." + meant.range.last.iso() + ", not " +
                              dates);
    } catch (const PeriodError& error) {
        diagnostics.error(recorded.path, recorded.period_pos,
                          "period: the label '" + period.label + "' is not a period (" +
                              error.what() + ")");
    }
    return false;
}

} // namespace

bool check_settlement_entries(const RecordedSettlement& recorded, bool period_read,
                              Diagnostics& diagnostics) {
    // Each runs whatever the others found, so that every problem is listed.
    const bool period = !period_read || check_period(recorded, diagnostics);
    const bool inputs = check_inputs(recorded, diagnostics);
    const bool lines = check_lines(recorded, diagnostics);
    const bool totals = check_totals(recorded, diagnostics);
    return period && inputs && lines && totals;
}

} // namespace ausgleich::io
