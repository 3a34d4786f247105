#include "ausgleich/app/verify.hpp"

#include "ausgleich/app/settle.hpp"
#include "ausgleich/app/trueup.hpp"
#include "ausgleich/app/verify_trueup.hpp"
#include "ausgleich/io/rules_loader.hpp"
#include "ausgleich/io/source_file.hpp"
#include "ausgleich/report/verify_report.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

namespace ausgleich::app {

namespace fs = std::filesystem;

namespace {

bool is_directory(const std::string& path) {
    std::error_code error;
    return fs::is_directory(path, error);
}

bool exists(const std::string& path) {
    std::error_code error;
    return fs::exists(path, error);
}

std::string describe(const InputRecord& input) {
    return input.role + (input.id.empty() ? "" : " " + input.id) + " (" + input.path + ")";
}

// What is recorded of each rules input (status, use) against the recomputation.
void compare_inputs(const RecordedSettlement& recorded, const std::vector<CheckedInput>& inputs,
                    const std::vector<InputRecord>& now, std::vector<Difference>& differences) {
    const bool legacy = recorded.tool == k_legacy_tool_version;
    for (const auto& input : inputs) {
        if (input.recorded.role == "arge" || input.state != InputState::unchanged) {
            continue;
        }
        for (const auto& current : now) {
            if (current.role != input.recorded.role || current.id != input.recorded.id) {
                continue;
            }
            const auto add = [&](const char* field, const std::string& was, const std::string& is) {
                if (was != is) {
                    Difference difference;
                    difference.entry = Difference::Entry::input;
                    difference.debtor = describe(input.recorded);
                    difference.field = field;
                    difference.recorded = was;
                    difference.now = is;
                    differences.push_back(std::move(difference));
                }
            };
            if (input.recorded.status || !legacy) {
                add("status", input.recorded.status.value_or(""), current.status.value_or(""));
            }
            if (!legacy) {
                add("used", input.recorded.used ? "true" : "false",
                    current.used ? "true" : "false");
            }
        }
    }
}

// Whether `name` (relative to a bundle) is where an unused input is recorded.
// Before 0.3.0 every pair of partners had a net entry, 0.00 for a pair with no
// line between them; SPEC 6.1 now lists only pairs with a line. Such an entry
// carries no money, so it is left out of the comparison (and the report says
// how many were). Any other net entry, and every entry of a newer file, is
// compared as recorded.
std::size_t drop_zero_net_without_lines(RecordedSettlement& recorded) {
    if (recorded.kind == "trueup" || (recorded.tool != k_legacy_tool_version &&
                                      recorded.tool != k_net_for_every_pair_tool_version)) {
        return 0;
    }
    std::set<std::pair<std::string, std::string>> pairs_with_lines;
    for (const auto& line : recorded.lines) {
        pairs_with_lines.insert(std::minmax(line.debtor, line.creditor));
    }
    const auto before = recorded.net.size();
    recorded.net.erase(std::remove_if(recorded.net.begin(), recorded.net.end(),
                                      [&](const RecordedTotal& net) {
                                          return net.amount == 0 &&
                                                 pairs_with_lines.count(
                                                     std::minmax(net.debtor, net.creditor)) == 0;
                                      }),
                       recorded.net.end());
    return before - recorded.net.size();
}

bool is_unused_input(const RecordedSettlement& recorded, const std::string& name) {
    return std::any_of(recorded.inputs.begin(), recorded.inputs.end(),
                       [&](const RecordedInput& input) {
                           return !input.record.used &&
                                  fs::path(input.record.recorded_location()).lexically_normal() ==
                                      fs::path(name).lexically_normal();
                       });
}

} // namespace

std::size_t VerifyOutcome::mismatches() const {
    std::size_t count = differences.size();
    if (sums) {
        count += sums->mismatches.size();
    }
    for (const auto& input : inputs) {
        count += input.state == InputState::changed && input.recorded.used ? 1 : 0;
    }
    return count;
}

VerifyOutcome verify_settlement(const VerifyRequest& request, Diagnostics& diagnostics) {
    VerifyOutcome outcome;
    std::string settlement_path = request.target;
    std::optional<std::string> base_dir = request.base_dir;
    if (is_directory(request.target)) {
        settlement_path = (fs::path(request.target) / io::k_bundle_settlement).generic_string();
        outcome.bundle = request.target;
    } else if (!request.base_dir && request.rules.empty()) {
        const std::string folder = fs::path(request.target).parent_path().generic_string();
        const std::string dir = folder.empty() ? "." : folder;
        if (exists((fs::path(dir) / io::k_bundle_sums).generic_string())) {
            outcome.bundle = dir;
        }
    }
    if (outcome.bundle && !base_dir) {
        base_dir = outcome.bundle;
    }
    const auto file = io::read_source_file(settlement_path, diagnostics);
    if (!file) {
        return outcome;
    }
    outcome.recorded = io::read_settlement(*file, diagnostics);
    if (!outcome.recorded) {
        return outcome;
    }
    outcome.zero_net_without_lines = drop_zero_net_without_lines(*outcome.recorded);
    const RecordedSettlement& recorded = *outcome.recorded;
    if (recorded.kind == "trueup" && recorded.tool == k_legacy_tool_version) {
        // A true-up is verified by rendering it again; 0.1.0 wrote another
        // layout (no status, rules_dirs or used), which cannot be reproduced.
        diagnostics.error(file->path, SourcePos{1, 1},
                          "a true-up written by " + recorded.tool +
                              " cannot be verified: its layout predates the audit record; "
                              "run the true-up again and verify that");
        return outcome;
    }
    if (recorded.kind == "settlement" && recorded.aggregated) {
        diagnostics.error(file->path, SourcePos{1, 1},
                          "an aggregated settlement (--aggregate) has no staff lines to "
                          "reproduce; verify the full settlement it was made with");
        return outcome;
    }
    if (outcome.bundle) {
        outcome.sums = io::check_bundle_sums(*outcome.bundle, diagnostics);
    }

    io::InputLocator locator(io::SearchScope{base_dir, request.rules,
                                             recorded.rules_dirs.value_or(request.legacy_rules),
                                             fs::path(settlement_path).parent_path().string()});
    const bool hint = !base_dir && request.rules.empty();
    std::string arge_path;
    std::vector<io::RulesFile> rules_files;
    std::vector<PaidFile> paid_files;
    bool changed_used = false;
    std::vector<RecordedInput> entries = recorded.inputs;
    entries.insert(entries.end(), recorded.paid.begin(), recorded.paid.end());
    for (const auto& entry : entries) {
        CheckedInput input{entry.record, locator.locate(entry.record), InputState::missing};
        if (input.found.found_by != io::FoundBy::missing) {
            input.state = input.found.sha256 == entry.record.sha256 ? InputState::unchanged
                                                                    : InputState::changed;
        }
        if (input.state == InputState::missing && entry.record.used) {
            std::string searched;
            for (const auto& root : locator.content_roots()) {
                searched += (searched.empty() ? "" : ", ") + root;
            }
            diagnostics.error(file->path, entry.pos,
                              "recorded " + describe(entry.record) + " not found" +
                                  (searched.empty()
                                       ? ""
                                       : " (searched by name and content below " + searched + ")") +
                                  (hint ? "; use --base-dir or --rules" : ""),
                              ErrorKind::io);
        }
        // Only a file with its recorded SHA-256 is parsed. A changed one is
        // not the file the settlement was made from, and may not be an input
        // at all (a forged path to someone's private YAML): its parse errors
        // would quote its content, so it is reported as changed, unread.
        const bool load = input.state == InputState::unchanged;
        changed_used = changed_used || (input.state == InputState::changed && entry.record.used);
        if (load && entry.record.role == "arge") {
            arge_path = input.found.path();
        } else if (load && entry.record.role == "paid") {
            paid_files.push_back(PaidFile{input.found.path(), entry.record.path});
        } else if (load) {
            rules_files.push_back(io::RulesFile{input.found.directory, input.found.relative});
        }
        outcome.inputs.push_back(std::move(input));
    }
    if (outcome.sums) {
        // An unused input of the bundle is a note, changed or missing (SPEC
        // 5.1), so its SHA256SUMS entry is not a mismatch of its own.
        auto& mismatches = outcome.sums->mismatches;
        mismatches.erase(std::remove_if(mismatches.begin(), mismatches.end(),
                                        [&](const io::SumMismatch& mismatch) {
                                            return is_unused_input(recorded, mismatch.name);
                                        }),
                         mismatches.end());
    }
    if (diagnostics.has_errors() || changed_used) {
        return outcome; // a changed used input is a mismatch (exit 3) by itself
    }
    if (arge_path.empty()) {
        diagnostics.error(file->path, SourcePos{1, 1},
                          "no ARGE file is recorded in the settlement");
        return outcome;
    }
    io::Rules rules = io::load_rules_files(rules_files, diagnostics);
    if (recorded.kind == "trueup") {
        compare_trueup(recorded, file->content, arge_path, std::move(rules), paid_files, outcome,
                       diagnostics);
        return outcome;
    }
    const auto run = app::run_settlement(arge_path, std::move(rules), recorded.period, diagnostics);
    if (!run->settlement) {
        return outcome;
    }
    outcome.recomputed = true;
    outcome.differences = compare_policy(recorded, run->header.name, run->header.policy);
    compare_inputs(recorded, outcome.inputs, run->inputs, outcome.differences);
    for (auto& difference : compare_settlements(recorded, *run->settlement)) {
        outcome.differences.push_back(std::move(difference));
    }
    return outcome;
}

std::string verify_report(const VerifyOutcome& outcome, report::Language language) {
    using report::Msg;
    using report::note_text;
    std::string out;
    const auto line = [&out](const std::string& text) {
        out += text + "\n";
    };
    if (!outcome.recorded) {
        return out;
    }
    const RecordedSettlement& recorded = *outcome.recorded;
    if (recorded.tool != k_tool_version) {
        line(note_text(language, Msg::note_other_version,
                       {{"recorded", recorded.tool}, {"running", std::string(k_tool_version)}}));
    }
    if (outcome.zero_net_without_lines > 0) {
        const std::string count = std::to_string(outcome.zero_net_without_lines);
        line(note_text(language, Msg::note_zero_net_not_compared, {{"count", count}}));
    }
    if (outcome.sums) {
        for (const auto& name : outcome.sums->unlisted) {
            line(note_text(language, Msg::note_not_in_sums, {{"name", name}}));
        }
        line(report::sums_read_text(*outcome.bundle + "/SHA256SUMS", outcome.sums->listed,
                                    outcome.sums->mismatches.size(), language));
        for (const auto& mismatch : outcome.sums->mismatches) {
            line(
                report::sums_mismatch_text(mismatch.name, mismatch.listed, mismatch.now, language));
        }
    }
    for (const auto& input : outcome.inputs) {
        const InputRecord& record = input.recorded;
        if (input.state == InputState::missing) {
            if (!record.used) {
                line(note_text(
                    language, Msg::note_unused_input_missing,
                    {{"input", record.role + " " + record.id + " (" + record.path + ")"}}));
            }
            continue;
        }
        const std::string_view found_by =
            input.found.found_by == io::FoundBy::file_name ? "found by file name"
            : input.found.found_by == io::FoundBy::content ? "found by content"
                                                           : "";
        line(report::input_read_text(record, input.found.path(), input.found.sha256, found_by,
                                     language));
        if (input.state == InputState::changed) {
            if (record.used) {
                line(report::changed_input_text(record, input.found.path(), input.found.sha256,
                                                language));
            } else {
                line(note_text(language, Msg::note_unused_input_changed,
                               {{"path", input.found.path()}}));
            }
        }
    }
    for (const auto& difference : outcome.differences) {
        line(report::difference_text(difference, language));
    }
    const bool changed_used =
        std::any_of(outcome.inputs.begin(), outcome.inputs.end(), [](const CheckedInput& input) {
            return input.state == InputState::changed && input.recorded.used;
        });
    if (changed_used && !outcome.recomputed) {
        line(note_text(language, Msg::note_not_recomputed));
    }
    if (outcome.recomputed || outcome.mismatches() > 0) {
        line(report::verification_summary(recorded, outcome.mismatches(), language));
    }
    return out;
}

} // namespace ausgleich::app
