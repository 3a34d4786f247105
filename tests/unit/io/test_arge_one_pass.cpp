// stream_arge reads an ARGE file in one pass when every header key comes before
// `staff:`, and otherwise undoes that reading and takes two passes. Either way a
// user must see exactly what the two passes show: the same messages in the same
// order, the same staff, the same header. Each file here is read both ways and
// compared; the two-pass reading is stream_arge given the first pass's tree.
// Each is also read streamed (from the file itself, in chunks, as `settle`
// reads it) and must give the same again, with the SHA-256 of the file.

#include "ausgleich/io/arge_loader.hpp"
#include "ausgleich/io/source_file.hpp"
#include "ausgleich/io/yaml_reader.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

using ausgleich::Arge;
using ausgleich::Diagnostics;
using ausgleich::SharesPolicy;
using ausgleich::Staff;
using ausgleich::io::ArgeConsumer;
using ausgleich::io::SourceFile;

namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// What a consumer of stream_arge ends up with.
struct Reading {
    Diagnostics diagnostics;
    Arge header;
    std::vector<std::string> staff; // id and number of assignments, in order
    int headers = 0;
    int restarts = 0;
    bool ok = false;
    std::string renamed_messages; // read_streamed: the messages with the path replaced

    std::string messages() const { return diagnostics.format_all(); }
};

ArgeConsumer recording(Reading& reading) {
    return ArgeConsumer{[&](const Arge&) { ++reading.headers; },
                        [&](Staff&& staff) {
                            reading.staff.push_back(staff.id + "/" +
                                                    std::to_string(staff.assignments.size()));
                        },
                        [&] {
                            ++reading.restarts;
                            reading.headers = 0;
                            reading.staff.clear();
                        }};
}

void read_in_one_pass_if_possible(SourceFile file, Reading& reading) {
    reading.ok =
        ausgleich::io::stream_arge(file, reading.diagnostics, reading.header, recording(reading));
}

void read_in_two_passes(SourceFile file, Reading& reading) {
    const ausgleich::io::StreamedSequence skip{"staff", {}, false, {}};
    const auto root = ausgleich::io::read_yaml(file.content, file.path, reading.diagnostics, &skip);
    if (root) {
        // stream_arge counts only its own errors; the first pass's count too.
        reading.ok = ausgleich::io::stream_arge(file, reading.diagnostics, reading.header,
                                                recording(reading), &*root) &&
                     !reading.diagnostics.has_errors();
    }
}

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
        text.replace(at, from.size(), to);
    }
    return text;
}

// `content` written to a file and read as settle reads it: streamed, one pass
// if possible. Its messages name `path` instead of the file's place.
Reading read_streamed(const std::string& path, const std::string& content) {
    // Named by the process: ctest runs the test cases in parallel processes.
    const fs::path folder =
        fs::temp_directory_path() / ("ausgleich-test-one-pass-" + std::to_string(::getpid()));
    fs::create_directories(folder);
    const fs::path written = folder / "arge.yaml";
    std::ofstream(written, std::ios::binary) << content;
    Reading reading;
    auto file = ausgleich::io::read_source_file(written.string(), reading.diagnostics,
                                                ausgleich::io::ReadMode::streamed);
    REQUIRE(file);
    CHECK(file->streamed);
    CHECK(file->content.empty());
    reading.ok =
        ausgleich::io::stream_arge(*file, reading.diagnostics, reading.header, recording(reading));
    if (!reading.diagnostics.has_io_errors()) {
        CHECK(file->sha256 == ausgleich::io::sha256_hex(content));
    }
    reading.renamed_messages = replace_all(reading.messages(), written.string(), path);
    fs::remove_all(folder);
    return reading;
}

// Reads `content` both ways and streamed, checks they agree, and returns the
// first reading.
Reading read_both_ways(const std::string& path, const std::string& content) {
    const SourceFile file{path, content, ""};
    Reading one;
    read_in_one_pass_if_possible(file, one);
    Reading two;
    read_in_two_passes(file, two);
    INFO(path);
    const Reading streamed = read_streamed(path, content);
    CHECK(streamed.renamed_messages == one.messages());
    CHECK(streamed.staff == one.staff);
    CHECK(streamed.headers == one.headers);
    CHECK(streamed.restarts == one.restarts);
    CHECK(streamed.ok == one.ok);
    CHECK(one.messages() == two.messages());
    CHECK(one.staff == two.staff);
    CHECK(one.headers == two.headers);
    CHECK(one.ok == two.ok);
    CHECK(one.header.name == two.header.name);
    CHECK(one.header.partners.size() == two.header.partners.size());
    CHECK(one.header.policy.shares == two.header.policy.shares);
    CHECK(one.header.local_tasks.size() == two.header.local_tasks.size());
    return one;
}

