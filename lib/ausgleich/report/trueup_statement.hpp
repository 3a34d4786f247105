#pragma once
// The printable true-up statement (`trueup --format html|markdown`), laid out
// like settle's (html_report.hpp, markdown_report.hpp) from the same building
// blocks: heading (with the status), partners, the net true-up payments, then
// final, paid and difference per partner pair and per direction, the paid
// settlements (path, period, SHA-256), the detail lines (or, with Detail::by_pay_group,
// the sums by pay group and employer), the rates tables, policy and input
// files used, the note on provisional rates, and in HTML a signature block per
// partner. No timestamp: the same inputs give the same bytes.

#include "ausgleich/report/trueup_document.hpp"

#include <string>

namespace ausgleich::report {

/// The statement as one self-contained HTML file (XML syntax, text escaped, no
/// script, link, image or url()). With Detail::by_pay_group no staff id appears.
std::string trueup_html(const TrueupDocument& document, const RenderOptions& options);

/// The same sections as Markdown, without the signature block (as settle's).
std::string trueup_markdown(const TrueupDocument& document, const RenderOptions& options);

} // namespace ausgleich::report
