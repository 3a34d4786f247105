// app::verify_settlement (SPEC 5.1) on real files in a scratch folder: the
// small ARGE of tests/cli/verify settled for 2005-Q2, then verified after
// edits a careless or dishonest user might make. Figures by hand (91 days,
// 36500.00 a year = 100.00 a day): V01 E9 0.5 FTE, agentur's share 0.5 →
// 100 × 91 × 0.5 × 0.5 = 2275.00; V02 A9 1 FTE, kommune's share 0.25 → base
// 2275.00 + versorgung 30 % 682.50 = 2957.50; net kommune → agentur 682.50.

#include "../test_support.hpp"
#include "ausgleich/app/settle.hpp"
#include "ausgleich/app/verify.hpp"
#include "ausgleich/io/bundle.hpp"
#include "ausgleich/io/bundle_manifest.hpp"
#include "ausgleich/report/json_report.hpp"

#include <catch2/catch.hpp>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;
using namespace ausgleich;
using test::with_replaced;

/// A file of the source tree, whatever the test's working directory.
fs::path source(const std::string& relative) {
    return fs::path(AUSGLEICH_TEST_SOURCE_DIR) / relative;
}

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

void spill(const fs::path& path, const std::string& content) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
}

/// A scratch folder holding a copy of tests/cli/verify's ARGE file and rules,
/// removed afterwards; the tests run with it as the working directory's
/// stand-in by using absolute paths throughout.
struct Scratch {
    fs::path root;
    Scratch() {
        std::string pattern = (fs::temp_directory_path() / "ausgleich-verify-XXXXXX").string();
        root = mkdtemp(pattern.data());
        spill(root / "in/arge.yaml", slurp(source("tests/cli/verify/arge.yaml")));
        spill(root / "rules/rates/test-2005.yaml",
              slurp(source("tests/cli/verify/rules/rates/test-2005.yaml")));
        // An unused table of another year: recorded, but rating no day of 2005-Q2.
        spill(root / "rules/rates/test-2006.yaml",
              with_replaced(with_replaced(with_replaced(slurp(source("tests/cli/verify/rules/rates/"
                                                                     "test-2005.yaml")),
                                                        "id: verify-test-2005", "id: t-2006"),
                                          "valid_from: 2005-01-01", "valid_from: 2006-01-01"),
                            "valid_to: 2005-12-31", "valid_to: 2006-12-31"));
    }
    ~Scratch() {
        std::error_code ignored;
        fs::remove_all(root, ignored);
    }
    std::string path(const std::string& relative) const { return (root / relative).string(); }

    /// Settles 2005-Q2 and writes the JSON to `json` (and a bundle to
    /// `archive` when given).
    void settle(const std::string& json, const std::string& archive = "") const {
        Diagnostics diagnostics;
        const auto run = app::run_settlement(path("in/arge.yaml"), {path("rules")},
                                             parse_period("2005-Q2"), diagnostics);
        REQUIRE(run->settlement);
        spill(json, report::settlement_json(
                        {*run->settlement, run->header, run->inputs, run->rules.directories}));
        if (!archive.empty()) {
            REQUIRE(io::write_bundle(
                archive, run->inputs, run->rules.directories,
                [&](const std::vector<InputRecord>& inputs, const std::vector<std::string>& dirs) {
                    return report::settlement_json({*run->settlement, run->header, inputs, dirs});
                },
                diagnostics));
        }
    }
};

struct Verified {
    app::VerifyOutcome outcome;
    Diagnostics diagnostics;
    std::string messages() const { return diagnostics.format_all(); }
    bool has_difference(Difference::Entry entry, const std::string& field) const {
        for (const auto& difference : outcome.differences) {
            if (difference.entry == entry && difference.field == field) {
                return true;
            }
        }
        return false;
    }
};

Verified verify(app::VerifyRequest request) {
    Verified result;
    result.outcome = app::verify_settlement(request, result.diagnostics);
    return result;
}

