#pragma once
// The one wiring of an ARGE file to the rules, shared by `validate`, `settle`
// and everything built on settle (explain, verify, trueup): the file is
// streamed, its header gives the task lookup, and every staff member is checked
// against the rules (SPEC 3, 4.1) before the caller sees it.

#include "ausgleich/arge.hpp"
#include "ausgleich/diagnostics.hpp"
#include "ausgleich/io/rules_loader.hpp"
#include "ausgleich/io/source_file.hpp"
#include "ausgleich/io/yaml_reader.hpp"
#include "ausgleich/tasks.hpp"

#include <functional>
#include <memory>
#include <optional>

namespace ausgleich::app {

/// Streams `source` against `rules` into `header` (the file without its staff)
/// and `tasks` (its task lookup), both the caller's so that what refers to them
/// outlives the stream. `on_header` is called once both are complete;
/// `on_staff` for each staff member that passed the file's own checks, with
/// whether it also passed the rules check. With a `period`, only its days need
/// a rate (RulesCheck). `root`, when given, is the file's already parsed tree
/// without staff (io::load_input_file). `on_restart` is called when everything
/// handed over so far is void and the file is read again (io::stream_arge).
/// Returns false when the file itself was malformed.
bool stream_checked_arge(
    io::SourceFile& source, const io::Rules& rules, const std::optional<DateRange>& period,
    Diagnostics& diagnostics, Arge& header, std::unique_ptr<TaskLookup>& tasks,
    const std::function<void(const Arge& header, const TaskLookup& tasks)>& on_header,
    const std::function<void(Staff&& staff, bool passed)>& on_staff, const io::Node* root = nullptr,
    const std::function<void()>& on_restart = {});

} // namespace ausgleich::app
