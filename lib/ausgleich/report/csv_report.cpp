#include "ausgleich/report/csv_report.hpp"

#include "ausgleich/report/format.hpp"

namespace ausgleich::report {

std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) {
        return text;
    }
    std::string quoted = "\"";
    for (const char c : text) {
        quoted += c;
        if (c == '"') {
            quoted += '"';
        }
    }
    return quoted + "\"";
}

std::string settlement_csv(const Settlement& settlement) {
    std::string out = "staff_id,employer,pay_group,debtor,creditor,days,fte,share,amount\r\n";
    for (const auto& line : settlement.lines) {
        const std::vector<std::string> fields = {line.staff_id,
                                                 line.employer,
                                                 line.pay_group,
                                                 line.debtor,
                                                 line.creditor,
                                                 std::to_string(line.days),
                                                 fte(line.fte, settlement.policy),
                                                 share(line.share),
                                                 money(line.amount)};
        for (std::size_t i = 0; i < fields.size(); ++i) {
            out += (i ? "," : "") + csv_field(fields[i]);
        }
        out += "\r\n";
    }
    return out;
}

} // namespace ausgleich::report
