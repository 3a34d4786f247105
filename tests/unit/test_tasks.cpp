// Task codes and their owners (SPEC section 3.2): catalogs in a registry, and the
// lookup an ARGE uses (its own entries, then the catalogs, then the partner ids).

#include "ausgleich/tasks.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

using ausgleich::Diagnostics;
using ausgleich::OwnerShare;
using ausgleich::parse_decimal;
using ausgleich::SourcePos;
using ausgleich::Task;
using ausgleich::TaskCatalog;
using ausgleich::TaskLookup;
using ausgleich::TaskRegistry;

namespace {

// A task `code` defined at line `line` of `path`, owned as given (percent as text).
Task task(const std::string& code, const std::vector<std::pair<std::string, const char*>>& owners,
          const std::string& origin, const std::string& path, int line) {
    Task result;
    result.code = code;
    result.origin = origin;
    result.path = path;
    result.pos = SourcePos{line, 3};
    for (const auto& [partner, percent] : owners) {
        result.owners.push_back(OwnerShare{partner, parse_decimal(percent), SourcePos{}});
    }
    return result;
}

// The statutory catalog of SPEC section 3.2, as loaded from sgb2-2005.yaml.
TaskCatalog sgb2_catalog() {
    const std::string path = "sgb2-2005.yaml";
    TaskCatalog catalog{"sgb2-2005", path, SourcePos{2, 5}, {}};
    catalog.tasks.push_back(task("alg2", {{"agentur", "100"}}, "sgb2-2005", path, 4));
    catalog.tasks.push_back(task("kdu", {{"kommune", "100"}}, "sgb2-2005", path, 5));
    catalog.tasks.push_back(
        task("leitung", {{"agentur", "87.4"}, {"kommune", "12.6"}}, "sgb2-2005", path, 6));
    return catalog;
}

} // namespace

// --- Task ----------------------------------------------------------------------

TEST_CASE("owner_percent is an owner's share of a task and 0 for anyone else", "[tasks]") {
    const Task leitung = task("leitung", {{"agentur", "87.4"}, {"kommune", "12.6"}}, "sgb2-2005",
                              "sgb2-2005.yaml", 6);
    CHECK(leitung.owner_percent("agentur") == parse_decimal("87.4"));
    CHECK(leitung.owner_percent("kommune") == parse_decimal("12.6"));
    CHECK(leitung.owner_percent("kreis") == 0);
}

// --- TaskRegistry --------------------------------------------------------------

TEST_CASE("a registry finds every code of a catalog added to it", "[tasks][registry]") {
    TaskRegistry registry;
    Diagnostics diagnostics;
    registry.add(sgb2_catalog(), diagnostics);
    CHECK(diagnostics.format_all() == "");
    REQUIRE(registry.find("kdu") != nullptr);
    CHECK(registry.find("kdu")->owner_percent("kommune") == 100);
    CHECK(registry.find("KdU") == nullptr);     // codes are compared exactly
    CHECK(registry.find("agentur") == nullptr); // partner ids are not catalog codes
    CHECK(registry.codes() == std::vector<std::string_view>{"alg2", "kdu", "leitung"});
    CHECK(registry.catalogs().size() == 1);
}

TEST_CASE("a code defined by two catalogs is an error naming both", "[tasks][registry]") {
    TaskRegistry registry;
    Diagnostics diagnostics;
    registry.add(sgb2_catalog(), diagnostics);
    TaskCatalog local{"landkreis", "landkreis.yaml", SourcePos{2, 5}, {}};
    local.tasks.push_back(
        task("schuldner", {{"kommune", "100"}}, "landkreis", "landkreis.yaml", 4));
    local.tasks.push_back(task("kdu", {{"agentur", "100"}}, "landkreis", "landkreis.yaml", 5));
    registry.add(std::move(local), diagnostics);
    CHECK(diagnostics.format_all() ==
          "landkreis.yaml:5:3: error: task code 'kdu' is also defined by catalog 'sgb2-2005' "
          "(sgb2-2005.yaml); a code may be defined by one catalog only\n");
    // The first definition stays in force.
    CHECK(registry.find("kdu")->owner_percent("kommune") == 100);
    CHECK(registry.find("schuldner") != nullptr);
}

