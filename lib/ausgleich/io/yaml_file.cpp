#include "ausgleich/io/yaml_file.hpp"

#include "ausgleich/io/file_chunks.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace ausgleich::io {

namespace {

constexpr std::size_t k_chunk_size = std::size_t{1} << 16;

} // namespace

std::optional<Node> read_yaml_file(SourceFile& file, Diagnostics& diagnostics,
                                   const StreamedSequence* streamed, StreamOutcome* outcome) {
    if (!file.streamed) {
        return read_yaml(file.content, file.path, diagnostics, streamed, outcome);
    }
    int read_error = 0;
    const auto fail = [&](int error_number) {
        diagnostics.error(file.path, SourcePos{},
                          std::string("cannot read file: ") + std::strerror(error_number),
                          ErrorKind::io);
        return std::nullopt;
    };
    FileChunks chunks;
    if (!chunks.open(file.path)) {
        return fail(errno);
    }
    // The first chunk is read ahead for the encoding check and handed to the
    // parser before the rest.
    std::string first(k_chunk_size, '\0');
    std::size_t first_size = 0;
    while (first_size < 4) {
        const long count = chunks.read(reinterpret_cast<unsigned char*>(first.data()) + first_size,
                                       first.size() - first_size);
        if (count < 0) {
            return fail(errno);
        }
        if (count == 0) {
            break;
        }
        first_size += static_cast<std::size_t>(count);
    }
    first.resize(first_size);
    if (const auto encoding = foreign_encoding(first)) {
        if (streamed == nullptr || !streamed->report_items_only) {
            diagnostics.error(file.path, SourcePos{1, 1},
                              "the file is " + *encoding + " text; save it as UTF-8");
        }
        return std::nullopt;
    }
    std::size_t first_taken = 0;
    const YamlChunks input{[&](unsigned char* buffer, std::size_t size) -> long {
                               if (first_taken < first.size()) {
                                   const std::size_t count =
                                       std::min(size, first.size() - first_taken);
                                   std::memcpy(buffer, first.data() + first_taken, count);
                                   first_taken += count;
                                   return static_cast<long>(count);
                               }
                               const long count = chunks.read(buffer, size);
                               if (count < 0) {
                                   read_error = errno;
                               }
                               return count;
                           },
                           [&](std::size_t size) {
                               return read_prefix(file.path, size);
                           }};
    auto root = read_yaml(input, file.path, diagnostics, streamed, outcome);
    if (read_error != 0) {
        return fail(read_error);
    }
    // The parser may stop early (a syntax error, the end of the document):
    // the digest is of the whole file all the same.
    const auto digest = chunks.finish();
    if (!digest) {
        return fail(errno);
    }
    if (file.sha256.empty()) {
        file.sha256 = *digest;
    } else if (file.sha256 != *digest) {
        diagnostics.error(file.path, SourcePos{},
                          "changed while it was read; settle again once it is complete",
                          ErrorKind::io);
        return std::nullopt;
    }
    return root;
}

} // namespace ausgleich::io
