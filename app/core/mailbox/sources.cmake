# The mailbox view's engine (issue 10): the streaming decode job, the recipients table model
# and its filter, the summary counts and the exports (CSV, JSON Lines, suppression list).
# GUI-free. Included by app/CMakeLists.txt right after bouncelens_core is created.
target_sources(bouncelens_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/mailboxmessage.cpp ${CMAKE_CURRENT_LIST_DIR}/mailboxmessage.h
    ${CMAKE_CURRENT_LIST_DIR}/mailboxjob.cpp ${CMAKE_CURRENT_LIST_DIR}/mailboxjob.h
    ${CMAKE_CURRENT_LIST_DIR}/mailboxmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/mailboxmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/mailboxfilterproxy.cpp ${CMAKE_CURRENT_LIST_DIR}/mailboxfilterproxy.h
    ${CMAKE_CURRENT_LIST_DIR}/mailboxsummary.cpp ${CMAKE_CURRENT_LIST_DIR}/mailboxsummary.h
    ${CMAKE_CURRENT_LIST_DIR}/mailboxexport.cpp ${CMAKE_CURRENT_LIST_DIR}/mailboxexport.h
    ${CMAKE_CURRENT_LIST_DIR}/suppressionlist.cpp ${CMAKE_CURRENT_LIST_DIR}/suppressionlist.h
)
target_include_directories(bouncelens_core PUBLIC ${CMAKE_CURRENT_LIST_DIR})
