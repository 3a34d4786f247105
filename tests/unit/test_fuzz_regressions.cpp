// Replays the fuzzing inputs as ordinary unit tests: every seed of the corpus
// (tests/fuzz/corpus/<target>/) and every input a fuzzer once crashed on
// (tests/fuzz/regressions/<target>/) goes through the same code as the libFuzzer
// harness (tests/fuzz/fuzz_targets.hpp) and must come back without an exception.
// A sanitizer build (-DAUSGLEICH_SANITIZERS=address,undefined) also catches the
// memory errors; the fuzzing itself is tests/fuzz/run.sh.

#include "../fuzz/fuzz_targets.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#ifndef AUSGLEICH_FUZZ_DIR
#error "AUSGLEICH_FUZZ_DIR must name tests/fuzz (a compile definition in tests/CMakeLists.txt)"
#endif

namespace {

namespace fs = std::filesystem;

using FuzzFunction = void (*)(const std::uint8_t*, std::size_t);

/// The regular files of corpus/<target>/ and regressions/<target>/, sorted, without
/// hidden files (.gitkeep).
std::vector<fs::path> inputs_of(const std::string& target) {
    std::vector<fs::path> files;
    for (const char* folder : {"corpus", "regressions"}) {
        const fs::path directory = fs::path(AUSGLEICH_FUZZ_DIR) / folder / target;
        if (!fs::is_directory(directory)) {
            continue;
        }
        for (const auto& entry : fs::directory_iterator(directory)) {
            if (entry.is_regular_file() && entry.path().filename().string().front() != '.') {
                files.push_back(entry.path());
            }
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::vector<std::uint8_t> bytes_of(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void replay(const std::string& target, FuzzFunction fuzz) {
    const auto files = inputs_of(target);
    INFO("inputs of fuzz_" << target << " under " << AUSGLEICH_FUZZ_DIR);
    // An empty list would pass silently: a moved folder must fail instead.
    REQUIRE_FALSE(files.empty());
    for (const auto& file : files) {
        const auto bytes = bytes_of(file);
        INFO("input " << file.string() << " (" << bytes.size() << " bytes)");
        CHECK_NOTHROW(fuzz(bytes.data(), bytes.size()));
    }
}

} // namespace

TEST_CASE("every fuzz input for ARGE files loads without an exception", "[fuzz]") {
    replay("arge", ausgleich::fuzz::fuzz_arge);
}

TEST_CASE("every fuzz input for rates tables loads without an exception", "[fuzz]") {
    replay("rates", ausgleich::fuzz::fuzz_rates);
}

TEST_CASE("every fuzz input for task catalogs loads without an exception", "[fuzz]") {
    replay("tasks", ausgleich::fuzz::fuzz_tasks);
}

TEST_CASE("every fuzz input for decimals parses, rounds and formats without an exception",
          "[fuzz]") {
    replay("decimal", ausgleich::fuzz::fuzz_decimal);
}

TEST_CASE("every fuzz input for periods parses and prorates without an exception", "[fuzz]") {
    replay("period", ausgleich::fuzz::fuzz_period);
}

TEST_CASE("every fuzz input for saved settlements is read or refused without an exception",
          "[fuzz]") {
    replay("settlement", ausgleich::fuzz::fuzz_settlement);
}

TEST_CASE("every fuzz input for SHA256SUMS lists parses without an exception", "[fuzz]") {
    replay("bundle_manifest", ausgleich::fuzz::fuzz_bundle_manifest);
}

// Every saved settlement crash input is also a hostile file (1e400, fte_decimals
// out of range, an entry twice, swapped or impossible dates, a key twice):
// surviving is not enough, each must be refused with a position.
TEST_CASE("every settlement regression input is refused with a position", "[fuzz]") {
    const fs::path directory = fs::path(AUSGLEICH_FUZZ_DIR) / "regressions" / "settlement";
    std::size_t count = 0;
    for (const auto& entry : fs::directory_iterator(directory)) {
        const auto bytes = bytes_of(entry.path());
        INFO("input " << entry.path().string());
        ausgleich::Diagnostics diagnostics;
        const auto settlement = ausgleich::io::read_settlement(
            ausgleich::io::SourceFile{"s.json", std::string(bytes.begin(), bytes.end()), ""},
            diagnostics);
        CHECK_FALSE(settlement);
        REQUIRE(diagnostics.has_errors());
        CHECK(diagnostics.all().front().pos.line >= 1);
        ++count;
    }
    CHECK(count >= 14);
}