TEST_CASE("a second catalog with an id already used is an error and is not added",
          "[tasks][registry]") {
    TaskRegistry registry;
    Diagnostics diagnostics;
    registry.add(sgb2_catalog(), diagnostics);
    TaskCatalog copy = sgb2_catalog();
    copy.path = "copy.yaml";
    registry.add(std::move(copy), diagnostics);
    CHECK(diagnostics.format_all() ==
          "copy.yaml:2:5: error: task catalog id 'sgb2-2005' is already used by sgb2-2005.yaml\n");
    CHECK(registry.catalogs().size() == 1);
}

// --- TaskLookup ----------------------------------------------------------------

TEST_CASE("a lookup finds catalog tasks", "[tasks][lookup]") {
    TaskRegistry registry;
    Diagnostics diagnostics;
    registry.add(sgb2_catalog(), diagnostics);
    const std::vector<Task> local;
    const TaskLookup lookup(local, registry, {"agentur", "kommune"});
    REQUIRE(lookup.find("leitung") != nullptr);
    CHECK(lookup.find("leitung")->owner_percent("agentur") == parse_decimal("87.4"));
    CHECK(lookup.find("leitung")->origin == "sgb2-2005");
    CHECK(lookup.find("unknown") == nullptr);
}

TEST_CASE("an ARGE's own task entry overrides the catalog entry with the same code",
          "[tasks][lookup]") {
    TaskRegistry registry;
    Diagnostics diagnostics;
    registry.add(sgb2_catalog(), diagnostics);
    const std::vector<Task> local = {
        task("leitung", {{"agentur", "50"}, {"kommune", "50"}}, "ARGE file", "arge.yaml", 9)};
    const TaskLookup lookup(local, registry, {"agentur", "kommune"});
    REQUIRE(lookup.find("leitung") != nullptr);
    CHECK(lookup.find("leitung")->owner_percent("agentur") == 50);
    CHECK(lookup.find("leitung")->origin == "ARGE file");
    // The other catalog tasks are still there.
    REQUIRE(lookup.find("kdu") != nullptr);
    CHECK(lookup.find("kdu")->origin == "sgb2-2005");
}

TEST_CASE("every partner id is an implicit task owned 100 percent by that partner",
          "[tasks][lookup]") {
    const TaskRegistry registry;
    const std::vector<Task> local;
    const TaskLookup lookup(local, registry, {"agentur", "kommune"});
    const Task* agentur = lookup.find("agentur");
    REQUIRE(agentur != nullptr);
    REQUIRE(agentur->owners.size() == 1);
    CHECK(agentur->owners[0].partner == "agentur");
    CHECK(agentur->owners[0].percent == 100);
    CHECK(agentur->owner_percent("kommune") == 0);
    CHECK(agentur->origin == "partner id");
    CHECK(agentur->title == "tasks of agentur");
    REQUIRE(lookup.find("kommune") != nullptr);
    CHECK(lookup.find("kommune")->owner_percent("kommune") == 100);
}

TEST_CASE("an ARGE's own task entry overrides the implicit task of a partner id",
          "[tasks][lookup]") {
    const TaskRegistry registry;
    const std::vector<Task> local = {
        task("kommune", {{"kommune", "90"}, {"agentur", "10"}}, "ARGE file", "arge.yaml", 9)};
    const TaskLookup lookup(local, registry, {"agentur", "kommune"});
    CHECK(lookup.find("kommune")->owner_percent("kommune") == 90);
}

TEST_CASE("a lookup lists the codes of all three sources once each, in byte order",
          "[tasks][lookup]") {
    TaskRegistry registry;
    Diagnostics diagnostics;
    registry.add(sgb2_catalog(), diagnostics);
    const std::vector<Task> local = {
        task("leitung", {{"agentur", "50"}, {"kommune", "50"}}, "ARGE file", "arge.yaml", 9),
        task("querschnitt", {{"agentur", "50"}, {"kommune", "50"}}, "ARGE file", "arge.yaml", 10)};
    const TaskLookup lookup(local, registry, {"kommune", "agentur"});
    CHECK(lookup.codes() == std::vector<std::string_view>{"agentur", "alg2", "kdu", "kommune",
                                                          "leitung", "querschnitt"});
}