void edit(const std::string& path, const std::string& from, const std::string& to) {
    spill(path, with_replaced(slurp(path), from, to));
}

} // namespace

TEST_CASE("an untouched settlement verifies, naming every file it read", "[verify]") {
    Scratch scratch;
    scratch.settle(scratch.path("s.json"));
    const auto verified = verify({scratch.path("s.json"), std::nullopt, {}, {}});
    INFO(verified.messages());
    CHECK(verified.messages().empty());
    CHECK(verified.outcome.recomputed);
    CHECK(verified.outcome.mismatches() == 0);
    REQUIRE(verified.outcome.inputs.size() == 3);
    for (const auto& input : verified.outcome.inputs) {
        CHECK(input.state == app::InputState::unchanged);
        CHECK(input.found.found_by == io::FoundBy::recorded_path);
    }
    CHECK(verified.outcome.recorded->lines.size() == 2);
    CHECK(verified.outcome.recorded->net.at(0).amount == parse_decimal("682.50"));
    const std::string text = app::verify_report(verified.outcome, report::Language::en);
    CHECK(text.find("read: arge " + scratch.path("in/arge.yaml") + " sha256 ") !=
          std::string::npos);
    CHECK(text.find("verified: ") != std::string::npos);
}

TEST_CASE("the policy is the recorded ARGE file's, and an edited one is a difference", "[verify]") {
    Scratch scratch;
    scratch.settle(scratch.path("s.json"));
    // per-total rounding gives the same cents here: only the policy comparison
    // can notice the edit (the mutation "recompute with the JSON's policy").
    edit(scratch.path("s.json"), "\"round\": \"per-line\"", "\"round\": \"per-total\"");
    const auto verified = verify({scratch.path("s.json"), std::nullopt, {}, {}});
    INFO(verified.messages());
    CHECK(verified.has_difference(Difference::Entry::policy, "round"));
    CHECK(verified.outcome.mismatches() >= 1);
}

TEST_CASE("an edited component, day count or FTE is a difference", "[verify]") {
    Scratch scratch;
    scratch.settle(scratch.path("s.json"));
    SECTION("component") {
        edit(scratch.path("s.json"), "{\"id\": \"versorgung\", \"amount\": \"682.50\"}",
             "{\"id\": \"versorgung\", \"amount\": \"9999.99\"}");
        const auto verified = verify({scratch.path("s.json"), std::nullopt, {}, {}});
        CHECK(verified.has_difference(Difference::Entry::line, "component versorgung"));
        CHECK(verified.outcome.mismatches() == 1);
    }
    SECTION("days") {
        edit(scratch.path("s.json"), "\"creditor\": \"agentur\", \"days\": 91",
             "\"creditor\": \"agentur\", \"days\": 90");
        CHECK(verify({scratch.path("s.json"), std::nullopt, {}, {}})
                  .has_difference(Difference::Entry::line, "days"));
    }
    SECTION("a duplicated net entry is refused by the reader, never compared") {
        const std::string net = "{\"debtor\": \"kommune\", \"creditor\": \"agentur\", \"amount\": "
                                "\"682.50\"}";
        edit(scratch.path("s.json"), net, net + ",\n    " + net);
        const auto verified = verify({scratch.path("s.json"), std::nullopt, {}, {}});
        CHECK(verified.messages().find("duplicates the net entry at") != std::string::npos);
        CHECK(verified.diagnostics.has_errors());
        CHECK_FALSE(verified.outcome.recomputed);
        CHECK(app::verify_report(verified.outcome, report::Language::en).find("verified") ==
              std::string::npos);
    }
}

TEST_CASE("a rules file renamed below the rules directory is found by its content", "[verify]") {
    Scratch scratch;
    scratch.settle(scratch.path("s.json"));
    fs::rename(scratch.path("rules/rates/test-2005.yaml"), scratch.path("rules/renamed.yaml"));
    const auto verified = verify({scratch.path("s.json"), std::nullopt, {}, {}});
    INFO(verified.messages());
    CHECK(verified.messages().empty());
    CHECK(verified.outcome.inputs.at(1).found.found_by == io::FoundBy::content);
    CHECK(verified.outcome.mismatches() == 0);
}

