# The one input path (issue 19): the directory walk, the read policy and the ordered, cancellable
# batch decode on the decode pool, used by the console, the Decode view and the Mailbox view.
# GUI-free. Included by app/CMakeLists.txt right after bouncelens_core is created.
target_sources(bouncelens_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/messagefiles.cpp ${CMAKE_CURRENT_LIST_DIR}/messagefiles.h
    ${CMAKE_CURRENT_LIST_DIR}/decodebatch.cpp ${CMAKE_CURRENT_LIST_DIR}/decodebatch.h
)
target_include_directories(bouncelens_core PUBLIC ${CMAKE_CURRENT_LIST_DIR})
