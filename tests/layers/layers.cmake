# The layers of docs/architecture.md: no #include points up a layer, in the real
# tree and, so that the check itself cannot silently pass everything, in a
# small tree of known upward includes (tests/layers/upward/) whose exact
# findings are fixed in upward/expected.
add_test(NAME layers.includes_point_down
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/layers/check_includes.sh ${PROJECT_SOURCE_DIR})
add_test(NAME layers.check_finds_upward_includes
         COMMAND bash -c "out=$(bash '${CMAKE_CURRENT_SOURCE_DIR}/layers/check_includes.sh' \
                     '${CMAKE_CURRENT_SOURCE_DIR}/layers/upward'); rc=$?; \
                     diff -u '${CMAKE_CURRENT_SOURCE_DIR}/layers/upward/expected' - <<< \"$out\" && \
                     [ $rc -eq 1 ]")
