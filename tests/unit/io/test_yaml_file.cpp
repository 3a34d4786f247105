// A YAML file read streamed (from the file itself, in chunks of 64 KiB, as
// `settle` reads the ARGE file) reports what the same text read whole reports,
// at the same places, and records the SHA-256 of its bytes; a file that
// changes between two readings, or goes away, is an io error.

#include "ausgleich/io/arge_loader.hpp"
#include "ausgleich/io/file_chunks.hpp"
#include "ausgleich/io/source_file.hpp"
#include "ausgleich/io/yaml_file.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

using ausgleich::Arge;
using ausgleich::Diagnostics;
using ausgleich::Staff;
using ausgleich::io::ReadMode;
using ausgleich::io::SourceFile;

namespace fs = std::filesystem;

namespace {

// A scratch file, removed at the end.
class ScratchFile {
public:
    // Named by the process: ctest runs the test cases in parallel processes.
    explicit ScratchFile(const std::string& content)
        : m_path(fs::temp_directory_path() /
                 ("ausgleich-test-yaml-file-" + std::to_string(::getpid()) + ".yaml")) {
        std::ofstream(m_path, std::ios::binary) << content;
    }
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;
    ~ScratchFile() { fs::remove(m_path); }
    std::string path() const { return m_path.string(); }

private:
    fs::path m_path;
};

// A mapping of `count` entries `key0001: value` and so on: 20 bytes each.
std::string long_mapping(int count) {
    std::string text = "schema: ausgleich/arge/v1\n";
    for (int i = 0; i < count; ++i) {
        char line[32];
        std::snprintf(line, sizeof line, "key%05d: value%04d\n", i, i % 10000);
        text += line;
    }
    return text;
}

// The messages for `content` read whole, with the path `path`.
std::string whole_messages(const std::string& content, const std::string& path) {
    Diagnostics diagnostics;
    SourceFile file{path, content, ""};
    ausgleich::io::read_yaml_file(file, diagnostics);
    return diagnostics.format_all();
}

} // namespace

TEST_CASE("a streamed file of several chunks reads as the same tree and has the SHA-256 of "
          "its bytes",
          "[yaml_file]") {
    const std::string content = long_mapping(10000); // 200 KB: four chunks
    const ScratchFile scratch(content);
    Diagnostics diagnostics;
    auto file = ausgleich::io::read_source_file(scratch.path(), diagnostics, ReadMode::streamed);
    REQUIRE(file);
    CHECK(file->streamed);
    CHECK(file->content.empty());
    CHECK(file->sha256.empty()); // not read yet
    const auto root = ausgleich::io::read_yaml_file(*file, diagnostics);
    CHECK(diagnostics.format_all() == "");
    REQUIRE(root);
    REQUIRE(root->find("key09999") != nullptr);
    CHECK(root->find("key09999")->text == "value9999");
    CHECK(root->find("key09999")->pos.line == 10001);
    CHECK(file->sha256 == ausgleich::io::sha256_hex(content));
}

TEST_CASE("invalid UTF-8 past the first chunk is reported at the same line and column as in "
          "the whole text",
          "[yaml_file]") {
    std::string content = long_mapping(5000); // 100 KB
    // In line 4001 (key03999), the first byte of "value": a lone continuation byte.
    const std::size_t at = content.find("key03999: ") + 10;
    content[at] = '\x80';
    const ScratchFile scratch(content);
    Diagnostics diagnostics;
    auto file = ausgleich::io::read_source_file(scratch.path(), diagnostics, ReadMode::streamed);
    REQUIRE(file);
    ausgleich::io::read_yaml_file(*file, diagnostics);
    const std::string messages = diagnostics.format_all();
    CHECK(messages.find(scratch.path() + ":4001:11: error: cannot read the file as UTF-8 text") ==
          0);
    CHECK(messages == whole_messages(content, scratch.path()));
}

TEST_CASE("a streamed UTF-16 file is refused as the whole text is", "[yaml_file]") {
    const std::string content("s\0c\0h\0e\0m\0a\0:\0 \0x\0\n\0", 20);
    const ScratchFile scratch(content);
    Diagnostics diagnostics;
    auto file = ausgleich::io::read_source_file(scratch.path(), diagnostics, ReadMode::streamed);
    REQUIRE(file);
    CHECK_FALSE(ausgleich::io::read_yaml_file(*file, diagnostics));
    CHECK(diagnostics.format_all() ==
          scratch.path() +
              ":1:1: error: the file is UTF-16 (little-endian) text; save it as UTF-8\n");
}

TEST_CASE("a streamed ARGE file that changes between its readings is an io error", "[yaml_file]") {
    // A header key after the staff: read three times (a one-pass try, the
    // header, the staff). During the last reading, when the staff have been
    // read but not the end of the file, a byte near the end changes.
    const std::string content = "schema: ausgleich/arge/v1\narge: X\n"
                                "staff:\n"
                                "  - { id: K1, employer: kommune, pay_group: E9, assignments: "
                                "[ { from: 2005-01-01, fte: 1, tasks: { kdu: 100 } } ] }\n"
                                "partners:\n"
                                "  agentur: { full_time_hours: 39 }\n"
                                "  kommune: { full_time_hours: 39 }\n"
                                "# end\n";
    // Comments after it, so that the end is read in a later chunk than the staff.
    const ScratchFile scratch(content + std::string(100000, '#') + "\n");
    Diagnostics diagnostics;
    auto file = ausgleich::io::read_source_file(scratch.path(), diagnostics, ReadMode::streamed);
    REQUIRE(file);
    int restarts = 0;
    Arge header;
    ausgleich::io::stream_arge(
        *file, diagnostics, header,
        {{},
         [&](Staff&&) {
             if (restarts == 1) {
                 std::fstream edit(scratch.path(), std::ios::in | std::ios::out | std::ios::binary);
                 edit.seekp(-2, std::ios::end);
                 edit << 'E';
             }
         },
         [&] {
             ++restarts;
         }});
    CHECK(restarts == 1);
    CHECK(diagnostics.format_all() ==
          scratch.path() + ": error: changed while it was read; settle again once it is "
                           "complete\n");
}

TEST_CASE("a streamed file removed before it is read is an io error", "[yaml_file]") {
    Diagnostics diagnostics;
    std::optional<SourceFile> file;
    {
        const ScratchFile scratch("schema: ausgleich/arge/v1\n");
        file = ausgleich::io::read_source_file(scratch.path(), diagnostics, ReadMode::streamed);
    }
    REQUIRE(file);
    CHECK_FALSE(ausgleich::io::read_yaml_file(*file, diagnostics));
    CHECK(diagnostics.has_io_errors());
    CHECK(diagnostics.format_all() ==
          file->path + ": error: cannot read file: No such file or directory\n");
}

TEST_CASE("FileChunks gives the SHA-256 of the whole file even when the reader stopped early",
          "[yaml_file]") {
    const std::string content = long_mapping(10000);
    const ScratchFile scratch(content);
    ausgleich::io::FileChunks chunks;
    REQUIRE(chunks.open(scratch.path()));
    unsigned char start[10];
    CHECK(chunks.read(start, sizeof start) == 10);
    CHECK(std::string(reinterpret_cast<const char*>(start), 10) == content.substr(0, 10));
    CHECK(chunks.finish() == ausgleich::io::sha256_hex(content));
}
