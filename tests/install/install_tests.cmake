# Install tests (issue 15): the build installed as a user or a packager would, then run and
# checked from there. Included by tests/CMakeLists.txt; all are labelled "install"
# (ctest -L install). The validators are checked when installed (the README's package list
# installs them), and reported as skipped otherwise.
include(GNUInstallDirs)
set(install_dir ${CMAKE_CURRENT_BINARY_DIR}/install-test)
set(prefix ${install_dir}/prefix)
set(exe ${prefix}/${CMAKE_INSTALL_BINDIR}/bouncelens)
set(module_dir ${prefix}/${CMAKE_INSTALL_LIBDIR}/bouncelens)
set(scripts ${CMAKE_CURRENT_LIST_DIR})

# A temporary prefix, as "cmake --install build --prefix DIR".
add_test(NAME install_tree
    COMMAND ${CMAKE_COMMAND} -DBUILD_DIR=${PROJECT_BINARY_DIR} -DROOT=${prefix}
        -DPREFIX=${prefix} -P ${scripts}/install_tree.cmake)
set_tests_properties(install_tree PROPERTIES FIXTURES_SETUP installed)

add_test(NAME install_version COMMAND ${exe} --version)
set_tests_properties(install_version PROPERTIES
    PASS_REGULAR_EXPRESSION "^bouncelens ${PROJECT_VERSION}\n$")
add_test(NAME install_lookup COMMAND ${exe} lookup 550 --lang en)
set_tests_properties(install_lookup PROPERTIES ENVIRONMENT "LC_ALL=C.UTF-8"
    PASS_REGULAR_EXPRESSION "550 5\\.1\\.1  \\[gmail-41\\].*Codes found: [1-9]")
add_test(NAME install_window COMMAND ${scripts}/run_window.sh ${exe} ${module_dir})

set(icons)
foreach(size 16 22 24 32 48 64 128 256)
    list(APPEND icons ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps/bouncelens.png)
endforeach()
set(installed_files
    ${CMAKE_INSTALL_BINDIR}/bouncelens
    ${CMAKE_INSTALL_LIBDIR}/bouncelens/bouncelens_gui.so
    ${CMAKE_INSTALL_DATADIR}/applications/bouncelens.desktop
    ${CMAKE_INSTALL_DATADIR}/metainfo/${BOUNCELENS_APPSTREAM_ID}.metainfo.xml
    ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps/bouncelens.svg
    ${icons}
    ${CMAKE_INSTALL_MANDIR}/man1/bouncelens.1.gz
    ${CMAKE_INSTALL_DATADIR}/bash-completion/completions/bouncelens)
list(JOIN installed_files "|" installed_files)
add_test(NAME install_files
    COMMAND ${CMAKE_COMMAND} -DROOT=${prefix} "-DFILES=${installed_files}"
        -P ${scripts}/check_files.cmake)

# A packager's install: DESTDIR and the /usr prefix; the tree works where it was staged.
set(staged ${install_dir}/destdir)
add_test(NAME install_destdir_tree
    COMMAND ${CMAKE_COMMAND} -DBUILD_DIR=${PROJECT_BINARY_DIR} -DROOT=${staged}
        -DDESTDIR=${staged} -DPREFIX=/usr -P ${scripts}/install_tree.cmake)
set_tests_properties(install_destdir_tree PROPERTIES FIXTURES_SETUP staged)
add_test(NAME install_destdir_window
    COMMAND ${scripts}/run_window.sh ${staged}/usr/bin/bouncelens
        ${staged}/usr/${CMAKE_INSTALL_LIBDIR}/bouncelens)
set_tests_properties(install_destdir_window PROPERTIES FIXTURES_REQUIRED staged)

add_test(NAME install_completion
    COMMAND bash ${scripts}/check_completion.sh
        ${prefix}/${CMAKE_INSTALL_DATADIR}/bash-completion/completions/bouncelens)

# bouncelens_add_validator(NAME PROGRAM COMMAND...): runs COMMAND when PROGRAM is installed.
function(bouncelens_add_validator name program)
    find_program(BOUNCELENS_${name}_PROGRAM ${program})
    if(BOUNCELENS_${name}_PROGRAM)
        add_test(NAME ${name} COMMAND ${ARGN})
    else()
        add_test(NAME ${name} COMMAND ${CMAKE_COMMAND} -E echo "SKIP: ${program} is not installed")
    endif()
    set_tests_properties(${name} PROPERTIES FIXTURES_REQUIRED installed LABELS install
        SKIP_REGULAR_EXPRESSION "SKIP: " TIMEOUT 120)
endfunction()

bouncelens_add_validator(validate_desktop desktop-file-validate
    ${scripts}/quiet.sh desktop-file-validate
        ${prefix}/${CMAKE_INSTALL_DATADIR}/applications/bouncelens.desktop)
bouncelens_add_validator(validate_metainfo appstreamcli
    appstreamcli validate --no-net --strict
        ${prefix}/${CMAKE_INSTALL_DATADIR}/metainfo/${BOUNCELENS_APPSTREAM_ID}.metainfo.xml)
if(BOUNCELENS_validate_metainfo_PROGRAM)
    # Infos and warnings fail it too (--strict), not only errors.
    set_tests_properties(validate_metainfo PROPERTIES
        PASS_REGULAR_EXPRESSION "Validation was successful"
        FAIL_REGULAR_EXPRESSION "(^|\n)[EWI]: ")
endif()
bouncelens_add_validator(validate_manpage groff
    ${scripts}/check_manpage.sh ${BOUNCELENS_MAN_PAGE}
        ${prefix}/${CMAKE_INSTALL_MANDIR}/man1/bouncelens.1.gz)
# The Debian package (cpack -G DEB), when the Debian tools are there. Takes ~20 s.
bouncelens_add_validator(install_deb dpkg-shlibdeps
    ${scripts}/check_deb.sh ${CMAKE_CPACK_COMMAND} ${PROJECT_BINARY_DIR} ${install_dir}/deb
        ${PROJECT_VERSION})
set_tests_properties(install_deb PROPERTIES FIXTURES_REQUIRED "" TIMEOUT 600)

set_tests_properties(install_tree install_version install_lookup install_window install_files
    install_destdir_tree install_destdir_window install_completion PROPERTIES LABELS install
    TIMEOUT 120)
set_tests_properties(install_version install_lookup install_window install_files
    install_completion PROPERTIES FIXTURES_REQUIRED installed)
