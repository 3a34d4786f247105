#pragma once
// The settlement lines as CSV (SPEC section 6.2; RFC 4180: header row, CRLF,
// fields quoted only when they contain a comma, quote or line break).

#include "ausgleich/settlement.hpp"

#include <string>
#include <vector>

namespace ausgleich::report {

/// One field, quoted per RFC 4180 when needed.
std::string csv_field(const std::string& text);

/// The header and one row per line: the JSON line fields without components.
std::string settlement_csv(const Settlement& settlement);

} // namespace ausgleich::report
