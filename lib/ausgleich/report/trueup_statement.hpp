#pragma once
// The printable true-up statement (`trueup --format html|markdown`), laid out
// like settle's (html_report.hpp, markdown_report.hpp) from the same building
// blocks: heading (with the status), partners, the net true-up payments, then
// final, paid and difference per partner pair and per direction, the paid
// settlements (path, period, SHA-256), the detail lines (or, with `aggregate`,
// the sums by pay group and employer), the rates tables, policy and input
// files used, the note on provisional rates, and in HTML a signature block per
// partner. No timestamp: the same inputs give the same bytes.

#include "ausgleich/arge.hpp"
#include "ausgleich/input_record.hpp"
#include "ausgleich/report/language.hpp"
#include "ausgleich/settlement.hpp"
#include "ausgleich/trueup.hpp"

#include <string>
#include <vector>

namespace ausgleich::report {

/// The statement as one self-contained HTML file (XML syntax, text escaped, no
/// script, link, image or url()). With `aggregate` no staff id appears.
std::string trueup_html(const Settlement& final_settlement, const Trueup& trueup, const Arge& arge,
                        const std::vector<InputRecord>& inputs, Language language, bool aggregate);

/// The same sections as Markdown, without the signature block (as settle's).
std::string trueup_markdown(const Settlement& final_settlement, const Trueup& trueup,
                            const Arge& arge, const std::vector<InputRecord>& inputs,
                            Language language, bool aggregate);

} // namespace ausgleich::report
