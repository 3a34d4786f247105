#pragma once
// Which rates tables a date or period falls under, and the order of their pay
// groups (SPEC section 5, `ausgleich rates`): queries on the loaded rates, used
// by the listing, the settlement statement and the CLI's error message.

#include "ausgleich/date.hpp"
#include "ausgleich/period.hpp"
#include "ausgleich/rates.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ausgleich {

/// What a listing asks for: the tables in force on one day, those overlapping a
/// period, or (neither set) every loaded table. At most one of the two is set.
struct RatesQuery {
    std::optional<Date> date;
    std::optional<Period> period;
};

/// Natural order of pay-group names: runs of digits compare as numbers, other
/// runs byte by byte ("A6" < "A10", "E9" < "E9a" < "E10"); names that compare
/// equal that way ("A06", "A6") fall back to byte order, so the order is total.
bool natural_less(std::string_view a, std::string_view b);

/// Order of pay groups in a listing: by kind (beamte, tarif, then the "*" entry
/// of kind any), then by natural_less of the name.
bool pay_group_less(const PayGroupRate& a, const PayGroupRate& b);

/// The tables of `book` that the query selects (validity contains the date, or
/// overlaps the period; every table without either), sorted by valid_from, then id.
std::vector<const RatesTable*> tables_in_force(const RateBook& book, const RatesQuery& query);

/// The message for an empty selection, naming what was asked for and the days
/// the loaded tables do cover ("no rates table in force on 2007-01-01; loaded
/// tables cover 2005-01-01..2006-12-31"), or, for a query of every table, that
/// there is none. No trailing newline.
std::string no_table_message(const RateBook& book, const RatesQuery& query);

/// The pay groups of `table` in listing order (pay_group_less).
std::vector<const PayGroupRate*> ordered_pay_groups(const RatesTable& table);

} // namespace ausgleich
