# ctest: the committed .ts files are complete (no unfinished, vanished or obsolete message) and
# current (lupdate over today's sources adds nothing). Runs lupdate on copies, never on the
# committed files.
#   cmake -DLUPDATE=... -DTS_DIR=translations -DSOURCES_FILE=list.txt -DWORK_DIR=... -P check_translations.cmake
file(READ "${SOURCES_FILE}" sources)
file(GLOB TS_FILES "${TS_DIR}/*.ts")
if(NOT TS_FILES)
    message(FATAL_ERROR "No .ts files in ${TS_DIR}")
endif()
file(MAKE_DIRECTORY "${WORK_DIR}")
set(failures "")
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    file(READ "${ts}" committed)
    string(REGEX MATCHALL "type=\"(unfinished|vanished|obsolete)\"" stale "${committed}")
    list(LENGTH stale count)
    if(count GREATER 0)
        string(APPEND failures "${name}: ${count} unfinished, vanished or obsolete message(s)\n")
    endif()
    configure_file("${ts}" "${WORK_DIR}/${name}" COPYONLY)
    execute_process(
        COMMAND "${LUPDATE}" -no-obsolete -locations none -silent -I "${TS_DIR}/../app" ${sources} -ts "${WORK_DIR}/${name}"
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        string(APPEND failures "${name}: lupdate failed: ${output}\n")
        continue()
    endif()
    file(READ "${WORK_DIR}/${name}" updated)
    string(REGEX MATCHALL "type=\"unfinished\"" fresh "${updated}")
    list(LENGTH fresh count)
    if(count GREATER 0)
        string(APPEND failures
            "${name}: ${count} string(s) in the sources are not translated yet "
            "(cmake --build build --target update_translations, then translate)\n")
    endif()
endforeach()
if(failures)
    message(FATAL_ERROR "Translations are not complete:\n${failures}")
endif()
message(STATUS "Translations complete and current: ${TS_FILES}")
