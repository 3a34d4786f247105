#include "ausgleich/app/validate.hpp"

#include "ausgleich/app/checked_arge.hpp"
#include "ausgleich/io/input_loader.hpp"
#include "ausgleich/io/rules_loader.hpp"

namespace ausgleich::app {

namespace {

std::string rules_summary(const io::InputFile& input) {
    if (input.rates) {
        return "rates table '" + input.rates->id + "' (" +
               std::string(to_string(input.rates->status)) + "), " +
               std::to_string(input.rates->pay_groups.size()) + " pay groups, " +
               input.rates->validity.first.iso() + ".." + input.rates->validity.last.iso();
    }
    return "task catalog '" + input.tasks->id + "', " + std::to_string(input.tasks->tasks.size()) +
           " tasks";
}

// Streams the ARGE file's staff through the checks against the rules; returns a summary.
std::string validate_arge(io::InputFile& input, const io::Rules& rules,
                          const std::optional<DateRange>& period, Diagnostics& diagnostics) {
    Arge header;
    std::unique_ptr<TaskLookup> tasks;
    std::size_t staff_count = 0;
    stream_checked_arge(
        input.source, rules, period, diagnostics, header, tasks,
        [](const Arge&, const TaskLookup&) {}, [&](Staff&&, bool) { ++staff_count; }, &*input.root);
    return "ARGE file '" + header.name + "', " + std::to_string(header.partners.size()) +
           " partners, " + std::to_string(staff_count) + " staff";
}

} // namespace

std::vector<ValidFile> validate_files(const ValidateRequest& request, Diagnostics& diagnostics) {
    std::vector<ValidFile> valid;
    std::optional<io::Rules> rules;
    bool rules_readable = true;
    for (const auto& path : request.files) {
        const std::size_t errors_before = diagnostics.error_count();
        auto input = io::load_input_file(path, diagnostics);
        if (!input || input->kind == io::FileKind::unknown) {
            continue;
        }
        std::string summary;
        if (input->kind == io::FileKind::arge && input->root) {
            if (!rules) {
                const std::size_t unreadable_before = diagnostics.io_error_count();
                rules = io::load_rules(request.rules_dirs, diagnostics);
                rules_readable = diagnostics.io_error_count() == unreadable_before;
            }
            // Without all its rules, an ARGE file would only show follow-on
            // errors; an unreadable file given before it is no reason to skip it.
            if (!rules_readable) {
                continue;
            }
            summary = validate_arge(*input, *rules, request.period, diagnostics);
        } else if (input->rates || input->tasks) {
            summary = rules_summary(*input);
        }
        if (diagnostics.error_count() == errors_before) {
            valid.push_back(ValidFile{path, summary});
        }
    }
    return valid;
}

} // namespace ausgleich::app
