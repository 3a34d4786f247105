#pragma once
// Typed, checked access to the Nodes of one file: known keys, required keys,
// decimals, dates, ids and enumerations. Every problem goes to the file's
// Diagnostics with the position of the offending key or value; the accessors
// return nothing for a bad value so that loading goes on and finds the rest.

#include "ausgleich/date.hpp"
#include "ausgleich/decimal.hpp"
#include "ausgleich/diagnostics.hpp"
#include "ausgleich/io/yaml_reader.hpp"

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ausgleich::io {

/// The file being loaded: where to report problems.
class FileContext {
public:
    FileContext(std::string path, Diagnostics& diagnostics)
        : m_path(std::move(path)), m_diagnostics(diagnostics) {}

    const std::string& path() const { return m_path; }
    Diagnostics& diagnostics() { return m_diagnostics; }
    void error(SourcePos pos, std::string message) {
        m_diagnostics.error(m_path, pos, std::move(message));
    }

private:
    std::string m_path;
    Diagnostics& m_diagnostics;
};

/// One mapping whose keys are checked against a fixed set: an unknown key is an
/// error with a "did you mean" hint; a missing required key is an error at the
/// mapping (or at `where` when given: the key that holds the mapping).
class MappingReader {
public:
    /// Reports an error (and yields no keys) when `node` is not a mapping.
    MappingReader(FileContext& context, const Node& node, std::string_view what,
                  const std::vector<std::string_view>& known_keys);

    bool ok() const { return m_ok; }
    /// The value of a key that must be present; reports its absence.
    const Node* required(std::string_view key);
    /// The value of a key that may be absent.
    const Node* optional(std::string_view key) const;
    const Node& node() const { return m_node; }

private:
    FileContext& m_context;
    const Node& m_node;
    std::string m_what;
    bool m_ok = false;
};

/// A decimal from a scalar (quoted or not); reports a bad or non-scalar value.
std::optional<Rational> read_decimal(FileContext& context, const Node& node, std::string_view what);
/// A date from a scalar; reports a bad value.
std::optional<Date> read_date(FileContext& context, const Node& node, std::string_view what);
/// Any non-empty scalar text.
std::optional<std::string> read_text(FileContext& context, const Node& node, std::string_view what);
/// An id: non-empty, no whitespace (staff ids, pay groups, table ids).
std::optional<std::string> read_id(FileContext& context, const Node& node, std::string_view what);
/// Checks an id (partner id or task code) against `[a-z0-9_-]+`; reports at `pos`.
bool check_code(FileContext& context, std::string_view code, SourcePos pos, std::string_view what);
/// A non-negative whole number (e.g. fte_decimals) no larger than `max`.
std::optional<int> read_count(FileContext& context, const Node& node, std::string_view what,
                              int max);
/// One of the given words; reports the others and lists the choices.
std::optional<std::string> read_choice(FileContext& context, const Node& node,
                                       std::string_view what,
                                       const std::vector<std::string_view>& choices);

/// Checks the `schema:` key against the expected value (e.g. "ausgleich/rates/v1").
void check_schema(FileContext& context, MappingReader& mapping, std::string_view expected);

} // namespace ausgleich::io
