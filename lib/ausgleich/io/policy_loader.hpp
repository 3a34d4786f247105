#pragma once
// The `policy:` block of an ARGE file (SPEC 3.3), including the quota of
// quota mode, checked against the ARGE's partners.

#include "ausgleich/arge.hpp"
#include "ausgleich/io/node_reader.hpp"
#include "ausgleich/policy.hpp"

#include <vector>

namespace ausgleich::io {

/// Reads `policy:`; every value is checked, and in quota mode the quota must
/// name every partner of `partners` once, each value >= 0, summing to exactly
/// 100. A wrong value is reported and its default kept.
Policy read_policy(FileContext& context, const Node& node, const std::vector<Partner>& partners);

} // namespace ausgleich::io