TEST_CASE("with --base-dir, the archive copy is checked, never the original", "[verify]") {
    Scratch scratch;
    scratch.settle(scratch.path("s.json")); // absolute recorded paths
    spill(scratch.path("archive/arge.yaml"), with_replaced(slurp(scratch.path("in/arge.yaml")),
                                                           "weekly_hours: 20", "weekly_hours: 10"));
    spill(scratch.path("archive/test-2005.yaml"),
          slurp(scratch.path("rules/rates/test-2005.yaml")));
    const auto verified = verify({scratch.path("s.json"), scratch.path("archive"), {}, {}});
    INFO(verified.messages());
    const auto& arge = verified.outcome.inputs.at(0);
    CHECK(arge.found.path() == scratch.path("archive") + "/arge.yaml");
    CHECK(arge.found.found_by == io::FoundBy::file_name);
    CHECK(arge.state == app::InputState::changed);
    CHECK(verified.outcome.mismatches() > 0);
    // The unused 2006 table is outside the archive: a note, not an error.
    CHECK(verified.outcome.inputs.at(2).state == app::InputState::missing);
    CHECK_FALSE(verified.diagnostics.has_errors());
}

TEST_CASE("a used input that is nowhere to be found stops with an io error", "[verify]") {
    Scratch scratch;
    scratch.settle(scratch.path("s.json"));
    fs::remove(scratch.path("rules/rates/test-2005.yaml"));
    const auto verified = verify({scratch.path("s.json"), std::nullopt, {}, {}});
    CHECK(verified.diagnostics.has_io_errors());
    CHECK(verified.messages().find("recorded rates verify-test-2005 (rates/test-2005.yaml) not "
                                   "found") != std::string::npos);
    CHECK_FALSE(verified.outcome.recomputed);
}

TEST_CASE("a bundle verifies wherever it is moved, and only from inside itself", "[verify]") {
    Scratch scratch;
    scratch.settle(scratch.path("s.json"), scratch.path("bundle"));
    fs::rename(scratch.path("bundle"), scratch.path("moved"));
    fs::remove_all(scratch.path("in")); // the originals are gone
    fs::remove_all(scratch.path("rules"));
    const auto verified = verify({scratch.path("moved"), std::nullopt, {}, {}});
    INFO(verified.messages());
    CHECK(verified.messages().empty());
    REQUIRE(verified.outcome.bundle);
    REQUIRE(verified.outcome.sums);
    CHECK(verified.outcome.sums->listed == 4); // arge, two tables, settlement.json
    CHECK(verified.outcome.mismatches() == 0);
    for (const auto& input : verified.outcome.inputs) {
        CHECK(input.found.path().rfind(scratch.path("moved"), 0) == 0);
    }

    SECTION("an edited rates copy fails SHA256SUMS and is changed, unparsed") {
        edit(scratch.path("moved/rules/rules/rates/test-2005.yaml"),
             "E9: { kind: tarif, annual: 36500.00 }", "E9: { kind: tarif, annual: 36600.00 }");
        const auto edited = verify({scratch.path("moved/settlement.json"), std::nullopt, {}, {}});
        CHECK(edited.outcome.sums->mismatches.size() == 1);
        CHECK(edited.outcome.inputs.at(1).state == app::InputState::changed);
        // A changed file is not the one settled from: it is not read, so
        // nothing is recomputed and the two findings are the mismatches.
        CHECK_FALSE(edited.outcome.recomputed);
        CHECK(edited.outcome.mismatches() == 2);
    }
    SECTION("a copy replaced by a symbolic link out of the bundle is not read") {
        const std::string outside = scratch.path("private.yaml");
        spill(outside, "secret: PRIVATE-MARKER\n");
        fs::remove(scratch.path("moved/arge/arge.yaml"));
        fs::create_symlink(outside, scratch.path("moved/arge/arge.yaml"));
        const auto linked = verify({scratch.path("moved"), std::nullopt, {}, {}});
        const std::string text =
            app::verify_report(linked.outcome, report::Language::en) + linked.messages();
        INFO(text);
        CHECK(linked.diagnostics.has_io_errors()); // the ARGE copy is missing
        REQUIRE(linked.outcome.sums);
        REQUIRE(linked.outcome.sums->mismatches.size() == 1);
        CHECK_FALSE(linked.outcome.sums->mismatches[0].now); // not hashed: not read
        CHECK(text.find("PRIVATE-MARKER") == std::string::npos);
    }
}

