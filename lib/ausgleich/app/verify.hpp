#pragma once
// `verify` as a use case (SPEC 5.1): read a saved settlement strictly, find
// each recorded input again (inside a bundle only, when given one), recompute
// with the policy of the recorded ARGE file, and compare every recorded figure.

#include "ausgleich/diagnostics.hpp"
#include "ausgleich/io/bundle.hpp"
#include "ausgleich/io/input_locator.hpp"
#include "ausgleich/io/settlement_reader.hpp"
#include "ausgleich/report/language.hpp"
#include "ausgleich/verification.hpp"

#include <optional>
#include <string>
#include <vector>

namespace ausgleich::app {

struct VerifyRequest {
    std::string target;                  ///< a settlement JSON or a bundle folder
    std::optional<std::string> base_dir; ///< --base-dir
    std::vector<std::string> rules;      ///< --rules, as given
    /// Where a settlement of ausgleich 0.1.0 (which recorded no rules
    /// directories) is looked up without --rules: the default rules search.
    std::vector<std::string> legacy_rules;
};

enum class InputState { unchanged, changed, missing };

/// A recorded input and the file found for it.
struct CheckedInput {
    InputRecord recorded;
    io::LocatedInput found;
    InputState state = InputState::missing;
};

struct VerifyOutcome {
    std::optional<RecordedSettlement> recorded;
    /// The bundle folder when verifying a bundle (reading only inside it).
    std::optional<std::string> bundle;
    std::optional<io::SumsCheck> sums;
    std::vector<CheckedInput> inputs; ///< in the order recorded
    /// The policy, ARGE name, inputs' status and use, and every figure that differs.
    std::vector<Difference> differences;
    bool recomputed = false;
    /// Net entries of 0.00 for pairs without a line, written before 0.3.0 and
    /// not compared (SPEC 6.1 no longer lists them).
    std::size_t zero_net_without_lines = 0;

    /// Changed used inputs, bundle files that fail SHA256SUMS, and differences.
    std::size_t mismatches() const;
};

/// Runs the whole verification. Problems that stop it (an unreadable or
/// malformed settlement, a used input that cannot be found) go to
/// `diagnostics`; everything that was compared is in the outcome.
VerifyOutcome verify_settlement(const VerifyRequest& request, Diagnostics& diagnostics);

/// What verify prints: the file read for every recorded input, notes (unused
/// inputs, another tool version, files a bundle's SHA256SUMS does not cover),
/// every changed input and differing figure, and the summary line.
std::string verify_report(const VerifyOutcome& outcome, report::Language language);

} // namespace ausgleich::app
