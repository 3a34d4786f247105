#include "ausgleich/io/arge_loader.hpp"

#include "ausgleich/io/policy_loader.hpp"
#include "ausgleich/io/tasks_loader.hpp"
#include "ausgleich/io/yaml_file.hpp"

#include <algorithm>
#include <unordered_map>

namespace ausgleich::io {

namespace {

std::optional<Rational> read_positive(FileContext& context, const Node& node,
                                      std::string_view what) {
    auto value = read_decimal(context, node, what);
    if (value && value->sign() <= 0) {
        context.error(node.pos, std::string(what) + " must be greater than 0, found " + node.text);
        return std::nullopt;
    }
    return value;
}

void read_assignment_tasks(FileContext& context, const Node& node, Assignment& assignment) {
    if (!node.is_mapping() || node.entries.empty()) {
        context.error(node.pos, "tasks must map at least one task code to its percent, e.g. "
                                "{ kdu: 50, alg2: 50 }");
        return;
    }
    Rational sum = 0;
    bool complete = true;
    for (const auto& entry : node.entries) {
        check_code(context, entry.key, entry.key_pos, "task code");
        const auto percent = read_decimal(context, entry.value, "task percentage");
        if (percent && percent->sign() <= 0) {
            context.error(entry.value.pos,
                          "task percentage must be greater than 0, found " + entry.value.text);
        }
        complete = complete && percent.has_value();
        sum += percent.value_or(0);
        assignment.tasks.push_back(TaskShare{entry.key, percent.value_or(0), entry.key_pos});
    }
    if (complete && !same_value(sum, Rational(100))) {
        context.error(node.pos, "task percentages add up to " + format_exact(sum) + ", not 100");
    }
}

// `tasks_required` is false in quota mode (SPEC 3.3), where the tasks are
// optional and checked as usual when given.
std::optional<Assignment> read_assignment(FileContext& context, const Node& node,
                                          bool tasks_required) {
    // Static: this runs for every assignment, and a list built here allocates.
    static const std::vector<std::string_view> k_keys{"from",         "to",  "pay_group",
                                                      "weekly_hours", "fte", "tasks"};
    MappingReader fields(context, node, "an assignment", k_keys);
    if (!fields.ok()) {
        return std::nullopt;
    }
    const Node* from_node = fields.required("from");
    const auto from = from_node ? read_date(context, *from_node, "from") : std::nullopt;
    std::optional<Date> to;
    if (const Node* to_node = fields.optional("to"); to_node && !to_node->is_null()) {
        to = read_date(context, *to_node, "to");
        if (from && to && *to < *from) {
            context.error(to_node->pos, "'to' " + to->iso() + " is before 'from' " + from->iso());
        }
    }
    // Without a valid `from` the assignment is dropped, but only after the rest
    // of it was checked: every problem is reported at once (SPEC 5).
    Assignment assignment{
        from.value_or(Date(2000, 1, 1)), to, {}, {}, {}, node.pos, node.pos, node.pos, {}, {}};
    if (const Node* pay_group = fields.optional("pay_group")) {
        assignment.pay_group = read_id(context, *pay_group, "pay_group");
        assignment.pay_group_pos = pay_group->pos;
    }
    const Node* hours = fields.optional("weekly_hours");
    const Node* fte = fields.optional("fte");
    if ((hours == nullptr) == (fte == nullptr)) {
        context.error(node.pos, hours ? "give either 'weekly_hours' or 'fte', not both"
                                      : "missing 'weekly_hours' or 'fte'");
    } else if (hours != nullptr) {
        assignment.weekly_hours = read_positive(context, *hours, "weekly_hours");
        assignment.hours_pos = hours->pos;
    } else {
        assignment.fte = read_decimal(context, *fte, "fte");
        if (assignment.fte &&
            (assignment.fte->sign() <= 0 || compare(*assignment.fte, Rational(1)) > 0)) {
            context.error(fte->pos, "fte must be greater than 0 and at most 1, found " + fte->text);
            assignment.fte.reset();
        }
    }
    if (const Node* tasks = tasks_required ? fields.required("tasks") : fields.optional("tasks")) {
        assignment.tasks_pos = tasks->pos;
        read_assignment_tasks(context, *tasks, assignment);
    }
    if (!from) {
        return std::nullopt;
    }
    return assignment;
}

void check_overlaps(FileContext& context, const Staff& staff) {
    std::vector<const Assignment*> sorted;
    for (const auto& assignment : staff.assignments) {
        sorted.push_back(&assignment);
    }
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Assignment* a, const Assignment* b) { return a->from < b->from; });
    for (std::size_t i = 1; i < sorted.size(); ++i) {
        const Assignment& earlier = *sorted[i - 1];
        const Assignment& later = *sorted[i];
        if (!earlier.to || later.from <= *earlier.to) {
            context.error(later.pos, "assignment " + later.describe() + " of staff " + staff.id +
                                         " overlaps assignment " + earlier.describe() + " (line " +
                                         std::to_string(earlier.pos.line) + ")");
        }
    }
}

