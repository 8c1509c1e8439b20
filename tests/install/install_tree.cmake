# Installs the build tree BUILD_DIR as a user would: into PREFIX, or, with DESTDIR set, into
# DESTDIR/PREFIX (as packagers do). The tree is emptied first, so that nothing stale passes.
foreach(var BUILD_DIR PREFIX ROOT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "install_tree.cmake: ${var} is not set")
    endif()
endforeach()
file(REMOVE_RECURSE ${ROOT})
if(DEFINED DESTDIR)
    set(ENV{DESTDIR} ${DESTDIR})
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX}
                RESULT_VARIABLE result OUTPUT_QUIET)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install ${BUILD_DIR} --prefix ${PREFIX} failed: ${result}")
endif()
