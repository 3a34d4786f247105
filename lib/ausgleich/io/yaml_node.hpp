#pragma once
// The tree the YAML reader (yaml_reader.hpp) builds: nodes that remember where
// they were written, scalars with their text exactly as written.

#include "ausgleich/diagnostics.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace ausgleich::io {

struct MappingEntry;

/// A YAML node with its position. Scalars keep their text exactly as written.
struct Node {
    enum class Kind { scalar, mapping, sequence };

    Kind kind = Kind::scalar;
    SourcePos pos;
    std::string text;                  ///< scalar text (for Kind::scalar)
    bool plain = true;                 ///< scalar written without quotes
    std::vector<MappingEntry> entries; ///< mapping entries in file order
    std::vector<Node> items;           ///< sequence items

    bool is_scalar() const { return kind == Kind::scalar; }
    bool is_mapping() const { return kind == Kind::mapping; }
    bool is_sequence() const { return kind == Kind::sequence; }
    /// An unquoted empty, `~` or `null` scalar.
    bool is_null() const;
    /// The value for `key` in a mapping, or nullptr.
    const Node* find(std::string_view key) const;
    /// "a mapping", "a list" or "a scalar": for messages.
    std::string kind_name() const;
};

struct MappingEntry {
    std::string key;
    SourcePos key_pos;
    Node value;
};

} // namespace ausgleich::io
