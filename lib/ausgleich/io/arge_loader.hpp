#pragma once
// Loader for ARGE files, `schema: ausgleich/arge/v1` (SPEC section 3.3).
//
// Staff records are converted one at a time as the parser reaches them, so a
// file with 100,000 staff never exists as a YAML tree in memory.

#include "ausgleich/arge.hpp"
#include "ausgleich/io/node_reader.hpp"
#include "ausgleich/io/source_file.hpp"

#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace ausgleich::io {

inline constexpr std::string_view k_arge_schema = "ausgleich/arge/v1";

/// Converts one item of `staff:`. Checks what can be checked without the rest
/// of the file; the employer and hours limits are checked against the header.
/// In quota mode an assignment's `tasks` are optional (SPEC 3.3).
Staff read_staff(FileContext& context, const Node& item, SharesPolicy shares);

/// Builds everything of an ARGE file but its staff from the top-level mapping
/// (read with the staff skipped): partners, policy, local tasks. Returns false
/// when any of it is wrong.
bool build_arge_header(FileContext& context, const Node& root, Arge& header);

/// The first of two passes over an ARGE file: its tree with the items of
/// `staff:` skipped unread (that key's value an empty list), every problem
/// outside them reported. Nothing when the text could not be read at all.
std::optional<Node> read_without_staff(std::string_view content, std::string_view path,
                                       Diagnostics& diagnostics);
/// The same for a file held whole or streamed (read_yaml_file).
std::optional<Node> read_without_staff(SourceFile& file, Diagnostics& diagnostics);

/// What to do with an ARGE file's contents as they are read.
struct ArgeConsumer {
    /// Called once, when the header is complete and before any staff.
    std::function<void(const Arge& header)> on_header;
    /// Called for each staff record that passed every check of the file itself.
    std::function<void(Staff&& staff)> on_staff;
    /// Called when what was delivered so far is void and the file is read
    /// again from the start (a header key after `staff:`); empty: nothing to undo.
    std::function<void()> on_restart;
};

/// Streams an ARGE file, handing the staff to `consumer` one at a time, checked
/// against the header (employer, full-time hours, duplicate ids). `header` is
/// filled in and stays where it is, so the consumer may keep references to it.
///
/// One pass when every header key comes before `staff:` (the usual layout):
/// the header is built when `staff:` starts. Otherwise (a key, a problem or a
/// stop after the staff) that reading is undone, its diagnostics too, and the
/// file is read in two passes, the first for the header: the diagnostics are
/// the same either way. `root` is the first pass's tree when the caller
/// already has it (then only the second pass is needed). Returns false on any
/// problem.
bool stream_arge(SourceFile& file, Diagnostics& diagnostics, Arge& header,
                 const ArgeConsumer& consumer, const Node* root = nullptr);

/// Reads an ARGE file whole, its staff in `staff` (for small files and tests).
std::optional<Arge> load_arge(SourceFile file, Diagnostics& diagnostics);

} // namespace ausgleich::io
