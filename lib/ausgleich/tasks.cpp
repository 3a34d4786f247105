#include "ausgleich/tasks.hpp"

namespace ausgleich {

Rational Task::owner_percent(std::string_view partner) const {
    for (const auto& owner : owners) {
        if (owner.partner == partner) {
            return owner.percent;
        }
    }
    return 0;
}

void TaskRegistry::add(TaskCatalog catalog, Diagnostics& diagnostics) {
    for (const auto& existing : m_catalogs) {
        if (existing.id == catalog.id) {
            diagnostics.error(catalog.path, catalog.pos,
                              "task catalog id '" + catalog.id + "' is already used by " +
                                  existing.path);
            return;
        }
    }
    m_catalogs.push_back(std::move(catalog));
    for (const auto& task : m_catalogs.back().tasks) {
        const auto [position, inserted] = m_index.emplace(task.code, &task);
        if (!inserted) {
            diagnostics.error(task.path, task.pos,
                              "task code '" + task.code + "' is also defined by catalog '" +
                                  position->second->origin + "' (" + position->second->path +
                                  "); a code may be defined by one catalog only");
        }
    }
}

const Task* TaskRegistry::find(std::string_view code) const {
    const auto found = m_index.find(code);
    return found == m_index.end() ? nullptr : found->second;
}

std::vector<std::string_view> TaskRegistry::codes() const {
    std::vector<std::string_view> codes;
    for (const auto& [code, task] : m_index) {
        codes.push_back(code);
    }
    return codes;
}

TaskLookup::TaskLookup(const std::vector<Task>& local_tasks, const TaskRegistry& registry,
                       const std::vector<std::string>& partner_ids) {
    // Local entries override the catalogs (SPEC 5); both override the implicit partner tasks.
    for (const auto& task : local_tasks) {
        m_index.emplace(task.code, &task);
    }
    for (const auto& catalog : registry.catalogs()) {
        for (const auto& task : catalog.tasks) {
            m_index.emplace(task.code, &task);
        }
    }
    for (const auto& partner : partner_ids) {
        Task implicit;
        implicit.code = partner;
        implicit.owners.push_back(OwnerShare{partner, 100, {}});
        implicit.title = "tasks of " + partner;
        implicit.origin = "partner id";
        m_implicit.push_back(std::move(implicit));
        m_index.emplace(partner, &m_implicit.back());
    }
}

const Task* TaskLookup::find(std::string_view code) const {
    const auto found = m_index.find(code);
    return found == m_index.end() ? nullptr : found->second;
}

std::vector<std::string_view> TaskLookup::codes() const {
    std::vector<std::string_view> codes;
    for (const auto& [code, task] : m_index) {
        codes.push_back(code);
    }
    return codes;
}

} // namespace ausgleich
