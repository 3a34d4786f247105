#include "ausgleich/report/html_document.hpp"

#include "ausgleich/input_record.hpp"
#include "ausgleich/report/format.hpp"
#include "ausgleich/report/messages.hpp"
#include "ausgleich/report/statement_text.hpp"

namespace ausgleich::report::html {

namespace {

std::string word(Language language, Msg id) {
    return std::string(text(language, id));
}

std::string_view cell_class(ColumnKind kind) {
    switch (kind) {
    case ColumnKind::number:
        return "num";
    case ColumnKind::code:
        return "code";
    case ColumnKind::text:
        break;
    }
    return "";
}

// Screen and A4 print rules. No fonts or images to load: generic font families only.
constexpr std::string_view k_style =
    R"(body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.35; color: #000; background: #fff; max-width: 60em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 16pt; margin: 0 0 0.6em; }
h2 { font-size: 13pt; margin: 1.4em 0 0.4em; padding-bottom: 0.1em; border-bottom: 1px solid #777; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 11pt; margin: 1em 0 0.3em; break-after: avoid; page-break-after: avoid; }
table { width: 100%; border-collapse: collapse; margin: 0.3em 0 0.9em; font-size: 9.5pt; }
caption { text-align: left; font-weight: bold; padding: 0.2em 0; }
th, td { text-align: left; vertical-align: top; padding: 0.15em 0.5em 0.15em 0; border-bottom: 1px solid #ccc; }
th { border-bottom: 1px solid #000; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.code, .url { font-family: "DejaVu Sans Mono", Consolas, "Courier New", monospace; font-size: 8.5pt; word-break: break-all; overflow-wrap: anywhere; }
dl.partners, dl.facts { display: grid; grid-template-columns: max-content auto; gap: 0.15em 1em; margin: 0.4em 0; }
dl.partners dd, dl.facts dd { margin: 0; grid-column: 2; }
dl.partners dt, dl.facts dt { font-weight: bold; grid-column: 1; }
dd ul { margin: 0; padding-left: 1.2em; }
.net { border: 2px solid #000; padding: 0.3em 0.9em 0.5em; margin: 1.2em 0; }
.net h2 { border: none; margin-top: 0.3em; }
.net-sentence { font-size: 12.5pt; font-weight: bold; margin: 0.3em 0; }
.note { border-left: 3px solid #000; padding-left: 0.7em; }
.signature-blocks { display: flex; flex-wrap: wrap; gap: 8mm 12mm; }
.signature { flex: 1 1 70mm; }
.signer { font-weight: bold; margin: 0.5em 0 0; }
.sign-line { border-top: 1px solid #000; margin: 16mm 0 0; padding-top: 1mm; font-size: 9pt; }
.signatures { break-inside: avoid; page-break-inside: avoid; }
footer { margin-top: 2.5em; font-size: 8pt; color: #444; }
@page { size: A4; margin: 20mm 15mm 20mm 25mm; }
@media print {
  body { font-size: 10pt; max-width: none; margin: 0; padding: 0; }
  table { font-size: 8.5pt; }
  thead { display: table-header-group; }
  h1, h2, h3, tr, .net, .note, .signature, dl.facts { break-inside: avoid; page-break-inside: avoid; }
}
)";

} // namespace

// Text for element content and quoted attribute values. Control characters
// that XML 1.0 forbids (a YAML "\x01" escape could produce one) become U+FFFD,
// so the document stays well-formed whatever the input files hold.
std::string escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '&') {
            out += "&amp;";
        } else if (c == '<') {
            out += "&lt;";
        } else if (c == '>') {
            out += "&gt;";
        } else if (c == '"') {
            out += "&quot;";
        } else if (byte < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            out += "\xEF\xBF\xBD";
        } else {
            out += c;
        }
    }
    return out;
}

std::string element(std::string_view name, std::string_view content, std::string_view css) {
    const std::string open =
        css.empty() ? std::string(name) : std::string(name) + " class=\"" + std::string(css) + "\"";
    return "<" + open + ">" + escape(content) + "</" + std::string(name) + ">";
}

std::string table_start(const StatementTable& table, const std::string& caption) {
    std::string out = "<table>\n";
    if (!caption.empty()) {
        out += element("caption", caption) + "\n";
    }
    out += "<thead><tr>";
    for (const auto& column : table.columns) {
        // Titles align with their column but are set like all other titles.
        out += element("th", column.title, column.kind == ColumnKind::number ? "num" : "");
    }
    return out + "</tr></thead>\n<tbody>\n";
}

void append_table_row(std::string& out, const std::vector<StatementColumn>& columns,
                      const std::vector<std::string>& row) {
    out += "<tr>";
    for (std::size_t i = 0; i < columns.size(); ++i) {
        out += element("td", i < row.size() ? row[i] : "", cell_class(columns[i].kind));
    }
    out += "</tr>\n";
}

std::string table_end() {
    return "</tbody>\n</table>\n";
}

std::string table(const StatementTable& table, const std::string& caption) {
    std::string out = table_start(table, caption);
    for (const auto& row : table.rows) {
        append_table_row(out, table.columns, row);
    }
    return out + table_end();
}

std::string section_start(const std::string& heading, std::string_view css) {
    const std::string open =
        css.empty() ? "<section>" : "<section class=\"" + std::string(css) + "\">";
    return open + "\n" + element("h2", heading) + "\n";
}

std::string section(const std::string& heading, const std::string& body, std::string_view css) {
    return section_start(heading, css) + body + "</section>\n";
}

std::string partners(const Arge& arge, Language language) {
    std::string out =
        "<dl class=\"partners\">\n" + element("dt", word(language, Msg::partners)) + "\n";
    for (const auto& partner : arge.partners) {
        out += element("dd", partner_label(arge, partner.id)) + "\n";
    }
    return out + "</dl>\n";
}

std::string rates_table(const RatesTable& table, const Settlement& settlement, Language language) {
    std::string out = "<div class=\"rates-table\">\n" +
                      element("h3", table.id + ": " + table.title) + "\n<dl class=\"facts\">\n";
    out += element("dt", word(language, Msg::status_column)) +
           element("dd", std::string(status_text(table.status, language))) + "\n";
    out += element("dt", word(language, Msg::validity)) +
           element("dd", validity_text(table.validity, language)) + "\n";
    if (!table.sources.empty()) {
        out += element("dt", word(language, Msg::sources)) + "<dd><ul>\n";
        for (const auto& source : table.sources) {
            out += "<li>" + escape(source.title);
            if (!source.url.empty()) {
                // Shown as text, not as a link: the statement loads and points to nothing.
                out += " " + element("span", source.url, "url");
            }
            out += "</li>\n";
        }
        out += "</ul></dd>\n";
    }
    out += "</dl>\n";
    out += html::table(pay_group_rates_table(table, settlement, language),
                       word(language, Msg::rates_of_pay_groups_settled));
    if (const auto surcharges = surcharges_table(table, language); !surcharges.rows.empty()) {
        out += html::table(surcharges, word(language, Msg::surcharges));
    }
    return out + "</div>\n";
}

std::string signatures(const Arge& arge, Language language) {
    std::string blocks = "<div class=\"signature-blocks\">\n";
    for (const auto& partner : arge.partners) {
        blocks += "<div class=\"signature\">\n" +
                  element("p", partner_label(arge, partner.id), "signer") + "\n" +
                  element("p", word(language, Msg::place_date), "sign-line") + "\n" +
                  element("p", word(language, Msg::signature), "sign-line") + "\n</div>\n";
    }
    return section(word(language, Msg::signatures), blocks + "</div>\n", "signatures");
}

std::string document_start(const std::string& title, Language language) {
    return "<!DOCTYPE html>\n<html lang=\"" + std::string(language == Language::de ? "de" : "en") +
           "\">\n<head>\n<meta charset=\"utf-8\"/>\n" + element("title", title) + "\n<style>\n" +
           std::string(k_style) + "</style>\n</head>\n<body>\n";
}

std::string document_end(Language language) {
    return "<footer>\n" + element("p", word(language, Msg::produced_by) + " " + k_tool_version) +
           "\n</footer>\n</body>\n</html>\n";
}

} // namespace ausgleich::report::html
