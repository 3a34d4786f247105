#pragma once
// The listing of the rates tables in force (`ausgleich rates`, SPEC section 5):
// their pay-group rates, surcharges and sources as a text table for people
// (rates_report.cpp) or as JSON, `schema: ausgleich/rates-listing/v1`
// (rates_json.cpp). Which tables a query selects is the domain's (rates_query.hpp).

#include "ausgleich/date.hpp"
#include "ausgleich/period.hpp"
#include "ausgleich/rates.hpp"
#include "ausgleich/rates_query.hpp"
#include "ausgleich/report/language.hpp"

#include <string>
#include <vector>

namespace ausgleich::report {

inline constexpr const char* k_rates_listing_schema = "ausgleich/rates-listing/v1";

/// An EUR amount as read from a rates file: two decimals (SPEC 6), more only
/// when the file gave more ("41318.60", "12581.514").
std::string amount_text(const Rational& value);
/// amount_text for people: "41318.60" / "41.318,60".
std::string amount_text(const Rational& value, Language language);

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
