# Figure checks of the shipped AGebV rates tables against the verbatim law
# extracts in tests/rules/agebv/ (no network; python3 with PyYAML).
find_program(AUSGLEICH_PYTHON3 python3)
if(AUSGLEICH_PYTHON3)
  add_test(NAME rules/agebv-figures
           COMMAND ${AUSGLEICH_PYTHON3} tests/rules/check_agebv.py
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  add_test(NAME rules/agebv-mutations
           COMMAND ${AUSGLEICH_PYTHON3} tests/rules/check_agebv.py --mutations
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endif()
