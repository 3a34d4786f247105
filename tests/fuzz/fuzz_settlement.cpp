// libFuzzer harness: the input as a saved settlement (io::read_settlement, the strict reader of
// verify). The code is fuzz_settlement in fuzz_targets.hpp, shared with the unit test that replays
// the corpus (tests/unit/test_fuzz_regressions.cpp). Run with tests/fuzz/run.sh.

#include "fuzz_targets.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    ausgleich::fuzz::fuzz_settlement(data, size);
    return 0;
}