TEST_CASE("a SHA256SUMS line that is not a digest and a name is an error with its line",
          "[verify]") {
    Scratch scratch;
    scratch.settle(scratch.path("s.json"), scratch.path("bundle"));
    const std::string sums = slurp(scratch.path("bundle/SHA256SUMS"));
    SECTION("a digest in capitals") {
        std::string upper = sums;
        for (std::size_t i = 0; i < 64; ++i) {
            upper[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(upper[i])));
        }
        spill(scratch.path("bundle/SHA256SUMS"), upper);
    }
    SECTION("a name that leaves the bundle") {
        spill(scratch.path("bundle/SHA256SUMS"),
              sums + std::string(64, '0') + "  ../outside.yaml\n");
    }
    const auto verified = verify({scratch.path("bundle"), std::nullopt, {}, {}});
    CHECK(verified.messages().find("SHA256SUMS:") != std::string::npos);
    CHECK(verified.messages().find("error: not a SHA256SUMS line") != std::string::npos);
    CHECK_FALSE(verified.outcome.sums);
}

TEST_CASE("a bundle is not written into a folder that holds something", "[verify]") {
    Scratch scratch;
    spill(scratch.path("full/keep.txt"), "mine\n");
    Diagnostics diagnostics;
    const auto run = app::run_settlement(scratch.path("in/arge.yaml"), {scratch.path("rules")},
                                         parse_period("2005-Q2"), diagnostics);
    REQUIRE(run->settlement);
    CHECK_FALSE(io::write_bundle(
        scratch.path("full"), run->inputs, run->rules.directories,
        [](const auto&, const auto&) { return std::string("{}"); }, diagnostics));
    CHECK(diagnostics.has_io_errors());
    CHECK(slurp(scratch.path("full/keep.txt")) == "mine\n");
    CHECK(std::distance(fs::directory_iterator(scratch.path("full")), fs::directory_iterator()) ==
          1);
    CHECK(std::distance(fs::directory_iterator(scratch.root), fs::directory_iterator()) == 3);
}

TEST_CASE("a recorded path outside the working directory, the settlement's folder and the rules "
          "directories is never opened",
          "[verify]") {
    Scratch scratch;
    scratch.settle(scratch.path("mine/s.json"));
    // A private YAML file whose loader errors would quote it.
    const std::string secret = scratch.path("private/secret.yaml");
    spill(secret, "schema: ausgleich/arge/v1\nPRIVATE-MARKER: 1\n");
    const std::string json = slurp(scratch.path("mine/s.json"));
    const std::string arge = "\"path\": \"" + scratch.path("in/arge.yaml") + "\"";
    for (const std::string& forged :
         {secret, std::string("/etc/passwd"), std::string("../../../../../../../../etc/passwd")}) {
        INFO(forged);
        spill(scratch.path("mine/s.json"),
              with_replaced(json, arge, "\"path\": \"" + forged + "\""));
        const auto verified = verify({scratch.path("mine/s.json"), std::nullopt, {}, {}});
        const std::string text =
            app::verify_report(verified.outcome, report::Language::en) + verified.messages();
        INFO(text);
        REQUIRE(verified.outcome.inputs.size() == 3);
        CHECK(verified.outcome.inputs.at(0).state == app::InputState::missing);
        CHECK(verified.diagnostics.has_io_errors());
        CHECK(verified.messages().find("s.json:9:5: error: recorded arge (" + forged +
                                       ") not found") != std::string::npos);
        CHECK(text.find("PRIVATE-MARKER") == std::string::npos);
        CHECK(text.find("root:") == std::string::npos);
    }
}

