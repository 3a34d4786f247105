#include "ausgleich/app/rates.hpp"

namespace ausgleich::app {

std::unique_ptr<RatesListing> list_rates(const RatesQuery& query,
                                         const std::vector<std::string>& rules_dirs,
                                         Diagnostics& diagnostics) {
    // Pinned: `tables` point into `rules`, which must not move after selecting.
    auto listing = std::make_unique<RatesListing>();
    listing->rules = io::load_rules(rules_dirs, diagnostics);
    if (diagnostics.has_errors()) {
        return listing;
    }
    listing->tables = tables_in_force(listing->rules.rates, query);
    if (listing->tables.empty()) {
        listing->no_table = no_table_message(listing->rules.rates, query);
    }
    return listing;
}

} // namespace ausgleich::app
