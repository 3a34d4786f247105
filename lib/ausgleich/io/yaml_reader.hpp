#pragma once
// The strict YAML reader: the only place that talks to the YAML parser (libyaml).
//
// It builds a small tree of Nodes that remember their source position, rejects
// duplicate mapping keys, aliases, non-scalar keys, several documents and
// absurd nesting, and can hand the items of one top-level sequence to a
// callback one at a time, so that a 100,000-staff file never sits in memory as
// a tree (docs/performance.md).

#include "ausgleich/diagnostics.hpp"
#include "ausgleich/io/yaml_node.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ausgleich::io {

/// The deepest nesting of mappings and sequences accepted in any file.
inline constexpr int k_max_nesting_depth = 64;

/// Items of the top-level sequence stored under `key` are passed to `on_item`
/// instead of being kept in the returned tree (where that key's value stays an
/// empty sequence).
///
/// An ARGE file is read in one pass when it can be (docs/performance.md): with
/// `on_start`, the reader calls it when the sequence starts, with the mapping
/// read so far (the sequence's own entry already in it, empty), and hands the
/// items over in this same pass only if it returns true. Whether that held up,
/// i.e. nothing came after the items, says StreamOutcome. Otherwise the file is
/// read in two passes over the same text: the first skips the items (no
/// `on_item`), the second hands them over and, with `report_items_only`, stays
/// silent about the rest, already checked.
struct StreamedSequence {
    std::string key;
    /// Empty: skip the items unread. The item is only valid during the call (the
    /// reader reads the next one into the same memory).
    std::function<void(const Node& item)> on_item;
    bool report_items_only = false;
    std::function<bool(const Node& read_so_far)> on_start; ///< empty: no start notice
};

/// What the reader saw around the items of a StreamedSequence with `on_start`.
struct StreamOutcome {
    bool started = false; ///< on_start returned true and the items were handed over
    /// Nothing followed the items: no further key of the top-level mapping, no
    /// problem reported and no reading stopped after them. Only then is a
    /// one-pass reading the same as the two passes.
    bool items_last = true;
};

/// The bytes of a file handed to the reader a chunk at a time, for files not
/// held whole (yaml_file.hpp).
struct YamlChunks {
    /// Up to `size` bytes into `buffer`: the count, 0 at the end, -1 on error.
    std::function<long(unsigned char* buffer, std::size_t size)> read;
    /// The first `size` bytes of the file: for the position of an error that
    /// libyaml knows only by byte offset (invalid UTF-8).
    std::function<std::string(std::size_t size)> prefix;
};

/// Parses `content` (the text of the file `path`) as one YAML document whose
/// top level must be a mapping. Reports every problem it can to `diagnostics`
/// (a syntax error ends the reading) and returns the tree, or nothing when the
/// document could not be read at all.
std::optional<Node> read_yaml(std::string_view content, std::string_view path,
                              Diagnostics& diagnostics, const StreamedSequence* streamed = nullptr,
                              StreamOutcome* outcome = nullptr);
/// The same for a file read in chunks. The caller has checked its encoding.
/// A read error ends the reading like a syntax error; the caller reports it.
std::optional<Node> read_yaml(const YamlChunks& chunks, std::string_view path,
                              Diagnostics& diagnostics, const StreamedSequence* streamed = nullptr,
                              StreamOutcome* outcome = nullptr);

} // namespace ausgleich::io
