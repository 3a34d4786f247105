# Hostile settlement files and recorded paths that escape (issue 10,
# tests/hostile/settlement_files.sh): one CTest test per case. Included by
# tests/CMakeLists.txt when present.
foreach(settlement_case duplicated-total duplicated-line many-copies duplicated-net
        trueup-duplicated-paid trueup-swapped-paid trueup-label-mismatch impossible-date
        duplicate-key out-of-range path-dotdot path-absolute yaml-outside
        changed-rules-not-parsed changed-paid-not-parsed bundle-symlink-out)
  add_test(NAME hostile/settlement-files/${settlement_case}
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/hostile/settlement_files.sh
                   $<TARGET_FILE:ausgleich> ${settlement_case}
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(hostile/settlement-files/${settlement_case} PROPERTIES TIMEOUT 300)
endforeach()
