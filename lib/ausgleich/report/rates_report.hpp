#pragma once
// The rates tables in force (`ausgleich rates`, SPEC section 5): which tables a
// date or period falls under, and the listing of their pay-group rates,
// surcharges and sources as a text table for people or as JSON,
// `schema: ausgleich/rates-listing/v1`.

#include "ausgleich/date.hpp"
#include "ausgleich/period.hpp"
#include "ausgleich/rates.hpp"
#include "ausgleich/report/language.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ausgleich::report {

inline constexpr const char* k_rates_listing_schema = "ausgleich/rates-listing/v1";

/// What a listing asks for: the tables in force on one day, those overlapping a
/// period, or (neither set) every loaded table. At most one of the two is set.
struct RatesQuery {
    std::optional<Date> date;
    std::optional<Period> period;
};

/// An EUR amount as read from a rates file: two decimals (SPEC 6), more only
/// when the file gave more ("41318.60", "12581.514").
std::string amount_text(const Rational& value);
/// amount_text for people: "41318.60" / "41.318,60".
std::string amount_text(const Rational& value, Language language);

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

/// The listing for people: per table a heading (id, status, validity), its title
/// and sources, the pay groups with each applicable surcharge and the total in
/// EUR per FTE and year (percent surcharges rounded half-up to cents for
/// display), and the surcharges. With a period, the part of it each table covers.
/// In German the words, amounts ("41.318,60"), percentages ("12,5 %"), dates and
/// period names are German; ids, titles and sources stay as the rates file has them.
std::string rates_table(const std::vector<const RatesTable*>& tables, const RatesQuery& query,
                        Language language = Language::en);

/// The listing as JSON: amounts as decimal strings exactly as read (at least two
/// decimals for EUR amounts, percentages as written), keys in a fixed order, one
/// source, pay group and surcharge per line. Never localized.
std::string rates_json(const std::vector<const RatesTable*>& tables, const RatesQuery& query);

} // namespace ausgleich::report
