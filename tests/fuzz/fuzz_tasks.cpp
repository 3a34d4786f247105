// libFuzzer harness: the input as a task catalog (io::read_yaml, io::load_tasks,
// TaskRegistry::add). The code is fuzz_tasks in fuzz_targets.hpp, shared with the unit test that
// replays the corpus (tests/unit/test_fuzz_regressions.cpp). Run with tests/fuzz/run.sh.

#include "fuzz_targets.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    ausgleich::fuzz::fuzz_tasks(data, size);
    return 0;
}
