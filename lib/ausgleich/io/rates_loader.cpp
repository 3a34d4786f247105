#include "ausgleich/io/rates_loader.hpp"

#include "ausgleich/io/surcharge_loader.hpp"
#include "ausgleich/text.hpp"

#include <algorithm>
#include <set>

namespace ausgleich::io {

namespace {

std::vector<SourceRef> read_sources(FileContext& context, const Node& node) {
    std::vector<SourceRef> sources;
    if (!node.is_sequence() && !node.is_null()) {
        context.error(node.pos,
                      "sources must be a list of {title, url}, found " + node.kind_name());
        return sources;
    }
    for (const auto& item : node.items) {
        MappingReader source(context, item, "a source", {"title", "url"});
        SourceRef ref;
        if (const Node* title = source.required("title")) {
            ref.title = read_text(context, *title, "title").value_or("");
        }
        if (const Node* url = source.optional("url")) {
            ref.url = read_text(context, *url, "url").value_or("");
        }
        sources.push_back(std::move(ref));
    }
    return sources;
}

std::optional<PayGroupRate> read_pay_group(FileContext& context, const MappingEntry& entry) {
    PayGroupRate rate;
    rate.pay_group = to_nfc(entry.key); // as staff pay groups are read (read_id)
    rate.pos = entry.key_pos;
    const bool flat = entry.key == k_flat_rate_pay_group;
    if (entry.key.empty() || entry.key.find_first_of(" \t") != std::string::npos) {
        context.error(entry.key_pos,
                      "pay group '" + entry.key + "' must be non-empty without whitespace");
    } else if (const auto forbidden = forbidden_id_character(entry.key)) {
        context.error(entry.key_pos, "pay group '" + entry.key + "' must not contain " +
                                         *forbidden + ": ids that look alike must be the same id");
    }
    MappingReader fields(context, entry.value, "pay group " + entry.key,
                         {"kind", "annual", "career"});
    bool ok = fields.ok();
    if (const Node* kind = fields.required("kind")) {
        const auto choice = flat ? read_choice(context, *kind, "kind of the \"*\" entry", {"any"})
                                 : read_choice(context, *kind, "kind", {"beamte", "tarif"});
        ok = ok && choice.has_value();
        if (choice) {
            rate.kind = *choice == "beamte"  ? PayKind::beamte
                        : *choice == "tarif" ? PayKind::tarif
                                             : PayKind::any;
        }
    } else {
        ok = false;
    }
    if (const Node* annual = fields.required("annual")) {
        const auto value = read_decimal(context, *annual, "annual");
        if (value && *value <= 0) {
            context.error(annual->pos, "annual rate must be greater than 0, found " + annual->text);
            ok = false;
        }
        ok = ok && value.has_value();
        rate.annual = value.value_or(0);
    } else {
        ok = false;
    }
    // SPEC 3.1.1: the career group of a civil-servant pay group, for
    // percentages by career.
    if (const Node* career = fields.optional("career")) {
        const auto words = career_words();
        const auto choice = read_choice(context, *career, "career", words);
        if (choice) {
            rate.career = k_careers[std::find(words.begin(), words.end(), *choice) - words.begin()];
        }
        if (rate.kind != PayKind::beamte) {
            context.error(career->pos,
                          "career is only for civil-servant pay groups (kind: beamte); "
                          "pay group " +
                              entry.key + " is of kind " + std::string(to_string(rate.kind)));
            rate.career.reset(); // the pay group is kept, so that nothing else is reported
        }
        ok = ok && choice.has_value();
    }
    return ok ? std::optional<PayGroupRate>(rate) : std::nullopt;
}

} // namespace

std::optional<RatesTable> load_rates(FileContext& context, const Node& root) {
    const std::size_t errors_before = context.diagnostics().error_count();
    MappingReader fields(context, root, "a rates table",
                         {"schema", "id", "title", "status", "valid_from", "valid_to", "sources",
                          "pay_groups", "surcharges"});
    if (!fields.ok()) {
        return std::nullopt;
    }
    check_schema(context, fields, k_rates_schema);
    RatesTable table;
    table.path = context.path();
    table.pos = root.pos;
    if (const Node* id = fields.required("id")) {
        table.id = read_id(context, *id, "id").value_or("");
        table.pos = id->pos;
    }
    if (const Node* title = fields.optional("title")) {
        table.title = read_text(context, *title, "title").value_or("");
    }
    if (const Node* status = fields.required("status")) {
        const auto choice = read_choice(context, *status, "status", {"provisional", "final"});
        table.status = choice == "final" ? RatesStatus::final_rates : RatesStatus::provisional;
    }
    std::optional<Date> valid_from;
    std::optional<Date> valid_to;
    if (const Node* node = fields.required("valid_from")) {
        valid_from = read_date(context, *node, "valid_from");
    }
    if (const Node* node = fields.required("valid_to")) {
        valid_to = read_date(context, *node, "valid_to");
        if (valid_from && valid_to && *valid_to < *valid_from) {
            context.error(node->pos, "valid_to " + valid_to->iso() + " is before valid_from " +
                                         valid_from->iso());
        }
    }
    if (valid_from && valid_to) {
        table.validity = DateRange{*valid_from, *valid_to};
    }
    // A table without sources is accepted, but said to be unverifiable: auditors
    // check every figure against where it was published.
    if (const Node* sources = fields.optional("sources")) {
        table.sources = read_sources(context, *sources);
    }
    if (table.sources.empty()) {
        context.diagnostics().warning(context.path(), table.pos,
                                      "rates table '" + table.id +
                                          "' names no sources: its figures cannot be checked");
    }
    if (const Node* pay_groups = fields.required("pay_groups")) {
        if (!pay_groups->is_mapping() || pay_groups->entries.empty()) {
            context.error(pay_groups->pos, "pay_groups must be a non-empty mapping of pay group to "
                                           "{ kind, annual }");
        }
        if (pay_groups->entries.size() > k_max_pay_groups) {
            context.error(pay_groups->pos,
                          "a rates table may list at most " + std::to_string(k_max_pay_groups) +
                              " pay groups, found " + std::to_string(pay_groups->entries.size()));
        }
        std::set<std::string> names; // after NFC, so "MÜ" composed and decomposed collide
        for (const auto& entry : pay_groups->entries) {
            if (auto rate = read_pay_group(context, entry)) {
                if (!names.insert(rate->pay_group).second) {
                    context.error(entry.key_pos, "duplicate pay group '" + rate->pay_group +
                                                     "' (the same after Unicode normalisation)");
                }
                table.pay_groups.push_back(std::move(*rate));
            }
        }
    }
    if (const Node* surcharges = fields.optional("surcharges")) {
        if (!surcharges->is_sequence() && !surcharges->is_null()) {
            context.error(surcharges->pos,
                          "surcharges must be a list, found " + surcharges->kind_name());
        }
        if (surcharges->items.size() > k_max_surcharges) {
            context.error(surcharges->pos,
                          "a rates table may have at most " + std::to_string(k_max_surcharges) +
                              " surcharges, found " + std::to_string(surcharges->items.size()));
        }
        // Every id first, so that `of:` can tell a later component from an unknown one.
        std::vector<std::string> all_ids;
        for (const auto& item : surcharges->items) {
            const Node* id = item.find("id");
            all_ids.push_back(id != nullptr && id->is_scalar() ? id->text : std::string());
        }
        const SurchargeContext surcharge_context{table.id, table.pay_groups, all_ids};
        std::set<std::string> ids;
        for (std::size_t index = 0; index < surcharges->items.size(); ++index) {
            const Node& item = surcharges->items[index];
            if (auto surcharge = read_surcharge(context, item, index, surcharge_context)) {
                if (!ids.insert(surcharge->id).second) {
                    context.error(item.pos, "duplicate surcharge id '" + surcharge->id + "'");
                }
                table.surcharges.push_back(std::move(*surcharge));
            }
        }
    }
    if (context.diagnostics().error_count() != errors_before) {
        return std::nullopt;
    }
    return table;
}

} // namespace ausgleich::io
