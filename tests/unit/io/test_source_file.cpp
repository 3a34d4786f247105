// Reading input files: the encodings refused by name (foreign_encoding) and the
// outcomes of read_source_file that need no special file to show.

#include "ausgleich/io/source_file.hpp"

#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <string>

using ausgleich::Diagnostics;
using ausgleich::io::foreign_encoding;
using ausgleich::io::read_source_file;
using namespace std::string_literals;

namespace {

// `text` (ASCII) as UTF-16 or UTF-32 code units, `width` bytes each.
std::string widened(const std::string& text, std::size_t width, bool big_endian) {
    std::string out;
    for (const char c : text) {
        std::string unit(width, '\0');
        unit[big_endian ? width - 1 : 0] = c;
        out += unit;
    }
    return out;
}

} // namespace

TEST_CASE("foreign_encoding names UTF-16 and UTF-32 by their byte-order mark", "[source_file]") {
    CHECK(foreign_encoding("\xff\xfe"s + widened("schema:", 2, false)) == "UTF-16 (little-endian)");
    CHECK(foreign_encoding("\xfe\xff"s + widened("schema:", 2, true)) == "UTF-16 (big-endian)");
    CHECK(foreign_encoding("\xff\xfe\0\0"s + widened("schema:", 4, false)) ==
          "UTF-32 (little-endian)");
    CHECK(foreign_encoding("\0\0\xfe\xff"s + widened("schema:", 4, true)) == "UTF-32 (big-endian)");
    // A mark alone is enough: an empty UTF-16 file is still not UTF-8.
    CHECK(foreign_encoding("\xff\xfe") == "UTF-16 (little-endian)");
    CHECK(foreign_encoding("\xfe\xff") == "UTF-16 (big-endian)");
}

TEST_CASE("foreign_encoding knows UTF-16 and UTF-32 without a mark by their NUL bytes",
          "[source_file]") {
    CHECK(foreign_encoding(widened("schema:", 2, false)) == "UTF-16 (little-endian)");
    CHECK(foreign_encoding(widened("# ARGE", 2, true)) == "UTF-16 (big-endian)");
    CHECK(foreign_encoding(widened("schema:", 4, false)) == "UTF-32 (little-endian)");
    CHECK(foreign_encoding(widened("schema:", 4, true)) == "UTF-32 (big-endian)");
}

TEST_CASE("foreign_encoding leaves UTF-8 alone, with or without its mark", "[source_file]") {
    CHECK_FALSE(foreign_encoding(""));
    CHECK_FALSE(foreign_encoding("s"));
    CHECK_FALSE(foreign_encoding("schema: ausgleich/arge/v1\n"));
    CHECK_FALSE(foreign_encoding("\xef\xbb\xbfschema: ausgleich/arge/v1\n"));
    CHECK_FALSE(foreign_encoding("arge: Stra\xc3\x9f"
                                 "e\n"));
    // Too short to show a pattern, or a pattern of no encoding: left to the
    // YAML reader, which refuses the NUL byte as a control character.
    CHECK_FALSE(foreign_encoding("s\0"s));
    CHECK_FALSE(foreign_encoding("sc\0h"s));
    CHECK_FALSE(foreign_encoding("\0\0\0\0"s));
}

TEST_CASE("read_source_file reads a small file with its digest", "[source_file]") {
    const std::string path = "test_source_file.tmp.yaml";
    std::ofstream(path, std::ios::binary) << "schema: x\n";
    Diagnostics diagnostics;
    const auto file = read_source_file(path, diagnostics);
    std::remove(path.c_str());
    REQUIRE(file.has_value());
    CHECK(file->content == "schema: x\n");
    CHECK(file->sha256 == ausgleich::io::sha256_hex("schema: x\n"));
    CHECK_FALSE(diagnostics.has_errors());
}

TEST_CASE("read_source_file refuses a directory and a missing file as io errors", "[source_file]") {
    Diagnostics diagnostics;
    CHECK_FALSE(read_source_file(".", diagnostics));
    CHECK_FALSE(read_source_file("no-such-file.yaml", diagnostics));
    CHECK(diagnostics.format_all() == ".: error: cannot read file: it is a directory\n"
                                      "no-such-file.yaml: error: cannot read file: No such file "
                                      "or directory\n");
    CHECK(diagnostics.has_io_errors());
}
