#include "ausgleich/fixed_point_lines.hpp"

#include "ausgleich/fixed_point.hpp"

#include <algorithm>
#include <atomic>

namespace ausgleich {

namespace {

#ifdef NDEBUG
std::atomic<bool> g_check{false};
#else
std::atomic<bool> g_check{true};
#endif
std::atomic<std::uint64_t> g_fixed_point{0};
std::atomic<std::uint64_t> g_rational{0};

// The index of the component `id` in the line, appended at the end (zero) on
// its first use: components keep the order of their first segment.
std::size_t component_index(std::vector<LineComponent>& components, const std::string& id) {
    const auto found = std::find_if(components.begin(), components.end(),
                                    [&](const LineComponent& c) { return c.id == id; });
    if (found != components.end()) {
        return static_cast<std::size_t>(found - components.begin());
    }
    components.push_back(LineComponent{id, 0, 0});
    return components.size() - 1;
}

struct Term {
    std::size_t component = 0;
    FixedFraction value;
};

// amount(c) = value(c) × f × t × share(O) of every component of every segment
// the debtor has a share of, unreduced; nothing when one does not fit.
std::optional<std::vector<Term>> terms_of(const StaffDerivation& derivation,
                                          const std::string& debtor,
                                          std::vector<LineComponent>& components) {
    std::vector<Term> terms;
    for (const auto& segment : derivation.segments) {
        const Rational share = segment.share_of(debtor);
        if (share.is_zero()) {
            continue;
        }
        const auto fixed_share = to_fixed(share);
        const auto fte_years = to_fixed(segment.fte_years);
        const auto time_fraction = to_fixed(segment.time_fraction);
        if (!fixed_share || !fte_years || !time_fraction) {
            return std::nullopt;
        }
        for (const auto& component : segment.components) {
            const auto annual = to_fixed(component.annual);
            if (!annual) {
                return std::nullopt;
            }
            // A per-person component takes f = 1 (SPEC 3.1.1 basis: head).
            const auto& factor = component.basis == Basis::head ? *time_fraction : *fte_years;
            const auto partial = checked_multiply(*annual, factor);
            const auto value = partial ? checked_multiply(*partial, *fixed_share) : std::nullopt;
            if (!value) {
                return std::nullopt;
            }
            terms.push_back(Term{component_index(components, component.id), *value});
        }
    }
    return terms;
}

} // namespace

bool fixed_point_figures(const StaffDerivation& derivation, const Policy& policy, Line& line) {
    std::vector<LineComponent> components;
    const auto terms = terms_of(derivation, line.debtor, components);
    if (!terms) {
        return false;
    }
    Int128 denominator = 1;
    for (const auto& term : *terms) {
        const auto common = checked_lcm(denominator, term.value.denominator);
        if (!common) {
            return false;
        }
        denominator = *common;
    }
    std::vector<Int128> sums(components.size(), 0);
    for (const auto& term : *terms) {
        const auto numerator = numerator_over(term.value, denominator);
        const auto sum = numerator ? checked_add(sums[term.component], *numerator) : std::nullopt;
        if (!sum) {
            return false;
        }
        sums[term.component] = *sum;
    }
    // Rounding (SPEC 4): components are always shown in cents; what the line
    // amount is made of depends on the policy.
    Int128 exact = 0;
    Int128 sum_of_cents = 0;
    for (std::size_t i = 0; i < sums.size(); ++i) {
        const auto cents = round_to_cents(sums[i], denominator, policy.rounding);
        const auto next_exact = checked_add(exact, sums[i]);
        const auto next_cents = cents ? checked_add(sum_of_cents, *cents) : std::nullopt;
        if (!next_exact || !next_cents) {
            return false;
        }
        exact = *next_exact;
        sum_of_cents = *next_cents;
        components[i].exact = to_rational(sums[i], denominator);
        components[i].amount = to_rational(*cents, 100);
    }
    const auto line_cents = policy.round == RoundingPolicy::per_component
                                ? std::optional<Int128>(sum_of_cents)
                                : round_to_cents(exact, denominator, policy.rounding);
    if (!line_cents) {
        return false;
    }
    line.components = std::move(components);
    line.exact = to_rational(exact, denominator);
    line.amount = to_rational(*line_cents, 100);
    return true;
}

void rational_figures(const StaffDerivation& derivation, const Policy& policy, Line& line) {
    line.components.clear();
    for (const auto& segment : derivation.segments) {
        const Rational share = segment.share_of(line.debtor);
        if (share.is_zero()) {
            continue;
        }
        for (const auto& component : segment.components) {
            line.components[component_index(line.components, component.id)].exact +=
                component_amount(segment, component, share);
        }
    }
    line.exact = 0;
    Rational sum_of_rounded = 0;
    for (auto& component : line.components) {
        component.amount = round_to_places(component.exact, 2, policy.rounding);
        line.exact += component.exact;
        sum_of_rounded += component.amount;
    }
    line.amount = policy.round == RoundingPolicy::per_component
                      ? sum_of_rounded
                      : round_to_places(line.exact, 2, policy.rounding);
}

bool arithmetic_check() {
    return g_check.load();
}

void set_arithmetic_check(bool on) {
    g_check.store(on);
}

ArithmeticCounts arithmetic_counts() {
    return ArithmeticCounts{g_fixed_point, g_rational};
}

void count_staff_member(bool fixed_point) {
    ++(fixed_point ? g_fixed_point : g_rational);
}

std::string figures_difference(const Line& fixed, const Line& rational) {
    const std::string where = "line " + fixed.staff_id + " " + fixed.debtor + ": ";
    if (fixed.components.size() != rational.components.size()) {
        return where + "a different number of components";
    }
    for (std::size_t i = 0; i < fixed.components.size(); ++i) {
        const auto& a = fixed.components[i];
        const auto& b = rational.components[i];
        if (a.id != b.id || a.exact != b.exact || a.amount != b.amount) {
            return where + "component " + b.id + ": fixed point " + a.exact.str() + " (" +
                   a.amount.str() + "), rational " + b.exact.str() + " (" + b.amount.str() + ")";
        }
    }
    if (fixed.exact != rational.exact || fixed.amount != rational.amount) {
        return where + "fixed point " + fixed.exact.str() + " (" + fixed.amount.str() +
               "), rational " + rational.exact.str() + " (" + rational.amount.str() + ")";
    }
    return "";
}

} // namespace ausgleich