std::vector<Partner> read_partners(FileContext& context, const Node& node) {
    std::vector<Partner> partners;
    if (!node.is_mapping()) {
        context.error(node.pos,
                      "partners must be a mapping of partner id to { name, full_time_hours }");
        return partners;
    }
    // Checked first: the net payments and the per-pair checks grow with the
    // square of the partners, and a 100 KB file can name thousands.
    if (node.entries.size() > k_max_partners) {
        context.error(node.pos, "an ARGE may have at most " + std::to_string(k_max_partners) +
                                    " partners, found " + std::to_string(node.entries.size()));
        return partners;
    }
    for (const auto& entry : node.entries) {
        Partner partner;
        partner.id = entry.key;
        partner.name = entry.key;
        partner.pos = entry.key_pos;
        check_code(context, entry.key, entry.key_pos, "partner id");
        MappingReader fields(context, entry.value, "partner " + entry.key,
                             {"name", "full_time_hours"});
        if (const Node* name = fields.optional("name")) {
            partner.name = read_text(context, *name, "name").value_or(entry.key);
        }
        if (const Node* hours = fields.optional("full_time_hours")) {
            partner.full_time_hours = read_positive(context, *hours, "full_time_hours");
        }
        partners.push_back(std::move(partner));
    }
    if (partners.size() < 2) {
        context.error(node.pos, "an ARGE needs at least two partners, found " +
                                    std::to_string(partners.size()));
    }
    return partners;
}

void check_staff_against_partners(FileContext& context, const Arge& arge, const Staff& staff) {
    if (staff.employer.empty() || arge.partners.empty()) {
        return;
    }
    if (arge.partner(staff.employer) == nullptr) {
        // Only here are the ids needed: this runs for every staff record.
        const std::vector<std::string> ids = arge.partner_ids();
        std::string message = "unknown employer '" + staff.employer + "'" +
                              (staff.id.empty() ? std::string() : " of staff " + staff.id);
        const std::string hint =
            closest_match(staff.employer, std::vector<std::string_view>(ids.begin(), ids.end()));
        message += hint.empty() ? " (partners: " : " (did you mean '" + hint + "'? partners: ";
        for (std::size_t i = 0; i < ids.size(); ++i) {
            message += (i ? ", " : "") + ids[i];
        }
        context.error(staff.employer_pos, message + ")");
        return;
    }
    const auto full_time = arge.full_time_hours(staff);
    for (const auto& assignment : staff.assignments) {
        if (!assignment.weekly_hours) {
            continue;
        }
        if (!full_time) {
            context.error(assignment.pos,
                          "staff " + staff.id +
                              " works weekly_hours but has no "
                              "full_time_hours: set it on the staff member or on partner " +
                              staff.employer);
        } else if (compare(*assignment.weekly_hours, *full_time) > 0) {
            context.error(assignment.hours_pos,
                          "weekly_hours " + format_exact(*assignment.weekly_hours) + " of staff " +
                              staff.id + " exceed the full-time hours " + format_exact(*full_time));
        }
    }
}

} // namespace

Staff read_staff(FileContext& context, const Node& item, SharesPolicy shares) {
    Staff staff;
    staff.pos = item.pos;
    static const std::vector<std::string_view> k_keys{"id", "employer", "pay_group",
                                                      "full_time_hours", "assignments"};
    MappingReader fields(context, item, "a staff member", k_keys);
    if (!fields.ok()) {
        return staff;
    }
    if (const Node* id = fields.required("id")) {
        staff.id = read_id(context, *id, "staff id").value_or("");
        staff.pos = id->pos;
    }
    if (const Node* employer = fields.required("employer")) {
        staff.employer = read_id(context, *employer, "employer").value_or("");
        staff.employer_pos = employer->pos;
    }
    if (const Node* pay_group = fields.required("pay_group")) {
        staff.pay_group = read_id(context, *pay_group, "pay_group").value_or("");
        staff.pay_group_pos = pay_group->pos;
    }
    if (const Node* hours = fields.optional("full_time_hours")) {
        staff.full_time_hours = read_positive(context, *hours, "full_time_hours");
    }
    if (const Node* assignments = fields.required("assignments")) {
        if (!assignments->is_sequence()) {
            context.error(assignments->pos,
                          "assignments must be a list, found " + assignments->kind_name());
        }
        for (const auto& node : assignments->items) {
            if (auto assignment = read_assignment(context, node, shares == SharesPolicy::tasks)) {
                staff.assignments.push_back(std::move(*assignment));
            }
        }
    }
    check_overlaps(context, staff);
    return staff;
}

