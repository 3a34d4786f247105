// Loading task catalogs, `schema: ausgleich/tasks/v1` (SPEC section 3.2), and task
// entries wherever they appear, from text.

#include "../test_support.hpp"
#include "ausgleich/io/tasks_loader.hpp"

#include <catch2/catch.hpp>
#include <string>

using ausgleich::Diagnostics;
using ausgleich::parse_decimal;
using ausgleich::TaskCatalog;
using ausgleich::test::Loaded;
using ausgleich::test::with_replaced;

namespace {

// The example of SPEC section 3.2: tasks on lines 4 (alg2), 5 (kdu) and 6 (leitung).
const std::string k_valid = R"(schema: ausgleich/tasks/v1
id: sgb2-2005
tasks:
  alg2: { owner: agentur, title: Arbeitslosengeld II / Sozialgeld, ref: "§ 6 Abs. 1 Nr. 1 SGB II" }
  kdu: { owner: kommune, title: Unterkunft und Heizung, ref: "§ 22 SGB II" }
  leitung: { owners: { agentur: 87.4, kommune: 12.6 }, title: Geschäftsführung }
)";

Loaded<TaskCatalog> load(const std::string& yaml) {
    return ausgleich::test::load_yaml_text<TaskCatalog>(yaml, ausgleich::io::load_tasks);
}

// The valid catalog with `from` replaced by `to`.
Loaded<TaskCatalog> load_variant(const std::string& from, const std::string& to) {
    return load(with_replaced(k_valid, from, to));
}

} // namespace

// --- a valid catalog -----------------------------------------------------------

TEST_CASE("the example catalog of SPEC 3.2 loads without a message", "[tasks_loader]") {
    const auto loaded = load(k_valid);
    CHECK(loaded.messages() == "");
    REQUIRE(loaded.value.has_value());
    const TaskCatalog& catalog = *loaded.value;
    CHECK(catalog.id == "sgb2-2005");
    CHECK(catalog.path == "test.yaml");
    CHECK(catalog.pos.line == 2);
    REQUIRE(catalog.tasks.size() == 3);
    CHECK(catalog.tasks[0].code == "alg2");
    CHECK(catalog.tasks[1].code == "kdu");
    CHECK(catalog.tasks[2].code == "leitung");
}

TEST_CASE("a task with one owner belongs 100 percent to it", "[tasks_loader]") {
    const auto loaded = load(k_valid);
    REQUIRE(loaded.value.has_value());
    const auto& alg2 = loaded.value->tasks[0];
    REQUIRE(alg2.owners.size() == 1);
    CHECK(alg2.owners[0].partner == "agentur");
    CHECK(alg2.owners[0].percent == 100);
    CHECK(alg2.title == "Arbeitslosengeld II / Sozialgeld");
    CHECK(alg2.ref == "§ 6 Abs. 1 Nr. 1 SGB II");
    CHECK(alg2.origin == "sgb2-2005");
    CHECK(alg2.path == "test.yaml");
    CHECK(alg2.pos.line == 4);
    CHECK(alg2.pos.column == 3);
}

TEST_CASE("a task with several owners keeps their exact percentages", "[tasks_loader]") {
    const auto loaded = load(k_valid);
    REQUIRE(loaded.value.has_value());
    const auto& leitung = loaded.value->tasks[2];
    REQUIRE(leitung.owners.size() == 2);
    CHECK(leitung.owners[0].partner == "agentur");
    CHECK(leitung.owners[0].percent == parse_decimal("87.4"));
    CHECK(leitung.owners[1].partner == "kommune");
    CHECK(leitung.owners[1].percent == parse_decimal("12.6"));
    CHECK(leitung.owner_percent("kommune") == parse_decimal("12.6"));
    CHECK(leitung.title == "Geschäftsführung");
    CHECK(leitung.ref == "");
}

TEST_CASE("read_task_entries reads the tasks of an ARGE file with that origin", "[tasks_loader]") {
    Diagnostics diagnostics;
    const auto root = ausgleich::test::read_yaml_text(
        "tasks:\n  querschnitt: { owners: { agentur: 50, kommune: 50 } }\n", diagnostics);
    REQUIRE(root.has_value());
    auto context = ausgleich::test::test_context(diagnostics);
    const auto tasks = ausgleich::io::read_task_entries(context, *root->find("tasks"), "ARGE file");
    CHECK(diagnostics.format_all() == "");
    REQUIRE(tasks.size() == 1);
    CHECK(tasks[0].code == "querschnitt");
    CHECK(tasks[0].origin == "ARGE file");
    CHECK(tasks[0].owner_percent("agentur") == 50);
}

TEST_CASE("read_task_entries of an empty tasks key is no tasks and no error", "[tasks_loader]") {
    Diagnostics diagnostics;
    const auto root = ausgleich::test::read_yaml_text("tasks:\n", diagnostics);
    REQUIRE(root.has_value());
    auto context = ausgleich::test::test_context(diagnostics);
    CHECK(ausgleich::io::read_task_entries(context, *root->find("tasks"), "ARGE file").empty());
    CHECK(diagnostics.format_all() == "");
}

