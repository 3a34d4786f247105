#include "ausgleich/report/format.hpp"

#include <algorithm>

namespace ausgleich::report {

std::string partner_label(const Arge& arge, const std::string& id) {
    const Partner* partner = arge.partner(id);
    return partner && !partner->name.empty() && partner->name != id
               ? partner->name + " (" + id + ")"
               : id;
}

std::size_t display_width(const std::string& text) {
    // Count UTF-8 characters: every byte that does not continue a sequence.
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

} // namespace ausgleich::report
