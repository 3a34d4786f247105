#include "ausgleich/io/policy_loader.hpp"

#include <algorithm>

namespace ausgleich::io {

namespace {

// A word-valued policy option, named as in the one table of policy.hpp.
template <typename Enum>
void read_policy_word(FileContext& context, const MappingReader& fields, Enum& target) {
    constexpr std::string_view key = PolicyOption<Enum>::key;
    if (const Node* value = fields.optional(key)) {
        if (const auto word = read_choice(context, *value, key, policy_words<Enum>())) {
            target = *policy_value<Enum>(*word);
        }
    }
}

// `quota: { agentur: 84.8, kommune: 15.2 }` (SPEC 3.3): every partner once,
// each >= 0, summing to exactly 100. Sorted by partner id, as shares are.
std::vector<PartnerQuota> read_quota(FileContext& context, const Node& node,
                                     const std::vector<Partner>& partners) {
    std::vector<PartnerQuota> quota;
    if (!node.is_mapping() || node.entries.empty()) {
        context.error(node.pos, "quota must map every partner to its percent of the costs, e.g. "
                                "{ agentur: 84.8, kommune: 15.2 }");
        return quota;
    }
    std::vector<std::string_view> partner_ids;
    for (const auto& partner : partners) {
        partner_ids.push_back(partner.id);
    }
    bool complete = true;
    Rational sum = 0;
    for (const auto& entry : node.entries) {
        if (std::find(partner_ids.begin(), partner_ids.end(), entry.key) == partner_ids.end()) {
            const std::string hint = closest_match(entry.key, partner_ids);
            context.error(entry.key_pos,
                          "quota names '" + entry.key + "', which is not a partner of this ARGE" +
                              (hint.empty() ? "" : " (did you mean '" + hint + "'?)"));
            complete = false;
            continue;
        }
        const auto percent = read_decimal(context, entry.value, "quota of " + entry.key);
        if (percent && *percent < 0) {
            context.error(entry.value.pos, "quota of " + entry.key +
                                               " must not be negative, found " + entry.value.text);
        }
        if (!percent || *percent < 0) {
            complete = false;
            continue;
        }
        sum += *percent;
        quota.push_back(PartnerQuota{entry.key, *percent});
    }
    for (const auto& partner : partners) {
        const bool named = std::any_of(node.entries.begin(), node.entries.end(),
                                       [&](const MappingEntry& e) { return e.key == partner.id; });
        if (!named) {
            context.error(node.pos, "quota does not name partner '" + partner.id +
                                        "': give every partner its percent (0 for none)");
            complete = false;
        }
    }
    if (complete && sum != 100) {
        context.error(node.pos, "quota percentages add up to " + format_exact(sum) + ", not 100");
    }
    std::sort(quota.begin(), quota.end(),
              [](const PartnerQuota& a, const PartnerQuota& b) { return a.partner < b.partner; });
    return quota;
}

} // namespace

Policy read_policy(FileContext& context, const Node& node, const std::vector<Partner>& partners) {
    Policy policy;
    if (node.is_null()) {
        return policy;
    }
    MappingReader fields(context, node, "policy", {k_policy_keys.begin(), k_policy_keys.end()});
    read_policy_word(context, fields, policy.proration);
    if (const Node* value = fields.optional("fte_decimals")) {
        policy.fte_decimals = value->is_null()
                                  ? std::nullopt
                                  : read_count(context, *value, "fte_decimals", k_max_fte_decimals);
    }
    read_policy_word(context, fields, policy.rounding);
    read_policy_word(context, fields, policy.round);
    read_policy_word(context, fields, policy.shares);
    const Node* quota = fields.optional("quota");
    if (policy.shares == SharesPolicy::quota && quota == nullptr) {
        context.error(node.pos, "shares: quota needs 'quota:', every partner's percent of the "
                                "costs, e.g. quota: { agentur: 84.8, kommune: 15.2 }");
    } else if (policy.shares != SharesPolicy::quota && quota != nullptr) {
        context.error(quota->pos, "'quota' is only used with 'shares: quota'; without it the "
                                  "shares come from the tasks");
    } else if (quota != nullptr) {
        policy.quota = read_quota(context, *quota, partners);
    }
    return policy;
}

} // namespace ausgleich::io
