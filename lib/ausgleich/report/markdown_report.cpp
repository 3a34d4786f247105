#include "ausgleich/report/markdown_report.hpp"

#include "ausgleich/report/format.hpp"
#include "ausgleich/report/statement_tables.hpp"
#include "ausgleich/report/statement_text.hpp"

#include <algorithm>

namespace ausgleich::report {

namespace {

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

std::string rates_table_markdown(const RatesTable& table, const Settlement& settlement,
                                 Language language) {
    const auto word = [language](std::string_view english) {
        return std::string(statement_word(language, english));
    };
    std::string out = heading(3, table.id + ": " + table.title);
    out += "- " + word("Status") + ": " + escape(std::string(status_text(table.status, language))) +
           "\n";
    out += "- " + word("Validity") + ": " + escape(validity_text(table.validity, language)) + "\n";
    if (!table.sources.empty()) {
        out += "- " + word("Sources") + ":\n";
        for (const auto& source : table.sources) {
            // The URL as a code span: shown, not turned into a link.
            out += "  - " + escape(source.title) +
                   (source.url.empty() ? std::string() : " " + code(source.url)) + "\n";
        }
    }
    out += "\n**" + word("Rates of the pay groups settled") + "**\n\n" +
           pipe_table(pay_group_rates_table(table, settlement, language)) + "\n";
    if (const auto surcharges = surcharges_table(table, language); !surcharges.rows.empty()) {
        out += "**" + word("Surcharges") + "**\n\n" + pipe_table(surcharges) + "\n";
    }
    return out;
}

} // namespace

std::string settlement_markdown(const Settlement& settlement, const Arge& arge,
                                const std::vector<InputRecord>& inputs, Language language,
                                bool aggregate) {
    const auto word = [language](std::string_view english) {
        return std::string(statement_word(language, english));
    };
    const auto shared_word = [language](std::string_view english) {
        return std::string(text(language, english));
    };
    std::string out = heading(1, settlement_heading(settlement, language));
    out += word("Partners") + ":\n\n";
    for (const auto& partner : arge.partners) {
        out += "- " + escape(partner_label(arge, partner.id)) + "\n";
    }
    out += "\n" + heading(2, shared_word("Net payment"));
    for (const auto& payment : settlement.net) {
        out += "**" + escape(net_sentence(payment, arge, settlement.period, language)) + "**\n\n";
    }

    if (settlement.lines.empty()) {
        out += escape(no_lines_sentence(language)) + "\n\n";
    } else {
        out += heading(2, shared_word("Totals per direction")) +
               pipe_table(totals_table(settlement, arge, language)) + "\n";
        out += heading(2, shared_word("Summary by pay group and employer")) +
               pipe_table(pay_group_summary_table(settlement, language)) + "\n";
        if (!aggregate) {
            out += heading(2, word("Detail lines")) +
                   pipe_table(lines_table(settlement, language)) + "\n";
        }
    }

    if (!settlement.rates_used.empty()) {
        out += heading(2, word("Rates tables used"));
        for (const RatesTable* table : settlement.rates_used) {
            out += rates_table_markdown(*table, settlement, language);
        }
    }
    out += heading(2, shared_word("Policy")) +
           escape(policy_paragraph(settlement.policy, language)) + "\n\n";
    out += heading(2, word("Input files")) + pipe_table(inputs_table(inputs, language)) + "\n";
    for (const RatesTable* table : settlement.rates_used) {
        if (table->status == RatesStatus::provisional) {
            out += "> " + escape(provisional_note(*table, language)) + "\n\n";
        }
    }
    out += "---\n\n*" + escape(word("Produced by") + " " + k_tool_version) + "*\n";
    return out;
}

} // namespace ausgleich::report
