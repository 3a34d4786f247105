#pragma once
// One surcharge of a rates table (SPEC 3.1 and 3.1.1): a percent (flat or by
// career group, optionally `of:` earlier components), a fixed annual amount
// (flat or by pay group) or a monthly amount, with its basis and scope.

#include "ausgleich/io/node_reader.hpp"
#include "ausgleich/rates.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ausgleich::io {

/// The table a surcharge is read into: its id (for messages), its pay groups
/// (read first, whatever the key order), and the ids of all its surcharges in
/// file order, so that `of:` can tell an earlier id from a later or unknown one.
struct SurchargeContext {
    const std::string& table_id;
    const std::vector<PayGroupRate>& pay_groups;
    const std::vector<std::string>& surcharge_ids;
};

/// "einfach", "mittel", "gehoben", "hoeher": the careers as files name them.
std::vector<std::string_view> career_words();

/// Reads the surcharge at `index` of the table's list; reports every problem
/// of SPEC 3.1.1 at its key or value and returns nothing if there was one.
std::optional<Surcharge> read_surcharge(FileContext& context, const Node& node, std::size_t index,
                                        const SurchargeContext& table);

} // namespace ausgleich::io
