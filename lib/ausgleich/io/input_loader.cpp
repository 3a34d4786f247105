#include "ausgleich/io/input_loader.hpp"

#include "ausgleich/io/arge_loader.hpp"
#include "ausgleich/io/node_reader.hpp"
#include "ausgleich/io/rates_loader.hpp"
#include "ausgleich/io/tasks_loader.hpp"

namespace ausgleich::io {

std::string_view to_string(FileKind kind) {
    switch (kind) {
    case FileKind::arge:
        return "arge";
    case FileKind::rates:
        return "rates";
    case FileKind::tasks:
        return "tasks";
    case FileKind::unknown:
        break;
    }
    return "unknown";
}

std::optional<InputFile> load_input_file(const std::string& path, Diagnostics& diagnostics) {
    auto source = read_source_file(path, diagnostics);
    if (!source) {
        return std::nullopt;
    }
    InputFile input{std::move(*source), FileKind::unknown, {}, {}, {}};
    FileContext context(path, diagnostics);
    // Staff records are skipped here: an ARGE file is streamed by its user. In a
    // file that turns out not to be an ARGE file, `staff:` is an unknown key anyway.
    auto root = read_without_staff(input.source.content, path, diagnostics);
    if (!root) {
        return input;
    }
    const Node* schema = root->find("schema");
    const std::string declared = schema && schema->is_scalar() ? schema->text : "";
    if (declared == k_arge_schema) {
        input.kind = FileKind::arge;
        input.root = std::move(*root);
    } else if (declared == k_rates_schema) {
        input.kind = FileKind::rates;
        input.rates = load_rates(context, *root);
    } else if (declared == k_tasks_schema) {
        input.kind = FileKind::tasks;
        input.tasks = load_tasks(context, *root);
    } else {
        const std::string expected = std::string(" (expected ") + std::string(k_arge_schema) +
                                     ", " + std::string(k_rates_schema) + " or " +
                                     std::string(k_tasks_schema) + ")";
        if (schema == nullptr) {
            context.error(root->pos,
                          "missing key 'schema': every file starts with 'schema:'" + expected);
        } else {
            context.error(schema->pos, "unknown schema '" + declared + "'" + expected);
        }
    }
    return input;
}

} // namespace ausgleich::io
