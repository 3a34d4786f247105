#pragma once
// `rates` as a use case: load the rules and select the tables in force on a
// day or overlapping a period (all of them without either).

#include "ausgleich/diagnostics.hpp"
#include "ausgleich/io/rules_loader.hpp"
#include "ausgleich/rates.hpp"
#include "ausgleich/rates_query.hpp"

#include <memory>
#include <string>
#include <vector>

namespace ausgleich::app {

struct RatesListing {
    io::Rules rules;                       ///< what was loaded; `tables` point into it
    std::vector<const RatesTable*> tables; ///< in listing order; empty when none is in force
    std::string no_table;                  ///< why `tables` is empty, naming what was asked
};

/// Loads `rules_dirs` and selects by `query`. Problems of the rules files go to
/// `diagnostics` and leave `tables` empty with `no_table` empty too.
std::unique_ptr<RatesListing> list_rates(const RatesQuery& query,
                                         const std::vector<std::string>& rules_dirs,
                                         Diagnostics& diagnostics);

} // namespace ausgleich::app