// `content` with the lines from `first_header_key` up to `staff:` moved to the end.
std::string header_after_staff(const std::string& content, const std::string& first_header_key) {
    const std::size_t from = content.find("\n" + first_header_key + ":") + 1;
    const std::size_t to = content.find("\nstaff:") + 1;
    REQUIRE(from > 0);
    REQUIRE(to > from);
    return content.substr(0, from) + content.substr(to) + content.substr(from, to - from);
}

const fs::path k_source_dir = AUSGLEICH_TEST_SOURCE_DIR;

} // namespace

TEST_CASE("every reproducer of the error index reads the same in one pass as in two",
          "[arge_loader][one-pass]") {
    int files = 0;
    for (const auto& entry : fs::directory_iterator(k_source_dir / "tests/cli/errors")) {
        if (entry.path().extension() == ".yaml") {
            read_both_ways(entry.path().filename().string(), read_file(entry.path()));
            ++files;
        }
    }
    CHECK(files >= 30); // the folder was found and read
}

TEST_CASE("the shipped examples read in one pass, with the same result as in two",
          "[arge_loader][one-pass]") {
    for (const char* example : {"musterstadt", "jobcenter-2021", "rhein-erft"}) {
        const auto content = read_file(k_source_dir / "examples" / example / "arge.yaml");
        const Reading reading = read_both_ways(example, content);
        CHECK(reading.ok);
        CHECK(reading.restarts == 0);
        CHECK(reading.headers == 1);
        CHECK(reading.staff.size() >= 7);
    }
}

TEST_CASE("header keys after the staff are read again in two passes, with the same result",
          "[arge_loader][one-pass]") {
    // Quota mode after the staff: in one pass the staff would be read without
    // it, and their missing tasks would be errors.
    const auto jobcenter = header_after_staff(
        read_file(k_source_dir / "examples/jobcenter-2021/arge.yaml"), "partners");
    const Reading quota = read_both_ways("jobcenter", jobcenter);
    CHECK(quota.ok);
    CHECK(quota.messages() == "");
    CHECK(quota.restarts == 1);
    CHECK(quota.headers == 1);
    CHECK(quota.header.policy.shares == SharesPolicy::quota);
    CHECK(quota.staff.size() == 40);
    // The same with errors: each is reported once, in the two passes' order.
    auto broken =
        header_after_staff(read_file(k_source_dir / "examples/musterstadt/arge.yaml"), "partners");
    broken.replace(broken.find("rounding: half-up"), 17, "rounding: sideways");
    broken.replace(broken.find("weekly_hours: 40"), 16, "weekly_hours: 4O");
    const Reading errors = read_both_ways("musterstadt", broken);
    CHECK_FALSE(errors.ok);
    CHECK(errors.restarts == 1);
    CHECK(errors.diagnostics.error_count() == 2);
    CHECK(errors.messages().find("rounding") < errors.messages().find("weekly_hours"));
}

TEST_CASE("after the staff, a second document, a syntax error or a second staff list read "
          "the same in one pass as in two",
          "[arge_loader][one-pass]") {
    const std::string example = read_file(k_source_dir / "examples/musterstadt/arge.yaml");
    const Reading second_document = read_both_ways("second", example + "---\nschema: x\n");
    CHECK(second_document.restarts == 1);
    CHECK(second_document.diagnostics.error_count() == 1);
    const Reading syntax = read_both_ways("syntax", example + "  - id: [X\n");
    CHECK(syntax.restarts == 1);
    CHECK(syntax.staff.empty());
    CHECK(syntax.diagnostics.error_count() == 1);
    const Reading twice = read_both_ways("twice", example + "staff: []\n");
    CHECK(twice.restarts == 1);
    CHECK(twice.diagnostics.error_count() == 1); // the duplicate key
    const Reading no_list = read_both_ways("no-list", "schema: ausgleich/arge/v1\nstaff: 5\n");
    CHECK(no_list.restarts == 0);
    CHECK_FALSE(no_list.ok);
}
