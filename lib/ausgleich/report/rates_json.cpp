#include "ausgleich/input_record.hpp"
#include "ausgleich/report/json_report.hpp"
#include "ausgleich/report/rates_report.hpp"

// The rates listing as JSON (`ausgleich rates --format json`).

namespace ausgleich::report {

namespace {

std::string field(const char* key, const std::string& value) {
    return json_string(key) + ": " + json_string(value);
}

// The value of a surcharge as the rates file gives it (SPEC 3.1.1): keys a
// SPEC 3.1 table does not use are left out, so its listing reads as before.
std::string value_fields(const Surcharge& surcharge) {
    std::string out;
    if (surcharge.percent) {
        out = field("percent", format_exact(*surcharge.percent));
    } else if (surcharge.is_by_career()) {
        std::string by_career;
        for (const auto& [career, percent] : surcharge.percent_by_career) {
            by_career += (by_career.empty() ? "" : ", ") +
                         field(std::string(to_string(career)).c_str(), format_exact(percent));
        }
        out = json_string("percent") + ": {" + by_career + "}";
    } else if (surcharge.monthly) {
        out = field("monthly", amount_text(*surcharge.monthly));
    } else if (surcharge.is_by_pay_group()) {
        std::string by_group;
        for (const auto& [pay_group, annual] : surcharge.annual_by_pay_group) {
            by_group +=
                (by_group.empty() ? "" : ", ") + field(pay_group.c_str(), amount_text(annual));
        }
        out = json_string("annual") + ": {" + by_group + "}";
    } else {
        out = field("annual", amount_text(surcharge.annual.value_or(0)));
    }
    if (!surcharge.of.empty()) {
        std::string of;
        for (const auto& id : surcharge.of) {
            of += (of.empty() ? "" : ", ") + json_string(id);
        }
        out += ", " + json_string("of") + ": [" + of + "]";
    }
    if (surcharge.basis == Basis::head) {
        out += ", " + field("basis", std::string(to_string(surcharge.basis)));
    }
    return out;
}

std::string table_json(const RatesTable& table) {
    std::string out = "    {\n";
    out += "      " + field("id", table.id) + ",\n";
    out += "      " + field("title", table.title) + ",\n";
    out += "      " + field("status", std::string(to_string(table.status))) + ",\n";
    out += "      " + field("valid_from", table.validity.first.iso()) + ",\n";
    out += "      " + field("valid_to", table.validity.last.iso()) + ",\n";
    const auto array = [&out](const char* key, const std::vector<std::string>& items, bool last) {
        out += "      " + json_string(key) + ": [";
        for (std::size_t i = 0; i < items.size(); ++i) {
            out += (i == 0 ? "\n        " : ",\n        ") + items[i];
        }
        out += items.empty() ? "]" : "\n      ]";
        out += last ? "\n" : ",\n";
    };
    std::vector<std::string> items;
    for (const auto& source : table.sources) {
        items.push_back("{" + field("title", source.title) + ", " + field("url", source.url) + "}");
    }
    array("sources", items, false);
    items.clear();
    for (const PayGroupRate* rate : ordered_pay_groups(table)) {
        items.push_back("{" + field("pay_group", rate->pay_group) + ", " +
                        field("kind", std::string(to_string(rate->kind))) + ", " +
                        field("annual", amount_text(rate->annual)) +
                        (rate->career
                             ? ", " + field("career", std::string(to_string(*rate->career)))
                             : std::string()) +
                        "}");
    }
    array("pay_groups", items, false);
    items.clear();
    for (const auto& surcharge : table.surcharges) {
        items.push_back("{" + field("id", surcharge.id) + ", " + field("title", surcharge.title) +
                        ", " + value_fields(surcharge) + ", " +
                        field("applies_to", std::string(to_string(surcharge.applies_to))) + "}");
    }
    array("surcharges", items, true);
    return out + "    }";
}

} // namespace

std::string rates_json(const std::vector<const RatesTable*>& tables, const RatesQuery& query) {
    std::string out = "{\n";
    out += "  " + field("schema", k_rates_listing_schema) + ",\n";
    out += "  " + field("tool", k_tool_version) + ",\n";
    if (query.date) {
        out += "  " + field("date", query.date->iso()) + ",\n";
    } else if (query.period) {
        const Period& period = *query.period;
        out += "  " + json_string("period") + ": {" + field("label", period.label) + ", " +
               field("from", period.range.first.iso()) + ", " +
               field("to", period.range.last.iso()) + "},\n";
    }
    out += "  " + json_string("tables") + ": [";
    for (std::size_t i = 0; i < tables.size(); ++i) {
        out += (i == 0 ? "\n" : ",\n") + table_json(*tables[i]);
    }
    out += tables.empty() ? "]\n" : "\n  ]\n";
    return out + "}\n";
}

} // namespace ausgleich::report
