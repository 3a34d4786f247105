#pragma once
// Reading a bundle's SHA256SUMS (SPEC 5.1: the format of coreutils sha256sum)
// without touching any file: the pure parse, so that verify, the unit tests
// and the fuzz target run the same code on whatever bytes the list holds.

#include <string>
#include <string_view>
#include <vector>

namespace ausgleich::io {

/// One listed file: its digest and its name relative to the bundle.
struct ManifestEntry {
    int line = 0;
    std::string sha256; ///< 64 lower-case hex digits
    std::string name;   ///< relative, without "..", as listed
};

/// A line that is not a SHA256SUMS line of a bundle.
struct ManifestProblem {
    int line = 0;
    std::string message;
};

struct BundleManifest {
    std::vector<ManifestEntry> entries;    ///< in the order listed
    std::vector<ManifestProblem> problems; ///< in line order
};

/// Parses `content` line by line: "DIGEST  NAME" or "DIGEST *NAME", the
/// digest 64 lower-case hex digits, the name inside the bundle (relative, no
/// ".." component, no backslash or carriage return, not SHA256SUMS itself)
/// and listed once (a second line for one file could carry another digest,
/// and which of the two counts would be a guess). Every bad line is a problem;
/// the good ones are still returned. O(n log n) in the number of lines.
BundleManifest parse_bundle_manifest(std::string_view content);

} // namespace ausgleich::io
