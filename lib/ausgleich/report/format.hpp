#pragma once
// Text helpers shared by every renderer; the figures themselves are written
// by ausgleich/figures.hpp (SPEC 6), which the domain's verification uses too.

#include "ausgleich/arge.hpp"
#include "ausgleich/figures.hpp"

#include <string>

namespace ausgleich::report {

/// "Stadt Musterstadt (kommune)": a partner's name with its id, or the id alone
/// when the ARGE file gives no other name.
std::string partner_label(const Arge& arge, const std::string& id);
/// The width of UTF-8 text in characters (for aligning columns of text).
std::size_t display_width(const std::string& text);

} // namespace ausgleich::report
