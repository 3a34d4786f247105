# The one place sanitizer flags are set.
#
# -DAUSGLEICH_SANITIZERS=address,undefined instruments everything for the test
# suite (.ci/run, step 2).
set(AUSGLEICH_SANITIZERS "" CACHE STRING "Comma-separated sanitizers (e.g. address,undefined)")
if(AUSGLEICH_SANITIZERS)
  add_compile_options(-fsanitize=${AUSGLEICH_SANITIZERS} -fno-omit-frame-pointer
                      -fno-sanitize-recover=all)
  add_link_options(-fsanitize=${AUSGLEICH_SANITIZERS})
endif()

# -DAUSGLEICH_FUZZ=ON (tests/fuzz/run.sh): the library is instrumented for
# libFuzzer too, so these flags must be set before lib/ is added (this file is
# included before it); only the harnesses link the fuzzer runtime itself
# (tests/fuzz/CMakeLists.txt).
if(AUSGLEICH_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "AUSGLEICH_FUZZ needs clang (libFuzzer), not ${CMAKE_CXX_COMPILER_ID}: "
                        "configure a fresh build directory with CXX=clang++ (tests/fuzz/run.sh does)")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
endif()
