#include "ausgleich/io/bundle_manifest.hpp"

#include "ausgleich/io/bundle.hpp"
#include "ausgleich/io/input_locator.hpp"
#include "ausgleich/io/source_file.hpp"

#include <filesystem>
#include <map>

namespace ausgleich::io {

namespace {

constexpr std::size_t k_digits = 64;

// Backslashes are coreutils' escape for odd names (a line then starts with
// "\"), and a carriage return is a list saved with CRLF: neither is a name the
// bundle writer produces, so neither is guessed at.
bool plain(std::string_view name) {
    return name.find('\\') == std::string_view::npos && name.find('\r') == std::string_view::npos;
}

} // namespace

BundleManifest parse_bundle_manifest(std::string_view content) {
    BundleManifest manifest;
    std::map<std::string, int> first_line; // normalised name -> line
    int number = 0;
    for (std::size_t start = 0; start < content.size();) {
        const std::size_t end = std::min(content.find('\n', start), content.size());
        const std::string_view line = content.substr(start, end - start);
        start = end + 1;
        ++number;
        const bool form = line.size() > k_digits + 2 && is_sha256_hex(line.substr(0, k_digits)) &&
                          line[k_digits] == ' ' &&
                          (line[k_digits + 1] == ' ' || line[k_digits + 1] == '*');
        const std::string name = form ? std::string(line.substr(k_digits + 2)) : std::string();
        if (!form || !stays_inside(name) || !plain(name) || name == k_bundle_sums) {
            manifest.problems.push_back(ManifestProblem{
                number, "not a SHA256SUMS line (64 hex digits, two spaces, a name inside "
                        "the bundle)"});
            continue;
        }
        const std::string normal = std::filesystem::path(name).lexically_normal().generic_string();
        if (const auto [at, inserted] = first_line.emplace(normal, number); !inserted) {
            manifest.problems.push_back(ManifestProblem{
                number, "lists " + name + " again (first on line " + std::to_string(at->second) +
                            "); each file of the bundle is listed once"});
            continue;
        }
        manifest.entries.push_back(
            ManifestEntry{number, std::string(line.substr(0, k_digits)), name});
    }
    return manifest;
}

} // namespace ausgleich::io
