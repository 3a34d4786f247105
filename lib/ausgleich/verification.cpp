#include "ausgleich/verification.hpp"

#include "ausgleich/figures.hpp"

#include <map>
#include <stdexcept>
#include <tuple>
#include <utility>

namespace ausgleich {

namespace {

// "agentur 84.8, kommune 15.2", or "" outside quota mode.
std::string quota_text(const Policy& policy) {
    std::string text;
    for (const auto& entry : policy.quota) {
        text += (text.empty() ? "" : ", ") + entry.partner + " " + format_exact(entry.percent);
    }
    return text;
}

using Key = std::tuple<std::string, std::string, std::string>;
using Fields = std::map<std::string, std::string>;
using Figures = std::map<Key, Fields>;

Difference difference_for(Difference::Entry entry, const Key& key) {
    const auto& [staff, debtor, creditor] = key;
    Difference result;
    result.entry = entry;
    result.staff_id = staff;
    result.debtor = debtor;
    result.creditor = creditor;
    return result;
}

// Adds `fields` under `key`. io::read_settlement refuses an entry recorded
// twice (with the position of both), so a second one here means the caller
// built the settlement another way; silently keeping one of the two could
// verify a file that trueup would then subtract twice, so it is a bug.
void add_recorded(Figures& figures, const Key& key, Fields fields) {
    if (!figures.emplace(key, std::move(fields)).second) {
        throw std::logic_error("compare_settlements: an entry recorded twice reached the "
                               "comparison; read_settlement refuses those");
    }
}

// Compares two maps of rendered figures and appends every difference: a field
// on one side only counts as well (a component that appeared or vanished).
void compare_maps(Difference::Entry entry, const Figures& recorded, const Figures& now,
                  std::vector<Difference>& differences) {
    for (const auto& [key, fields] : recorded) {
        const auto found = now.find(key);
        if (found == now.end()) {
            Difference missing = difference_for(entry, key);
            missing.recorded = fields.at("amount");
            differences.push_back(std::move(missing));
            continue;
        }
        for (const auto& [name, value] : fields) {
            const auto other = found->second.find(name);
            if (other == found->second.end() || other->second != value) {
                Difference changed = difference_for(entry, key);
                changed.field = name;
                changed.recorded = value;
                if (other != found->second.end()) {
                    changed.now = other->second;
                }
                differences.push_back(std::move(changed));
            }
        }
        for (const auto& [name, value] : found->second) {
            if (fields.find(name) == fields.end()) {
                Difference added = difference_for(entry, key);
                added.field = name;
                added.now = value;
                differences.push_back(std::move(added));
            }
        }
    }
    for (const auto& [key, fields] : now) {
        if (recorded.find(key) == recorded.end()) {
            Difference added = difference_for(entry, key);
            added.now = fields.at("amount");
            differences.push_back(std::move(added));
        }
    }
}

Fields total_fields(const Rational& amount, const std::optional<Rational>& rounding_difference) {
    Fields fields{{"amount", money(amount)}};
    if (rounding_difference) {
        fields["rounding_difference"] = money(*rounding_difference);
    }
    return fields;
}

} // namespace

std::vector<Difference> compare_settlements(const RecordedSettlement& recorded,
                                            const Settlement& now) {
    std::vector<Difference> differences;
    Figures recorded_lines;
    Figures now_lines;
    for (const auto& line : recorded.lines) {
        Fields fields{{"amount", money(line.amount)},
                      {"days", std::to_string(line.days)},
                      {"pay_group", line.pay_group},
                      {"employer", line.employer},
                      {"fte", line.fte},
                      {"share", line.share}};
        for (const auto& component : line.components) {
            if (!fields.emplace("component " + component.id, component.amount).second) {
                throw std::logic_error("compare_settlements: a component recorded twice");
            }
        }
        add_recorded(recorded_lines, {line.staff_id, line.debtor, line.creditor},
                     std::move(fields));
    }
    for (const auto& line : now.lines) {
        Fields fields{{"amount", money(line.amount)},     {"days", std::to_string(line.days)},
                      {"pay_group", line.pay_group},      {"employer", line.employer},
                      {"fte", fte(line.fte, now.policy)}, {"share", share(line.share)}};
        for (const auto& component : line.components) {
            fields["component " + component.id] = money(component.amount);
        }
        now_lines[{line.staff_id, line.debtor, line.creditor}] = std::move(fields);
    }
    compare_maps(Difference::Entry::line, recorded_lines, now_lines, differences);

    Figures recorded_totals;
    Figures now_totals;
    for (const auto& total : recorded.totals) {
        add_recorded(recorded_totals, {"", total.debtor, total.creditor},
                     total_fields(total.amount, total.rounding_difference));
    }
    for (const auto& total : now.totals) {
        now_totals[{"", total.debtor, total.creditor}] =
            total_fields(total.amount, total.rounding_difference);
    }
    compare_maps(Difference::Entry::total, recorded_totals, now_totals, differences);

    Figures recorded_net;
    Figures now_net;
    for (const auto& net : recorded.net) {
        add_recorded(recorded_net, {"", net.debtor, net.creditor},
                     total_fields(net.amount, std::nullopt));
    }
    for (const auto& net : now.net) {
        now_net[{"", net.debtor, net.creditor}] = total_fields(net.amount, std::nullopt);
    }
    compare_maps(Difference::Entry::net, recorded_net, now_net, differences);
    return differences;
}

std::vector<Difference> compare_policy(const RecordedSettlement& recorded,
                                       const std::string& arge_name, const Policy& now) {
    std::vector<Difference> differences;
    const auto compare = [&](Difference::Entry entry, const char* field, const std::string& was,
                             const std::string& is) {
        if (was != is) {
            Difference difference;
            difference.entry = entry;
            difference.field = field;
            difference.recorded = was;
            difference.now = is;
            differences.push_back(std::move(difference));
        }
    };
    const auto decimals = [](const Policy& policy) {
        return policy.fte_decimals ? std::to_string(*policy.fte_decimals) : std::string("null");
    };
    compare(Difference::Entry::settlement, "arge", recorded.arge, arge_name);
    const Policy& was = recorded.policy;
    compare(Difference::Entry::policy, "proration", std::string(to_string(was.proration)),
            std::string(to_string(now.proration)));
    compare(Difference::Entry::policy, "fte_decimals", decimals(was), decimals(now));
    compare(Difference::Entry::policy, "rounding", std::string(to_string(was.rounding)),
            std::string(to_string(now.rounding)));
    compare(Difference::Entry::policy, "round", std::string(to_string(was.round)),
            std::string(to_string(now.round)));
    compare(Difference::Entry::policy, "shares", std::string(to_string(was.shares)),
            std::string(to_string(now.shares)));
    compare(Difference::Entry::policy, "quota", quota_text(was), quota_text(now));
    return differences;
}

} // namespace ausgleich
