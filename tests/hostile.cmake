# Hostile inputs (issue 25): markup in the window, memory before parsing, limits said, exports.
# Labelled "hostile" too, so that CI runs them as their own group (ctest -L hostile); each takes
# a few seconds and a few hundred MB at most.
bouncelens_add_test(tst_hostileinputs LABELS unit hostile LIBRARIES bouncelens_core)
bouncelens_add_test(tst_hostilewindow LABELS widget hostile LIBRARIES bouncelens_ui)
