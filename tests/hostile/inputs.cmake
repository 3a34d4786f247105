# Hostile input files and rules directories (issue 10, tests/hostile/inputs.sh):
# one CTest test per case. Included by tests/CMakeLists.txt.
foreach(inputs_case dev-zero sparse-file pipe-too-large pipe-odd-chunks pipe-input utf16le-bom utf16be-bom
        utf16le-no-bom utf32 utf16-rules-file fifo-rules-file socket-rules-file
        device-link-rules-file symlinks-in-rules broken-links-in-rules unreadable-rules-dir
        unreadable-rules-file rules-problems-at-once rules-env-no-directory rules-flag-empty)
  add_test(NAME hostile/inputs/${inputs_case}
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/hostile/inputs.sh $<TARGET_FILE:ausgleich>
                   ${inputs_case}
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(hostile/inputs/${inputs_case} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120)
endforeach()
# Half a gigabyte each: never two at once under ctest -j.
set_tests_properties(hostile/inputs/dev-zero hostile/inputs/pipe-too-large
                     hostile/inputs/pipe-odd-chunks
                     PROPERTIES RESOURCE_LOCK half_a_gigabyte)
