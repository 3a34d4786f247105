#pragma once
// The output formats of `settle` and `trueup`, one table per document: the
// names `--format` accepts, in the order its help lists them (the first is the
// default), and the renderer behind each name. The CLI builds its choices and
// its dispatch from these tables, so a new format is one renderer and one entry.

#include "ausgleich/report/settlement_document.hpp"
#include "ausgleich/report/text_output.hpp"
#include "ausgleich/report/trueup_document.hpp"

#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ausgleich::report {

/// One `--format` choice for documents of type `Document`: its name and its
/// renderer, which writes the document to a TextOutput (in chunks, for the
/// formats whose size grows with the staff: json, csv).
template <typename Document> struct DocumentFormat {
    std::string_view name;
    void (*render)(const Document& document, const RenderOptions& options, TextOutput& output);
};

using SettlementFormat = DocumentFormat<SettlementDocument>;
using TrueupFormat = DocumentFormat<TrueupDocument>;

/// settle's formats: table (the default), json, csv, html, markdown, ledger.
std::span<const SettlementFormat> settlement_formats();
/// trueup's formats: table (the default), json, csv, html, markdown.
std::span<const TrueupFormat> trueup_formats();

/// The names of `formats`, in table order: the choices of `--format`.
template <typename Document>
std::vector<std::string> format_names(std::span<const DocumentFormat<Document>> formats) {
    std::vector<std::string> names;
    for (const auto& format : formats) {
        names.emplace_back(format.name);
    }
    return names;
}

/// The entry of `formats` named `name`. Throws std::invalid_argument for any
/// other name (the CLI accepts only format_names, so that is a bug).
template <typename Document>
const DocumentFormat<Document>& find_format(std::span<const DocumentFormat<Document>> formats,
                                            std::string_view name) {
    for (const auto& format : formats) {
        if (format.name == name) {
            return format;
        }
    }
    throw std::invalid_argument("unknown output format '" + std::string(name) + "'");
}

} // namespace ausgleich::report
