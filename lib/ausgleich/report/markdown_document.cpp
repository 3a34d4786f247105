#include "ausgleich/report/markdown_document.hpp"

#include "ausgleich/input_record.hpp"
#include "ausgleich/report/format.hpp"
#include "ausgleich/report/messages.hpp"
#include "ausgleich/report/statement_text.hpp"

#include <algorithm>

namespace ausgleich::report::markdown {

// Text from input files as Markdown text: characters that would start emphasis,
// code, a link, raw HTML or a table cell are escaped with a backslash (which
// CommonMark and GitHub accept before any ASCII punctuation), and line breaks
// become spaces so that a title cannot end a table row or a paragraph.
std::string escape(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '\n' || c == '\r') {
            out += ' ';
            continue;
        }
        if (std::string_view("\\`*_[]<>|~").find(c) != std::string_view::npos) {
            out += '\\';
        }
        out += c;
    }
    return out;
}

// A code span that no backtick in `text` can end: one backtick more than its
// longest run, padded with spaces when the text starts or ends with one.
std::string code(std::string_view text) {
    std::size_t longest = 0;
    std::size_t run = 0;
    for (const char c : text) {
        run = c == '`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const std::string fence(longest + 1, '`');
    const bool pad = !text.empty() && (text.front() == '`' || text.back() == '`');
    std::string inner;
    for (const char c : text) {
        inner += c == '\n' || c == '\r' ? ' ' : c;
    }
    return fence + (pad ? " " : "") + inner + (pad ? " " : "") + fence;
}

namespace {

// A table cell: a '|' ends a cell even inside a code span, so it is escaped
// there too (GitHub shows "\|" in a cell as "|").
std::string cell(const std::string& text, ColumnKind kind) {
    if (kind != ColumnKind::code) {
        return escape(text);
    }
    if (text.empty()) {
        return "";
    }
    std::string out;
    for (const char c : code(text)) {
        out += c == '|' ? std::string("\\|") : std::string(1, c);
    }
    return out;
}

} // namespace

std::string pipe_table(const StatementTable& table) {
    std::string titles = "|";
    std::string rule = "|";
    for (const auto& column : table.columns) {
        titles += " " + escape(column.title) + " |";
        rule += column.kind == ColumnKind::number ? " ---: |" : " --- |";
    }
    std::string out = titles + "\n" + rule + "\n";
    for (const auto& row : table.rows) {
        out += "|";
        for (std::size_t i = 0; i < table.columns.size(); ++i) {
            const std::string text = i < row.size() ? cell(row[i], table.columns[i].kind) : "";
            out += text.empty() ? " |" : " " + text + " |";
        }
        out += "\n";
    }
    return out;
}

std::string heading(int level, const std::string& text) {
    return std::string(static_cast<std::size_t>(level), '#') + " " + escape(text) + "\n\n";
}

std::string rates_table(const RatesTable& table, const Settlement& settlement, Language language) {
    const auto word = [language](Msg id) {
        return std::string(text(language, id));
    };
    std::string out = heading(3, table.id + ": " + table.title);
    out += "- " + word(Msg::status_column) + ": " +
           escape(std::string(status_text(table.status, language))) + "\n";
    out +=
        "- " + word(Msg::validity) + ": " + escape(validity_text(table.validity, language)) + "\n";
    if (!table.sources.empty()) {
        out += "- " + word(Msg::sources) + ":\n";
        for (const auto& source : table.sources) {
            // The URL as a code span: shown, not turned into a link.
            out += "  - " + escape(source.title) +
                   (source.url.empty() ? std::string() : " " + code(source.url)) + "\n";
        }
    }
    out += "\n**" + word(Msg::rates_of_pay_groups_settled) + "**\n\n" +
           pipe_table(pay_group_rates_table(table, settlement, language)) + "\n";
    if (const auto surcharges = surcharges_table(table, language); !surcharges.rows.empty()) {
        out += "**" + word(Msg::surcharges) + "**\n\n" + pipe_table(surcharges) + "\n";
    }
    return out;
}

std::string partners(const Arge& arge, Language language) {
    std::string out = std::string(text(language, Msg::partners)) + ":\n\n";
    for (const auto& partner : arge.partners) {
        out += "- " + escape(partner_label(arge, partner.id)) + "\n";
    }
    return out + "\n";
}

std::string footer(Language language) {
    return "---\n\n*" +
           escape(std::string(text(language, Msg::produced_by)) + " " + k_tool_version) + "*\n";
}

} // namespace ausgleich::report::markdown
