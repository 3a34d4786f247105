#include "ausgleich/report/surcharge_text.hpp"

#include "ausgleich/report/messages.hpp"
#include "ausgleich/report/rates_report.hpp"

namespace ausgleich::report {

std::string career_text(Career career, Language language) {
    switch (career) {
    case Career::einfach:
        return std::string(text(language, Msg::career_einfach));
    case Career::mittel:
        return std::string(text(language, Msg::career_mittel));
    case Career::gehoben:
        return std::string(text(language, Msg::career_gehoben));
    case Career::hoeher:
        break;
    }
    return std::string(text(language, Msg::career_hoeher));
}

std::string percent_text(const Rational& percent, Language language) {
    return localize_decimal(format_exact(percent), language) + " %";
}

std::string surcharge_value_text(const Surcharge& surcharge, Language language) {
    if (surcharge.percent) {
        return percent_text(*surcharge.percent, language);
    }
    if (surcharge.is_by_career()) {
        std::string list;
        for (const auto& [career, percent] : surcharge.percent_by_career) {
            list += (list.empty() ? "" : ", ") + career_text(career, language) + " " +
                    percent_text(percent, language);
        }
        return format(language, Msg::by_career_group, {{"list", list}});
    }
    if (surcharge.monthly) {
        return format(language, Msg::monthly_amount,
                      {{"monthly", amount_text(*surcharge.monthly, language)}});
    }
    if (surcharge.is_by_pay_group()) {
        return std::string(text(language, Msg::by_pay_group_amounts));
    }
    return amount_text(surcharge.annual.value_or(0), language);
}

std::string of_text(const Surcharge& surcharge) {
    std::string out;
    for (const auto& id : surcharge.of) {
        out += (out.empty() ? "" : " + ") + id;
    }
    return out;
}

} // namespace ausgleich::report