TEST_CASE("a changed used input is reported as changed without being parsed", "[verify]") {
    Scratch scratch;
    scratch.settle(scratch.path("s.json"));
    // In scope, but not the file settled from: its parse errors would quote it.
    spill(scratch.path("rules/rates/test-2005.yaml"),
          "schema: ausgleich/rates/v1\nPRIVATE-MARKER: 1\n");
    const auto verified = verify({scratch.path("s.json"), std::nullopt, {}, {}});
    const std::string text =
        app::verify_report(verified.outcome, report::Language::en) + verified.messages();
    INFO(text);
    CHECK(verified.outcome.inputs.at(1).state == app::InputState::changed);
    CHECK_FALSE(verified.diagnostics.has_errors());
    CHECK_FALSE(verified.outcome.recomputed);
    CHECK(verified.outcome.mismatches() == 1);
    CHECK(text.find("PRIVATE-MARKER") == std::string::npos);
    CHECK(text.find("note: not recomputed: a changed input") != std::string::npos);
    CHECK(text.find("NOT verified") != std::string::npos);
}

TEST_CASE("SHA256SUMS is parsed without opening a file: bad lines by number, names once",
          "[verify][bundle_manifest]") {
    const std::string digest(64, 'a');
    const auto manifest = io::parse_bundle_manifest(
        digest + "  arge/arge.yaml\n" + digest + " *settlement.json\n" + digest +
        "  ../../etc/passwd\n" + digest + "  /etc/passwd\n" + digest + "  ./arge/arge.yaml\n" +
        std::string(64, 'A') + "  x\n" + digest + "  SHA256SUMS\n" + digest + "  a\\b\n" + digest +
        "  rules/r.yaml\r\n\n" + digest + "  last");
    REQUIRE(manifest.entries.size() == 3);
    CHECK(manifest.entries[0].name == "arge/arge.yaml");
    CHECK(manifest.entries[1].name == "settlement.json");
    CHECK(manifest.entries[1].line == 2);
    CHECK(manifest.entries[2].name == "last");
    CHECK(manifest.entries[2].line == 11);
    std::vector<int> lines;
    for (const auto& problem : manifest.problems) {
        lines.push_back(problem.line);
    }
    CHECK(lines == std::vector<int>{3, 4, 5, 6, 7, 8, 9, 10});
    CHECK(manifest.problems.at(2).message ==
          "lists ./arge/arge.yaml again (first on line 1); each file of the bundle is listed once");
    CHECK(io::parse_bundle_manifest("").entries.empty());
    CHECK(io::parse_bundle_manifest("").problems.empty());
}

TEST_CASE("a settlement of quota mode verifies, and an edited quota is a difference",
          "[verify][quota]") {
    Scratch scratch;
    edit(scratch.path("in/arge.yaml"), "\nstaff:",
         "\npolicy: { shares: quota, quota: { agentur: 84.8, kommune: 15.2 } }\nstaff:");
    scratch.settle(scratch.path("s.json"));
    const auto untouched = verify({scratch.path("s.json"), std::nullopt, {}, {}});
    INFO(untouched.messages());
    CHECK(untouched.outcome.mismatches() == 0);
    CHECK(slurp(scratch.path("s.json")).find(R"("shares": "quota")") != std::string::npos);

    edit(scratch.path("s.json"), R"("agentur": "84.8", "kommune": "15.2")",
         R"("agentur": "84.7", "kommune": "15.3")");
    const auto edited = verify({scratch.path("s.json"), std::nullopt, {}, {}});
    CHECK(edited.has_difference(Difference::Entry::policy, "quota"));
    CHECK(edited.outcome.mismatches() >= 1);
}
