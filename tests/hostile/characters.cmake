# Hostile characters (tests/hostile/characters.sh): one CTest test per case.
foreach(characters_case escape-in-partner-name line-feed-in-staff-id nul-bel-cr-in-values
        escape-in-key bidi-override-in-name look-alike-ids nfc-duplicate-ids
        explain-decomposed-staff-id escape-on-command-line umlauts-still-work)
  add_test(NAME hostile/characters/${characters_case}
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/hostile/characters.sh $<TARGET_FILE:ausgleich>
                   ${characters_case}
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(hostile/characters/${characters_case} PROPERTIES SKIP_RETURN_CODE 77
                       TIMEOUT 120)
endforeach()
