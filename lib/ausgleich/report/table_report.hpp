#pragma once
// The settlement as a text table for people (SPEC section 6.2): a heading with
// ARGE, period, policy and rates, aligned detail columns, the totals per
// direction and one sentence per net payment.

#include "ausgleich/report/settlement_document.hpp"

#include <string>
#include <vector>

namespace ausgleich::report {

/// Columns of text padded to a common width (counted in UTF-8 characters).
class TextTable {
public:
    enum class Align { left, right };
    explicit TextTable(std::vector<std::pair<std::string, Align>> columns);
    void add_row(std::vector<std::string> cells);
    /// The header, a rule and the rows, each line indented by `indent`.
    std::string render(const std::string& indent = "") const;

private:
    std::vector<std::pair<std::string, Align>> m_columns;
    std::vector<std::vector<std::string>> m_rows;
};

/// Renders the settlement; `document.arge` supplies the partners' names. With
/// Detail::by_pay_group the detail lines give way to sums by pay group and
/// employer.
std::string settlement_table(const SettlementDocument& document, const RenderOptions& options = {});

} // namespace ausgleich::report
