#pragma once
// Helpers shared by the unit tests: read YAML from a string the way the tool reads
// a file, run a loader on it, and look at the diagnostics as a user would see them.

#include "ausgleich/diagnostics.hpp"
#include "ausgleich/io/node_reader.hpp"
#include "ausgleich/io/yaml_reader.hpp"

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace ausgleich::test {

/// The file name every test input pretends to come from; it starts every message.
inline constexpr std::string_view k_test_path = "test.yaml";

/// Reads `yaml` with the strict reader, as if it were the file test.yaml.
inline std::optional<io::Node> read_yaml_text(std::string_view yaml, Diagnostics& diagnostics,
                                              const io::StreamedSequence* streamed = nullptr) {
    return io::read_yaml(yaml, k_test_path, diagnostics, streamed);
}

/// A FileContext for test.yaml reporting to `diagnostics`.
inline io::FileContext test_context(Diagnostics& diagnostics) {
    return io::FileContext(std::string(k_test_path), diagnostics);
}

/// What a loader made of a YAML text, and every message it reported.
template <class T> struct Loaded {
    std::optional<T> value;
    Diagnostics diagnostics;

    /// Every diagnostic, formatted, one per line ("" when there were none).
    std::string messages() const { return diagnostics.format_all(); }
};

/// Reads `yaml` and, when the reader produced a tree, runs
/// `load(FileContext&, const Node&)` on it.
template <class T, class LoadFunction>
Loaded<T> load_yaml_text(std::string_view yaml, LoadFunction load) {
    Loaded<T> result;
    const auto root = read_yaml_text(yaml, result.diagnostics);
    if (root) {
        auto context = test_context(result.diagnostics);
        result.value = load(context, *root);
    }
    return result;
}

/// `text` with its one occurrence of `from` replaced by `to`, for writing a
/// faulty variant of a valid file. Throws when `from` does not occur exactly
/// once, so that a mistyped edit fails the test instead of testing the valid file.
inline std::string with_replaced(std::string_view text, std::string_view from,
                                 std::string_view to) {
    const auto at = text.find(from);
    if (from.empty() || at == std::string_view::npos ||
        text.find(from, at + 1) != std::string_view::npos) {
        throw std::invalid_argument("with_replaced: '" + std::string(from) +
                                    "' does not occur exactly once");
    }
    std::string result(text);
    result.replace(at, from.size(), to);
    return result;
}

/// Whether `part` occurs in `text`: for checking one line of a rendered report.
inline bool contains(std::string_view text, std::string_view part) {
    return text.find(part) != std::string_view::npos;
}

} // namespace ausgleich::test
