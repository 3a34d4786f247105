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

} // namespace ausgleich
