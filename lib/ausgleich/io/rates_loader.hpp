#pragma once
// Loader for rates tables, `schema: ausgleich/rates/v1` (SPEC section 3.1).

#include "ausgleich/io/node_reader.hpp"
#include "ausgleich/rates.hpp"

#include <optional>

namespace ausgleich::io {

inline constexpr std::string_view k_rates_schema = "ausgleich/rates/v1";

/// Builds a rates table from the file's top-level mapping, reporting every
/// problem; returns nothing when any was found.
std::optional<RatesTable> load_rates(FileContext& context, const Node& root);

} // namespace ausgleich::io
