#include "ausgleich/arge.hpp"

namespace ausgleich {

std::optional<DateRange> Assignment::within(const DateRange& range) const {
    return intersect(DateRange{from, to.value_or(range.last)}, range);
}

std::string Assignment::describe() const {
    return from.iso() + ".." + (to ? to->iso() : std::string("open"));
}

const std::string& Staff::pay_group_of(const Assignment& assignment) const {
    return assignment.pay_group ? *assignment.pay_group : pay_group;
}

SourcePos Staff::pay_group_pos_of(const Assignment& assignment) const {
    return assignment.pay_group ? assignment.pay_group_pos : pay_group_pos;
}

const Partner* Arge::partner(std::string_view id) const {
    for (const auto& partner : partners) {
        if (partner.id == id) {
            return &partner;
        }
    }
    return nullptr;
}

std::vector<std::string> Arge::partner_ids() const {
    std::vector<std::string> ids;
    for (const auto& partner : partners) {
        ids.push_back(partner.id);
    }
    return ids;
}

std::optional<Rational> Arge::full_time_hours(const Staff& member) const {
    if (member.full_time_hours) {
        return member.full_time_hours;
    }
    if (const Partner* employer = partner(member.employer)) {
        return employer->full_time_hours;
    }
    return std::nullopt;
}

const Staff* Arge::find_staff(std::string_view id) const {
    for (const auto& member : staff) {
        if (member.id == id) {
            return &member;
        }
    }
    return nullptr;
}

} // namespace ausgleich
