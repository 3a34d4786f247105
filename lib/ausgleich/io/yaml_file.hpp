#pragma once
// Parsing a YAML input file, whether its text is held (SourceFile::content) or
// it is read from the file itself a chunk at a time (SourceFile::streamed).

#include "ausgleich/io/source_file.hpp"
#include "ausgleich/io/yaml_reader.hpp"

namespace ausgleich::io {

/// read_yaml of `file`. A streamed file is opened again and parsed from
/// chunks of 64 KiB, its SHA-256 computed on the way: the first reading sets
/// `file.sha256`, and every later one (the second pass of an ARGE file) must
/// find the same bytes, else it reports that the file changed while it was
/// read (an io error, exit 4). A foreign encoding is reported as read_yaml does.
std::optional<Node> read_yaml_file(SourceFile& file, Diagnostics& diagnostics,
                                   const StreamedSequence* streamed = nullptr,
                                   StreamOutcome* outcome = nullptr);

} // namespace ausgleich::io
