#pragma once
// The settlement policy (SPEC 3.3 `policy:`): its options, their defaults, and
// one table of names per option. The ARGE loader, the settlement reader and
// every renderer take a value's name from this table, so a new value or a
// renamed one is written in one place (docs/architecture.md).

#include "ausgleich/decimal.hpp"
#include "ausgleich/period.hpp"

#include <array>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ausgleich {

/// Where cents are rounded (SPEC section 4).
enum class RoundingPolicy {
    per_line,      ///< each line rounded; totals are sums of rounded lines
    per_component, ///< each component of a line rounded; the line is their sum
    per_total,     ///< only the total per direction rounded; lines are shown rounded
};

/// Where a partner's share of an assignment comes from (SPEC 3.3, 4 step 3).
enum class SharesPolicy {
    tasks, ///< the owners of the assignment's tasks
    quota, ///< a fixed quota per partner (§ 46 Abs. 3 SGB II: 84.8 / 15.2)
};

/// One partner's quota in percent (84.8 = 84.8 %).
struct PartnerQuota {
    std::string partner;
    Rational percent;
    bool operator==(const PartnerQuota& other) const {
        return partner == other.partner && percent == other.percent;
    }
};

/// The `policy:` block, defaults as in SPEC 3.3.
struct Policy {
    Proration proration = Proration::days;
    std::optional<int> fte_decimals = 4; ///< nothing: the FTE is not rounded
    RoundingMode rounding = RoundingMode::half_up;
    RoundingPolicy round = RoundingPolicy::per_line;
    SharesPolicy shares = SharesPolicy::tasks;
    /// With shares: quota, every partner once, in byte order of the ids; the
    /// percents sum to exactly 100.
    std::vector<PartnerQuota> quota;

    /// share(O) = quota(O)/100 in quota mode; 0 for a partner without quota.
    Rational quota_share(std::string_view partner) const;
};

/// The keys of the `policy:` block, in SPEC order.
inline constexpr std::array<std::string_view, 6> k_policy_keys{
    "proration", "fte_decimals", "rounding", "round", "shares", "quota"};
/// The largest `fte_decimals` (SPEC 3.3).
inline constexpr int k_max_fte_decimals = 12;

/// A value of a policy option and the word that names it in files and output.
template <typename Enum> struct PolicyWord {
    Enum value;
    std::string_view name;
};

/// The key of one word-valued policy option and its words, in SPEC order.
template <typename Enum> struct PolicyOption;

template <> struct PolicyOption<Proration> {
    static constexpr std::string_view key = "proration";
    static constexpr std::array<PolicyWord<Proration>, 2> words{
        {{Proration::days, "days"}, {Proration::months, "months"}}};
};

template <> struct PolicyOption<RoundingMode> {
    static constexpr std::string_view key = "rounding";
    static constexpr std::array<PolicyWord<RoundingMode>, 2> words{
        {{RoundingMode::half_up, "half-up"}, {RoundingMode::half_even, "half-even"}}};
};

template <> struct PolicyOption<RoundingPolicy> {
    static constexpr std::string_view key = "round";
    static constexpr std::array<PolicyWord<RoundingPolicy>, 3> words{
        {{RoundingPolicy::per_line, "per-line"},
         {RoundingPolicy::per_component, "per-component"},
         {RoundingPolicy::per_total, "per-total"}}};
};

template <> struct PolicyOption<SharesPolicy> {
    static constexpr std::string_view key = "shares";
    static constexpr std::array<PolicyWord<SharesPolicy>, 2> words{
        {{SharesPolicy::tasks, "tasks"}, {SharesPolicy::quota, "quota"}}};
};

/// The word for `value`. Throws std::logic_error for a value the table lacks
/// (a bug: every enumerator has a word).
template <typename Enum> std::string_view policy_word(Enum value) {
    for (const auto& word : PolicyOption<Enum>::words) {
        if (word.value == value) {
            return word.name;
        }
    }
    throw std::logic_error("policy value without a name in policy.hpp");
}

/// The value named `name`, or nothing for a word the option does not have.
template <typename Enum> std::optional<Enum> policy_value(std::string_view name) {
    for (const auto& word : PolicyOption<Enum>::words) {
        if (word.name == name) {
            return word.value;
        }
    }
    return std::nullopt;
}

/// Every word of the option, in SPEC order (for "one of …" messages).
template <typename Enum> std::vector<std::string_view> policy_words() {
    std::vector<std::string_view> names;
    for (const auto& word : PolicyOption<Enum>::words) {
        names.push_back(word.name);
    }
    return names;
}

/// policy_word() for each option: "days", "half-even", "per-total".
std::string_view to_string(Proration proration);
std::string_view to_string(RoundingMode mode);
std::string_view to_string(RoundingPolicy policy);
std::string_view to_string(SharesPolicy shares);

} // namespace ausgleich
