#include "ausgleich/verification.hpp"

#include "ausgleich/report/format.hpp"

#include <map>
#include <tuple>
#include <utility>

namespace ausgleich {

namespace {

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

} // namespace ausgleich
