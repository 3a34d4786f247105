#include "ausgleich/policy.hpp"

namespace ausgleich {

std::string_view to_string(Proration proration) {
    return policy_word(proration);
}

std::string_view to_string(RoundingMode mode) {
    return policy_word(mode);
}

std::string_view to_string(RoundingPolicy policy) {
    return policy_word(policy);
}

std::string_view to_string(SharesPolicy shares) {
    return policy_word(shares);
}

Rational Policy::quota_share(std::string_view partner) const {
    for (const auto& entry : quota) {
        if (entry.partner == partner) {
            return entry.percent / 100;
        }
    }
    return 0;
}

} // namespace ausgleich
