#include "ausgleich/io/surcharge_loader.hpp"

#include "ausgleich/text.hpp"

#include <algorithm>

namespace ausgleich::io {

namespace {

// A percent or amount of a surcharge: a decimal >= 0, or < 0 where a deduction
// is allowed (a percent with `of:`, SPEC 3.1.1).
std::optional<Rational> read_figure(FileContext& context, const Node& node, const std::string& what,
                                    bool negative_allowed) {
    const auto value = read_decimal(context, node, what);
    if (value && *value < 0 && !negative_allowed) {
        context.error(node.pos, what + " must not be negative, found " + node.text +
                                    (what.rfind("percent", 0) == 0
                                         ? "; a deduction (a negative percent) needs 'of:' "
                                           "naming the components it is taken from"
                                         : ""));
        return std::nullopt;
    }
    return value;
}

// `percent: { einfach: 27.9, …, hoeher: 36.9 }`.
bool read_percent_by_career(FileContext& context, const Node& node, bool negative_allowed,
                            Surcharge& surcharge) {
    if (node.entries.empty()) {
        context.error(node.pos, "percent by career group must name at least one of einfach | "
                                "mittel | gehoben | hoeher");
        return false;
    }
    bool ok = true;
    for (const auto& entry : node.entries) {
        const auto words = career_words();
        const auto found = std::find(words.begin(), words.end(), entry.key);
        if (found == words.end()) {
            const std::string hint = closest_match(entry.key, words);
            context.error(
                entry.key_pos,
                "career group must be one of einfach | mittel | gehoben | hoeher, found '" +
                    entry.key + "'" + (hint.empty() ? "" : " (did you mean '" + hint + "'?)"));
            ok = false;
            continue;
        }
        const auto value =
            read_figure(context, entry.value, "percent for career " + entry.key, negative_allowed);
        ok = ok && value.has_value();
        surcharge.percent_by_career.emplace_back(k_careers[found - words.begin()],
                                                 value.value_or(0));
    }
    return ok;
}

// `annual: { E9b: 13914.00, … }`: pay groups of this table only.
bool read_annual_by_pay_group(FileContext& context, const Node& node, const SurchargeContext& table,
                              Surcharge& surcharge) {
    if (node.entries.empty()) {
        context.error(node.pos, "annual by pay group must name at least one pay group");
        return false;
    }
    std::vector<std::string_view> known;
    for (const auto& rate : table.pay_groups) {
        known.push_back(rate.pay_group);
    }
    bool ok = true;
    for (const auto& entry : node.entries) {
        const std::string pay_group = to_nfc(entry.key);
        const auto rate =
            std::find_if(table.pay_groups.begin(), table.pay_groups.end(),
                         [&](const PayGroupRate& r) { return r.pay_group == pay_group; });
        if (rate == table.pay_groups.end()) {
            const std::string hint = closest_match(pay_group, known);
            context.error(entry.key_pos,
                          "annual names pay group '" + entry.key + "', which rates table '" +
                              table.table_id + "' does not list" +
                              (hint.empty() ? "" : " (did you mean '" + hint + "'?)"));
            ok = false;
        } else if (!surcharge.applies(rate->kind)) {
            context.diagnostics().warning(
                context.path(), entry.key_pos,
                "pay group " + pay_group + " is of kind " + std::string(to_string(rate->kind)) +
                    ", but surcharge '" + surcharge.id + "' applies to " +
                    std::string(to_string(surcharge.applies_to)) + ": this amount is never used");
        }
        const auto value =
            read_figure(context, entry.value, "annual amount for " + entry.key, false);
        ok = ok && value.has_value();
        surcharge.annual_by_pay_group.emplace_back(pay_group, value.value_or(0));
    }
    return ok;
}

// `of: [base, versorgung, …]`: ids of components earlier in the table.
bool read_of(FileContext& context, const Node& node, std::size_t index,
             const SurchargeContext& table, Surcharge& surcharge) {
    if (!node.is_sequence() || node.items.empty()) {
        context.error(node.pos, "of must be a non-empty list of earlier component ids, e.g. "
                                "[base, versorgung]");
        return false;
    }
    std::vector<std::string_view> earlier{k_base_component};
    for (std::size_t i = 0; i < index && i < table.surcharge_ids.size(); ++i) {
        earlier.push_back(table.surcharge_ids[i]);
    }
    bool ok = true;
    for (const auto& item : node.items) {
        const auto id = read_id(context, item, "component id in of");
        if (!id) {
            ok = false;
            continue;
        }
        const auto later_begin = table.surcharge_ids.begin() +
                                 static_cast<long>(std::min(index + 1, table.surcharge_ids.size()));
        std::string problem;
        if (*id == surcharge.id) {
            problem = "surcharge '" + surcharge.id + "' cannot be a percent of itself";
        } else if (std::find(surcharge.of.begin(), surcharge.of.end(), *id) != surcharge.of.end()) {
            problem = "of names '" + *id + "' twice";
        } else if (std::find(earlier.begin(), earlier.end(), *id) != earlier.end()) {
            surcharge.of.push_back(*id);
            continue;
        } else if (std::find(later_begin, table.surcharge_ids.end(), *id) !=
                   table.surcharge_ids.end()) {
            problem = "of names '" + *id + "', which comes later in rates table '" +
                      table.table_id + "': a percent can only be of earlier components";
        } else {
            const std::string hint = closest_match(*id, earlier);
            problem = "of names '" + *id + "', which is no component of rates table '" +
                      table.table_id + "' (base or an earlier surcharge id)" +
                      (hint.empty() ? "" : " (did you mean '" + hint + "'?)");
        }
        context.error(item.pos, problem);
        ok = false;
    }
    return ok;
}

// SPEC 3.1.1: a percent by career group reaches only pay groups with a career
// it names.
bool check_careers(FileContext& context, const Node& percent, const SurchargeContext& table,
                   const Surcharge& surcharge) {
    bool ok = true;
    for (const auto& rate : table.pay_groups) {
        if (!surcharge.applies(rate.kind)) {
            continue;
        }
        const std::string where =
            "rates table '" + table.table_id + "': surcharge '" + surcharge.id +
            "' gives its percent by career group, but pay group " + rate.pay_group;
        if (!rate.career) {
            context.error(percent.pos, where + " (which it applies to) has no career; give the pay "
                                               "group 'career:' or the surcharge one percent");
            ok = false;
        } else if (!surcharge.percent_for(rate)) {
            context.error(percent.pos, where + " is of career '" +
                                           std::string(to_string(*rate.career)) +
                                           "', which the mapping does not name");
            ok = false;
        }
    }
    return ok;
}

} // namespace

std::vector<std::string_view> career_words() {
    std::vector<std::string_view> words;
    for (const Career career : k_careers) {
        words.push_back(to_string(career));
    }
    return words;
}

std::optional<Surcharge> read_surcharge(FileContext& context, const Node& node, std::size_t index,
                                        const SurchargeContext& table) {
    MappingReader fields(
        context, node, "a surcharge",
        {"id", "title", "percent", "annual", "monthly", "basis", "of", "applies_to"});
    if (!fields.ok()) {
        return std::nullopt;
    }
    Surcharge surcharge;
    surcharge.pos = node.pos;
    bool ok = true;
    if (const Node* id = fields.required("id")) {
        const auto value = read_id(context, *id, "surcharge id");
        ok = ok && value && check_code(context, *value, id->pos, "surcharge id");
        if (value && *value == k_base_component) {
            context.error(id->pos, "surcharge id 'base' is reserved for the pay-group rate");
            ok = false;
        }
        surcharge.id = value.value_or("");
    } else {
        ok = false;
    }
    if (const Node* title = fields.optional("title")) {
        surcharge.title = read_text(context, *title, "title").value_or("");
    }
    if (const Node* applies = fields.required("applies_to")) {
        const auto choice =
            read_choice(context, *applies, "applies_to", {"beamte", "tarif", "all"});
        ok = ok && choice.has_value();
        surcharge.applies_to = choice == "beamte"  ? AppliesTo::beamte
                               : choice == "tarif" ? AppliesTo::tarif
                                                   : AppliesTo::all;
    } else {
        ok = false;
    }
    if (const Node* basis = fields.optional("basis")) {
        const auto choice = read_choice(context, *basis, "basis", {"fte", "head"});
        ok = ok && choice.has_value();
        surcharge.basis = choice == "head" ? Basis::head : Basis::fte;
    }
    const Node* percent = fields.optional("percent");
    const Node* annual = fields.optional("annual");
    const Node* monthly = fields.optional("monthly");
    const Node* of = fields.optional("of");
    const int given = (percent != nullptr) + (annual != nullptr) + (monthly != nullptr);
    if (given != 1) {
        context.error(node.pos, "surcharge '" + surcharge.id +
                                    "' needs exactly one of 'percent', 'annual' and 'monthly'");
        ok = false;
    }
    if (of != nullptr && percent == nullptr) {
        context.error(of->pos, "'of' belongs to a percent: it names what the percent is taken of");
        ok = false;
    }
    if (of != nullptr) {
        ok = read_of(context, *of, index, table, surcharge) && ok;
    }
    if (given == 1 && percent != nullptr) {
        const bool deduction_allowed = of != nullptr;
        if (percent->is_mapping()) {
            ok = read_percent_by_career(context, *percent, deduction_allowed, surcharge) && ok;
            ok = ok && check_careers(context, *percent, table, surcharge);
        } else {
            surcharge.percent = read_figure(context, *percent, "percent", deduction_allowed);
            ok = ok && surcharge.percent.has_value();
        }
    } else if (given == 1 && annual != nullptr) {
        if (annual->is_mapping()) {
            ok = read_annual_by_pay_group(context, *annual, table, surcharge) && ok;
        } else {
            surcharge.annual = read_figure(context, *annual, "annual amount", false);
            ok = ok && surcharge.annual.has_value();
        }
    } else if (given == 1 && monthly != nullptr) {
        surcharge.monthly = read_figure(context, *monthly, "monthly amount", false);
        ok = ok && surcharge.monthly.has_value();
    }
    return ok ? std::optional<Surcharge>(surcharge) : std::nullopt;
}

} // namespace ausgleich::io
