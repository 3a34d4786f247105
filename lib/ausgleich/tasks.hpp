#pragma once
// Task codes and who owns them (SPEC section 3.2): statutory catalogs shipped in
// rules/tasks/, local entries in an ARGE file, and the implicit task of every
// partner id.

#include "ausgleich/decimal.hpp"
#include "ausgleich/diagnostics.hpp"

#include <deque>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace ausgleich {

/// One owner of a task and its percentage of it (100 for a sole owner).
struct OwnerShare {
    std::string partner;
    Rational percent;
    SourcePos pos;
};

struct Task {
    std::string code;
    std::vector<OwnerShare> owners; ///< percentages sum to exactly 100
    std::string title;              ///< may be empty
    std::string ref;                ///< legal reference, may be empty
    std::string origin;             ///< catalog id, "ARGE file" or "partner id"
    std::string path;               ///< file it was defined in ("" for implicit tasks)
    SourcePos pos;

    /// The percentage of this task owned by `partner` (0 when not an owner).
    Rational owner_percent(std::string_view partner) const;
};

struct TaskCatalog {
    std::string id;
    std::string path;
    SourcePos pos;
    std::vector<Task> tasks;
};

/// Every loaded task catalog. A code may be defined by one catalog only.
class TaskRegistry {
public:
    /// Adds a catalog; reports a duplicate catalog id and codes another catalog defines.
    void add(TaskCatalog catalog, Diagnostics& diagnostics);
    const Task* find(std::string_view code) const;
    const std::deque<TaskCatalog>& catalogs() const { return m_catalogs; }
    /// Every known code, for "did you mean" hints.
    std::vector<std::string_view> codes() const;

private:
    std::deque<TaskCatalog> m_catalogs;
    std::map<std::string, const Task*, std::less<>> m_index;
};

/// The tasks in force for one ARGE: its own entries first, then the loaded
/// catalogs, then one implicit task per partner id (owned 100 % by that partner).
class TaskLookup {
public:
    TaskLookup(const std::vector<Task>& local_tasks, const TaskRegistry& registry,
               const std::vector<std::string>& partner_ids);
    // It points into its own storage: copies would point into the original.
    TaskLookup(const TaskLookup&) = delete;
    TaskLookup& operator=(const TaskLookup&) = delete;
    const Task* find(std::string_view code) const;
    std::vector<std::string_view> codes() const;

private:
    std::map<std::string, const Task*, std::less<>> m_index;
    std::deque<Task> m_implicit;
};

} // namespace ausgleich
