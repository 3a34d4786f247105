#pragma once
// What `verify` found, as the lines it prints, in English or German: every
// difference, every changed input file, and the closing summary.

#include "ausgleich/input_record.hpp"
#include "ausgleich/recorded_settlement.hpp"
#include "ausgleich/report/language.hpp"
#include "ausgleich/report/messages.hpp"
#include "ausgleich/verification.hpp"

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>

namespace ausgleich::report {

/// "differs: line V01 agentur -> kommune: amount: recorded 2297.75, now 2275.00";
/// in German with German words and number format.
std::string difference_text(const Difference& difference, Language language);

/// "changed: PATH (ID): sha256 recorded 2b30e9ddb7da…, now 39a19edabab7…", for a
/// recorded input found at `located` with another SHA-256.
std::string changed_input_text(const InputRecord& input, const std::string& located,
                               const std::string& now_sha256, Language language);

/// "read: rates pks-2005 rules/rates/pks-2005.yaml sha256 …: unchanged", with
/// "(found by file name; recorded as …)" when `found_by` is not empty: the
/// file verify read for a recorded input (SPEC 5.1).
std::string input_read_text(const InputRecord& recorded, const std::string& found_path,
                            const std::string& found_sha256, std::string_view found_by,
                            Language language);

/// "read: DIR/SHA256SUMS: 4 files listed, 0 differ": a bundle's checksum list.
std::string sums_read_text(const std::string& list_path, std::size_t listed, std::size_t differing,
                           Language language);

/// "differs: SHA256SUMS NAME: sha256 2b30e9ddb7da…, 39a19edabab7…" (or "(absent)").
std::string sums_mismatch_text(const std::string& name, const std::string& listed,
                               const std::optional<std::string>& now, Language language);

/// "note: …" in the language.
std::string note_text(Language language, Msg id, std::initializer_list<Placeholder> values = {});

/// The last line of the report: "verified: PATH reproduces exactly (2 lines, …)"
/// when `mismatches` is 0, else "NOT verified: PATH: 4 difference(s) (…)".
std::string verification_summary(const RecordedSettlement& recorded, std::size_t mismatches,
                                 Language language);

} // namespace ausgleich::report
