#pragma once
// Loader for task catalogs, `schema: ausgleich/tasks/v1` (SPEC section 3.2), and
// for task entries wherever they appear (also in an ARGE file's `tasks:`).

#include "ausgleich/io/node_reader.hpp"
#include "ausgleich/tasks.hpp"

#include <optional>

namespace ausgleich::io {

inline constexpr std::string_view k_tasks_schema = "ausgleich/tasks/v1";

/// Reads the entries of a `tasks:` mapping (code -> { owner | owners, title, ref }).
/// Checks codes, owner ids and that `owners:` percentages are > 0 and sum to
/// exactly 100; whether the owners are partners is up to the ARGE that uses them.
std::vector<Task> read_task_entries(FileContext& context, const Node& tasks,
                                    const std::string& origin);

/// Builds a task catalog from the file's top-level mapping; nothing on any problem.
std::optional<TaskCatalog> load_tasks(FileContext& context, const Node& root);

} // namespace ausgleich::io
