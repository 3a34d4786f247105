// libFuzzer harness: the input as a bundle's SHA256SUMS (io::parse_bundle_manifest, what
// verify BUNDLE reads before it opens any file of the bundle). The code is fuzz_bundle_manifest
// in fuzz_targets.hpp, shared with the unit test that replays the corpus
// (tests/unit/test_fuzz_regressions.cpp). Run with tests/fuzz/run.sh.

#include "fuzz_targets.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    ausgleich::fuzz::fuzz_bundle_manifest(data, size);
    return 0;
}
