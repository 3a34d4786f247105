# The one place sanitizer flags are set: -DAUSGLEICH_SANITIZERS=address,undefined
set(AUSGLEICH_SANITIZERS "" CACHE STRING "Comma-separated sanitizers (e.g. address,undefined)")
if(AUSGLEICH_SANITIZERS)
  add_compile_options(-fsanitize=${AUSGLEICH_SANITIZERS} -fno-omit-frame-pointer
                      -fno-sanitize-recover=all)
  add_link_options(-fsanitize=${AUSGLEICH_SANITIZERS})
endif()
