#include "ausgleich/app/explain.hpp"

#include "ausgleich/fixed_point_lines.hpp"
#include "ausgleich/io/arge_loader.hpp"
#include "ausgleich/io/source_file.hpp"
#include "ausgleich/text.hpp"

#include <algorithm>
#include <stdexcept>

namespace ausgleich::app {

namespace {

// The staff ids of the ARGE file, for a "did you mean" hint. Read again only on
// this error path: the settlement run keeps no list of them.
std::vector<std::string> staff_ids(const std::string& arge_path) {
    std::vector<std::string> ids;
    Diagnostics ignored; // the file was read without errors a moment ago
    auto source = io::read_source_file(arge_path, ignored, io::ReadMode::streamed);
    if (!source) {
        return ids;
    }
    Arge header;
    io::stream_arge(*source, ignored, header,
                    io::ArgeConsumer{[](const Arge&) {},
                                     [&](Staff&& staff) { ids.push_back(staff.id); },
                                     [&] {
                                         ids.clear();
                                     }});
    return ids;
}

void report_unknown_staff(const ExplainRequest& request, const std::string& staff_id,
                          Diagnostics& diagnostics) {
    const auto ids = staff_ids(request.arge_path);
    const std::string hint =
        closest_match(staff_id, std::vector<std::string_view>(ids.begin(), ids.end()));
    diagnostics.error(request.arge_path, SourcePos{},
                      "staff id '" + staff_id + "' is not in this file" +
                          (hint.empty() ? "" : " (did you mean '" + hint + "'?)"));
}

// The settlement's lines must be what staff_lines gives for the derivation
// shown; anything else is a bug, not a user error. The settlement took the
// fixed-point path where it could, so this recomputes with rationals: every
// explain cross-checks the two.
void check_same_lines(const std::vector<Line>& settled, const std::vector<Line>& derived) {
    const auto same_line = [](const Line& a, const Line& b) {
        return a.debtor == b.debtor && a.creditor == b.creditor && figures_difference(a, b).empty();
    };
    const bool same =
        std::equal(settled.begin(), settled.end(), derived.begin(), derived.end(), same_line);
    if (!same) {
        throw std::logic_error("explain: the derivation does not give the settlement's lines");
    }
}

} // namespace

report::StaffExplanation ExplainOutcome::explanation() const {
    if (!derivation) {
        throw std::logic_error("explain: no derivation to render");
    }
    return report::StaffExplanation{run->header,
                                    *run->tasks,
                                    *run->kept_staff,
                                    *derivation,
                                    lines,
                                    run->settlement->period,
                                    run->settlement->policy};
}

std::unique_ptr<ExplainOutcome> explain_staff(const ExplainRequest& request,
                                              Diagnostics& diagnostics) {
    // Ids are read in NFC (io/node_reader): "MÜ1" typed decomposed finds it too.
    const std::string staff_id = to_nfc(request.staff_id);
    auto outcome = std::make_unique<ExplainOutcome>();
    outcome->run = run_settlement(request.arge_path, request.rules_dirs, request.period,
                                  diagnostics, staff_id);
    const SettlementRun& run = *outcome->run;
    if (!run.settlement) {
        return outcome;
    }
    if (!run.kept_staff) {
        report_unknown_staff(request, staff_id, diagnostics);
        return outcome;
    }
    Diagnostics again; // the settlement succeeded, so the same derivation reports nothing
    outcome->derivation = derive_staff(
        *run.kept_staff, SettlementInputs{run.header, *run.tasks, run.rules.rates, request.period},
        again);
    for (const auto& line : run.settlement->lines) {
        if (line.staff_id == run.kept_staff->id) {
            outcome->lines.push_back(line);
        }
    }
    check_same_lines(outcome->lines, staff_lines(*outcome->derivation, run.settlement->policy,
                                                 Arithmetic::rational));
    return outcome;
}

} // namespace ausgleich::app
