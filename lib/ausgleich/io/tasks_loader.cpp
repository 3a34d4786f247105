#include "ausgleich/io/tasks_loader.hpp"

namespace ausgleich::io {

namespace {

std::optional<Task> read_task(FileContext& context, const MappingEntry& entry,
                              const std::string& origin) {
    Task task;
    task.code = entry.key;
    task.origin = origin;
    task.path = context.path();
    task.pos = entry.key_pos;
    bool ok = check_code(context, entry.key, entry.key_pos, "task code");
    MappingReader fields(context, entry.value, "task " + entry.key,
                         {"owner", "owners", "title", "ref"});
    if (!fields.ok()) {
        return std::nullopt;
    }
    const Node* owner = fields.optional("owner");
    const Node* owners = fields.optional("owners");
    if ((owner == nullptr) == (owners == nullptr)) {
        context.error(entry.value.pos, "task '" + entry.key +
                                           "' needs exactly one of 'owner' "
                                           "(one partner) and 'owners' (percentages per partner)");
        ok = false;
    } else if (owner != nullptr) {
        const auto partner = read_id(context, *owner, "owner");
        ok = ok && partner && check_code(context, *partner, owner->pos, "owner");
        task.owners.push_back(OwnerShare{partner.value_or(""), 100, owner->pos});
    } else if (!owners->is_mapping() || owners->entries.empty()) {
        context.error(owners->pos, "owners must be a mapping of partner id to percent");
        ok = false;
    } else {
        Rational sum = 0;
        for (const auto& share : owners->entries) {
            ok = check_code(context, share.key, share.key_pos, "owner") && ok;
            const auto percent = read_decimal(context, share.value, "owner percentage");
            if (percent && *percent <= 0) {
                context.error(share.value.pos,
                              "owner percentage must be greater than 0, found " + share.value.text);
                ok = false;
            }
            ok = ok && percent.has_value();
            sum += percent.value_or(0);
            task.owners.push_back(OwnerShare{share.key, percent.value_or(0), share.key_pos});
        }
        if (ok && sum != 100) {
            context.error(owners->pos, "owner percentages of task '" + entry.key + "' add up to " +
                                           format_exact(sum) + ", not 100");
            ok = false;
        }
    }
    if (const Node* title = fields.optional("title")) {
        task.title = read_text(context, *title, "title").value_or("");
    }
    if (const Node* ref = fields.optional("ref")) {
        task.ref = read_text(context, *ref, "ref").value_or("");
    }
    return ok ? std::optional<Task>(std::move(task)) : std::nullopt;
}

} // namespace

std::vector<Task> read_task_entries(FileContext& context, const Node& tasks,
                                    const std::string& origin) {
    std::vector<Task> result;
    if (!tasks.is_mapping()) {
        if (!tasks.is_null()) {
            context.error(tasks.pos,
                          "tasks must be a mapping of task code to { owner | owners }, found " +
                              tasks.kind_name());
        }
        return result;
    }
    for (const auto& entry : tasks.entries) {
        if (auto task = read_task(context, entry, origin)) {
            result.push_back(std::move(*task));
        }
    }
    return result;
}

std::optional<TaskCatalog> load_tasks(FileContext& context, const Node& root) {
    const std::size_t errors_before = context.diagnostics().error_count();
    MappingReader fields(context, root, "a task catalog", {"schema", "id", "title", "tasks"});
    if (!fields.ok()) {
        return std::nullopt;
    }
    check_schema(context, fields, k_tasks_schema);
    TaskCatalog catalog;
    catalog.path = context.path();
    catalog.pos = root.pos;
    if (const Node* id = fields.required("id")) {
        catalog.id = read_id(context, *id, "id").value_or("");
        catalog.pos = id->pos;
    }
    if (const Node* tasks = fields.required("tasks")) {
        catalog.tasks = read_task_entries(context, *tasks, catalog.id);
    }
    if (context.diagnostics().error_count() != errors_before) {
        return std::nullopt;
    }
    return catalog;
}

} // namespace ausgleich::io
