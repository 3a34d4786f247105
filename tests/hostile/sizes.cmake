# Bounded work (tests/hostile/sizes.sh): one CTest test per case.
foreach(sizes_case thousands-of-partners partners-at-the-limit rates-table-too-wide
        rates-table-too-long)
  add_test(NAME hostile/sizes/${sizes_case}
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/hostile/sizes.sh $<TARGET_FILE:ausgleich>
                   ${sizes_case}
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(hostile/sizes/${sizes_case} PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120)
endforeach()