bool build_arge_header(FileContext& context, const Node& root, Arge& arge) {
    const std::size_t errors_before = context.diagnostics().error_count();
    MappingReader fields(context, root, "an ARGE file",
                         {"schema", "arge", "partners", "policy", "tasks", "staff"});
    if (!fields.ok()) {
        return false;
    }
    check_schema(context, fields, k_arge_schema);
    arge.path = context.path();
    if (const Node* name = fields.required("arge")) {
        arge.name = read_text(context, *name, "arge").value_or("");
    }
    if (const Node* partners = fields.required("partners")) {
        arge.partners = read_partners(context, *partners);
    }
    if (const Node* policy = fields.optional("policy")) {
        arge.policy = read_policy(context, *policy, arge.partners);
    }
    if (const Node* tasks = fields.optional("tasks")) {
        arge.local_tasks = read_task_entries(context, *tasks, "ARGE file");
        for (const auto& task : arge.local_tasks) {
            for (const auto& owner : task.owners) {
                if (arge.partner(owner.partner) == nullptr) {
                    context.error(owner.pos, "owner '" + owner.partner + "' of task '" + task.code +
                                                 "' is not a partner of this ARGE");
                }
            }
        }
    }
    if (const Node* list = fields.required("staff"); list && !list->is_sequence()) {
        context.error(list->pos, "staff must be a list, found " + list->kind_name());
    }
    return context.diagnostics().error_count() == errors_before;
}

std::optional<Node> read_without_staff(std::string_view content, std::string_view path,
                                       Diagnostics& diagnostics) {
    const StreamedSequence skip{"staff", {}, false, {}};
    return read_yaml(content, path, diagnostics, &skip);
}

std::optional<Node> read_without_staff(SourceFile& file, Diagnostics& diagnostics) {
    const StreamedSequence skip{"staff", {}, false, {}};
    return read_yaml_file(file, diagnostics, &skip);
}

bool stream_arge(SourceFile& file, Diagnostics& diagnostics, Arge& header,
                 const ArgeConsumer& consumer, const Node* root) {
    FileContext context(file.path, diagnostics);
    const Diagnostics::Mark start = diagnostics.mark();
    bool header_ok = false;
    // Staff ids seen so far (in NFC, see read_id), with the line they were first
    // given at and whether they were written in another normal form there.
    struct FirstSeen {
        int line;
        bool normalised;
    };
    std::unordered_map<std::string, FirstSeen> first_seen;
    StreamedSequence items{
        "staff",
        [&](const Node& item) {
            const std::size_t before = diagnostics.error_count();
            Staff staff = read_staff(context, item, header.policy.shares);
            if (!staff.id.empty()) {
                const Node* written = item.find("id");
                const bool normalised = written != nullptr && written->text != staff.id;
                const auto [position, inserted] =
                    first_seen.emplace(staff.id, FirstSeen{staff.pos.line, normalised});
                if (!inserted) {
                    const bool spelled_differently = normalised || position->second.normalised;
                    context.error(staff.pos,
                                  "duplicate staff id '" + staff.id + "' (first given at line " +
                                      std::to_string(position->second.line) +
                                      (spelled_differently
                                           ? "; the two are the same after Unicode normalisation)"
                                           : ")"));
                }
            }
            check_staff_against_partners(context, header, staff);
            if (header_ok && diagnostics.error_count() == before && consumer.on_staff) {
                consumer.on_staff(std::move(staff));
            }
        },
        false,
        {}};
    const auto start_header = [&](const Node& header_root) {
        header_ok = build_arge_header(context, header_root, header);
        if (header_ok && consumer.on_header) {
            consumer.on_header(header);
        }
        return true;
    };
    std::optional<Node> first_pass;
    if (root == nullptr) {
        items.on_start = start_header;
        StreamOutcome outcome;
        first_pass = read_yaml_file(file, diagnostics, &items, &outcome);
        if (outcome.started && outcome.items_last) {
            return diagnostics.error_count() == start.errors;
        }
        if (outcome.started) {
            // Undo all of it; the two passes below report as if it never happened.
            diagnostics.rollback(start);
            header = Arge{};
            header_ok = false;
            first_seen.clear();
            if (consumer.on_restart) {
                consumer.on_restart();
            }
            first_pass = read_without_staff(file, diagnostics);
        }
        // Not started: `staff:` is no list, and this reading was the first pass.
        if (!first_pass) {
            return false;
        }
        root = &*first_pass;
        items.on_start = {};
    }
    start_header(*root);
    items.report_items_only = true;
    read_yaml_file(file, diagnostics, &items);
    return diagnostics.error_count() == start.errors;
}

std::optional<Arge> load_arge(SourceFile file, Diagnostics& diagnostics) {
    Arge arge;
    std::vector<Staff> staff;
    const ArgeConsumer keep{{},
                            [&](Staff&& member) { staff.push_back(std::move(member)); },
                            [&] {
                                staff.clear();
                            }};
    if (!stream_arge(file, diagnostics, arge, keep)) {
        return std::nullopt;
    }
    arge.staff = std::move(staff);
    return arge;
}

} // namespace ausgleich::io
