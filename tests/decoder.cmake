# The bounce decoder's tests (issue 4). Included at the end of tests/CMakeLists.txt.
bouncelens_add_test(tst_bouncedecoder LABELS unit LIBRARIES bouncelens_core)
bouncelens_add_test(tst_replyextractor LABELS unit LIBRARIES bouncelens_core)
bouncelens_add_test(tst_recipientassembler LABELS unit LIBRARIES bouncelens_core)
bouncelens_add_test(tst_messagereader LABELS unit LIBRARIES bouncelens_core)
bouncelens_add_test(tst_entrymatcher LABELS unit LIBRARIES bouncelens_core)
bouncelens_add_test(tst_charsetdecoder LABELS unit LIBRARIES bouncelens_core)
bouncelens_add_test(tst_decodecommand LABELS unit cli LIBRARIES bouncelens_core)
bouncelens_add_test(tst_enhancedstatus LABELS unit LIBRARIES bouncelens_core)
bouncelens_add_test(tst_decodetypes LABELS unit LIBRARIES bouncelens_core)
bouncelens_add_test(tst_verdict LABELS unit LIBRARIES bouncelens_core)
bouncelens_add_test(tst_decodereport LABELS unit LIBRARIES bouncelens_core)

# Benchmarks: built, not run by ctest (see tests/bench/README.md).
qt_add_executable(bench_decoder ${CMAKE_CURRENT_LIST_DIR}/bench/bench_decoder.cpp)
target_link_libraries(bench_decoder PRIVATE bouncelens_core)
target_compile_definitions(bench_decoder PRIVATE
    BOUNCELENS_SHARED_DIR="${PROJECT_SOURCE_DIR}/../shared")
set_target_properties(bench_decoder PROPERTIES WIN32_EXECUTABLE OFF MACOSX_BUNDLE OFF)
# What the stack alone costs (README, Benchmarks): Qt Core's start, GMime's mbox parsing.
add_executable(floor_qt ${CMAKE_CURRENT_LIST_DIR}/bench/floor_qt.cpp)
target_link_libraries(floor_qt PRIVATE Qt6::Core)
add_executable(floor_gmime ${CMAKE_CURRENT_LIST_DIR}/bench/floor_gmime.cpp)
target_link_libraries(floor_gmime PRIVATE PkgConfig::GMIME)

# A file named on the command line whose name is not valid UTF-8 (issue 16): read by its bytes.
add_test(NAME cli_decode_name_not_utf8
    COMMAND sh -c "d=$(mktemp -d) && n=\"$d/$(printf 'caf\\351.eml')\" && cp \"${CMAKE_CURRENT_SOURCE_DIR}/data/bounces/postfix-two-recipients.eml\" \"$n\" && \"$<TARGET_FILE:bouncelens>\" decode --json \"$n\"; echo \"exit=$?\"; rm -rf \"$d\"")
set_tests_properties(cli_decode_name_not_utf8 PROPERTIES
    LABELS cli
    ENVIRONMENT "LC_ALL=C.UTF-8"
    PASS_REGULAR_EXPRESSION "\"recipients\":\\[\\{.*exit=0")
# Scaling (issue 16): time for 4x the input at most 5x, for hostile shapes of input.
qt_add_executable(bench_scaling ${CMAKE_CURRENT_LIST_DIR}/bench/bench_scaling.cpp)
target_link_libraries(bench_scaling PRIVATE bouncelens_core)
set_target_properties(bench_scaling PROPERTIES WIN32_EXECUTABLE OFF MACOSX_BUNDLE OFF)
bouncelens_add_test(tst_notetext LABELS unit LIBRARIES bouncelens_core)
# The floor for the window's start (issue 24): a minimal Qt window, painted once.
add_executable(floor_window ${CMAKE_CURRENT_LIST_DIR}/bench/floor_window.cpp)
target_link_libraries(floor_window PRIVATE Qt6::Widgets)
# FirstPaintExit only (header only, ui/firstpaintexit.h): the floor links nothing of the project.
target_include_directories(floor_window PRIVATE ${PROJECT_SOURCE_DIR}/app)
