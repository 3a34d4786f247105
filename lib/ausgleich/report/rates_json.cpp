#include "ausgleich/input_record.hpp"
#include "ausgleich/report/json_report.hpp"
#include "ausgleich/report/rates_report.hpp"

// The rates listing as JSON (`ausgleich rates --format json`).

namespace ausgleich::report {

namespace {

std::string field(const char* key, const std::string& value) {
    return json_string(key) + ": " + json_string(value);
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
                        field("annual", amount_text(rate->annual)) + "}");
    }
    array("pay_groups", items, false);
    items.clear();
    for (const auto& surcharge : table.surcharges) {
        items.push_back(
            "{" + field("id", surcharge.id) + ", " + field("title", surcharge.title) + ", " +
            (surcharge.percent ? field("percent", format_exact(*surcharge.percent))
                               : field("annual", amount_text(*surcharge.annual))) +
            ", " + field("applies_to", std::string(to_string(surcharge.applies_to))) + "}");
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
