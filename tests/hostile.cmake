# Hostile inputs (issue 25): markup in the window, memory before parsing, limits said, exports.
# Labelled "hostile" too, so that CI runs them as their own group (ctest -L hostile); each takes
# a few seconds and a few hundred MB at most.
bouncelens_add_test(tst_hostileinputs LABELS unit hostile LIBRARIES bouncelens_core)
bouncelens_add_test(tst_hostilewindow LABELS widget hostile LIBRARIES bouncelens_ui)
# The console's outputs (CSV, suppression list, lookup's message) and a closed standard input.
add_test(NAME cli_hostile_console
    COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/hostile_console.sh $<TARGET_FILE:bouncelens>)
set_tests_properties(cli_hostile_console PROPERTIES
    LABELS "cli;hostile" ENVIRONMENT "LC_ALL=C.UTF-8;LANG=C.UTF-8"
    PASS_REGULAR_EXPRESSION "hostile console: ok")
