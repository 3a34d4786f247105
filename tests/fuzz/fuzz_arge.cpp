// libFuzzer harness: the input as an ARGE file (io::load_arge: header, then the staff streamed one
// by one). The code is fuzz_arge in fuzz_targets.hpp, shared with the unit test that replays the
// corpus (tests/unit/test_fuzz_regressions.cpp). Run with tests/fuzz/run.sh.

#include "fuzz_targets.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    ausgleich::fuzz::fuzz_arge(data, size);
    return 0;
}
