# One INTERFACE target carries the warning flags; product and test code link it privately.
add_library(ausgleich_warnings INTERFACE)
target_compile_options(ausgleich_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Wimplicit-fallthrough
  # GCC 12 warns falsely on std::string concatenation at -O2 (GCC bug 105329).
  $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>)
option(AUSGLEICH_WERROR "Treat warnings as errors" OFF)
if(AUSGLEICH_WERROR)
  target_compile_options(ausgleich_warnings INTERFACE -Werror)
endif()