// --- errors --------------------------------------------------------------------

TEST_CASE("owner percentages not adding up to exactly 100 are reported with their sum",
          "[tasks_loader][errors]") {
    // "  leitung: { owners: " is 21 characters: the inner '{' is at column 22.
    const auto short_of = load_variant("kommune: 12.6", "kommune: 12.5");
    CHECK_FALSE(short_of.value.has_value());
    CHECK(short_of.messages() == "test.yaml:6:22: error: owner percentages of task 'leitung' add "
                                 "up to 99.9, not 100\n"); // 87.4 + 12.5
    const auto over = load_variant("kommune: 12.6", "kommune: 12.7");
    CHECK(over.messages() == "test.yaml:6:22: error: owner percentages of task 'leitung' add up "
                             "to 100.1, not 100\n"); // 87.4 + 12.7
}

TEST_CASE("an owner percentage of zero is reported at the value", "[tasks_loader][errors]") {
    // "  leitung: { owners: { agentur: 100, kommune: " is 46 characters: the value is at 47.
    const auto loaded = load_variant("agentur: 87.4, kommune: 12.6", "agentur: 100, kommune: 0");
    CHECK_FALSE(loaded.value.has_value());
    CHECK(loaded.messages() ==
          "test.yaml:6:47: error: owner percentage must be greater than 0, found 0\n");
}

TEST_CASE("a task with both owner and owners is reported at the task", "[tasks_loader][errors]") {
    // "  kdu: " is 7 characters: the task's '{' is at column 8.
    const auto loaded =
        load_variant("kdu: { owner: kommune,", "kdu: { owner: kommune, owners: { kommune: 100 },");
    CHECK_FALSE(loaded.value.has_value());
    CHECK(loaded.messages() == "test.yaml:5:8: error: task 'kdu' needs exactly one of 'owner' (one "
                               "partner) and 'owners' (percentages per partner)\n");
}

TEST_CASE("a task with neither owner nor owners is reported at the task",
          "[tasks_loader][errors]") {
    const auto loaded = load_variant("kdu: { owner: kommune,", "kdu: {");
    CHECK_FALSE(loaded.value.has_value());
    CHECK(loaded.messages() == "test.yaml:5:8: error: task 'kdu' needs exactly one of 'owner' (one "
                               "partner) and 'owners' (percentages per partner)\n");
}

TEST_CASE("a task code with capital letters is reported at the code", "[tasks_loader][errors]") {
    const auto loaded = load_variant("  kdu:", "  KdU:");
    CHECK_FALSE(loaded.value.has_value());
    CHECK(loaded.messages() ==
          "test.yaml:5:3: error: task code 'KdU' may only use a-z, 0-9, '_' and '-'\n");
}

TEST_CASE("an owner id with capital letters is reported at the owner", "[tasks_loader][errors]") {
    // "  kdu: { owner: " is 16 characters: the owner is at column 17.
    const auto loaded = load_variant("owner: kommune", "owner: Kommune");
    CHECK_FALSE(loaded.value.has_value());
    CHECK(loaded.messages() ==
          "test.yaml:5:17: error: owner 'Kommune' may only use a-z, 0-9, '_' and '-'\n");
}

TEST_CASE("a misspelt key of a task is reported with a hint", "[tasks_loader][errors]") {
    // "  kdu: { owner: kommune, " is 25 characters: "titl" is at column 26.
    const auto loaded = load_variant("title: Unterkunft", "titl: Unterkunft");
    CHECK_FALSE(loaded.value.has_value());
    CHECK(loaded.messages() ==
          "test.yaml:5:26: error: unknown key 'titl' in task kdu (did you mean 'title'?)\n");
}

TEST_CASE("a catalog without tasks is reported as missing the key", "[tasks_loader][errors]") {
    const auto loaded = load("schema: ausgleich/tasks/v1\nid: sgb2-2005\n");
    CHECK_FALSE(loaded.value.has_value());
    CHECK(loaded.messages() == "test.yaml:1:1: error: missing key 'tasks' in a task catalog\n");
}

TEST_CASE("tasks given as a list are reported", "[tasks_loader][errors]") {
    const auto loaded = load("schema: ausgleich/tasks/v1\nid: sgb2-2005\ntasks: [alg2, kdu]\n");
    CHECK_FALSE(loaded.value.has_value());
    // "tasks: " is 7 characters: the '[' is at column 8.
    CHECK(loaded.messages() == "test.yaml:3:8: error: tasks must be a mapping of task code to "
                               "{ owner | owners }, found a list\n");
}

TEST_CASE("a catalog with the rates schema is reported at the schema", "[tasks_loader][errors]") {
    const auto loaded = load_variant("schema: ausgleich/tasks/v1", "schema: ausgleich/rates/v1");
    CHECK_FALSE(loaded.value.has_value());
    CHECK(loaded.messages() == "test.yaml:1:9: error: schema must be 'ausgleich/tasks/v1', found "
                               "'ausgleich/rates/v1'\n");
}
