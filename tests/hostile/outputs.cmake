# Output files that no signal can leave behind (tests/hostile/outputs.sh): one
# CTest test per case. The fallback-* cases (and nohup) preload no_tmpfile_shim,
# which makes O_TMPFILE look unsupported, to test the named temporary file too.
add_library(no_tmpfile_shim MODULE ${CMAKE_CURRENT_LIST_DIR}/no_tmpfile.cpp)
target_link_libraries(no_tmpfile_shim PRIVATE ausgleich_warnings ${CMAKE_DL_LIBS})
foreach(outputs_case sigint-sigterm sigquit sigusr sigalrm sigxcpu-sigvtalrm-sigprof sigkill
        sigxfsz stopped-write keeps-mode keeps-group foreign-group unprivileged long-name
        archive-interrupted archive-killed archive-long-name archive-trailing-slash
        archive-concurrent nohup fallback-signals fallback-sigxfsz fallback-visible
        fallback-keeps-mode fallback-long-name input-refused special-files)
  add_test(NAME hostile/outputs/${outputs_case}
           COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/outputs.sh $<TARGET_FILE:ausgleich>
                   ${outputs_case} $<TARGET_FILE:no_tmpfile_shim>
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(hostile/outputs/${outputs_case} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 900)
endforeach()
