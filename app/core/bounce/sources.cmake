# The bounce decoder (issue 4): GUI-free, Qt6::Core + GMime 3 + uchardet + libxml2.
# Included by app/CMakeLists.txt right after bouncelens_core is created.
target_sources(bouncelens_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/addressaction.cpp ${CMAKE_CURRENT_LIST_DIR}/addressaction.h
    ${CMAKE_CURRENT_LIST_DIR}/addresses.cpp ${CMAKE_CURRENT_LIST_DIR}/addresses.h
    ${CMAKE_CURRENT_LIST_DIR}/bouncedecoder.cpp ${CMAKE_CURRENT_LIST_DIR}/bouncedecoder.h
    ${CMAKE_CURRENT_LIST_DIR}/bouncepatterns.cpp ${CMAKE_CURRENT_LIST_DIR}/bouncepatterns.h
    ${CMAKE_CURRENT_LIST_DIR}/charsetdecoder.cpp ${CMAKE_CURRENT_LIST_DIR}/charsetdecoder.h
    ${CMAKE_CURRENT_LIST_DIR}/decodecommand.cpp ${CMAKE_CURRENT_LIST_DIR}/decodecommand.h
    ${CMAKE_CURRENT_LIST_DIR}/decodejob.cpp ${CMAKE_CURRENT_LIST_DIR}/decodejob.h
    ${CMAKE_CURRENT_LIST_DIR}/decodereport.cpp ${CMAKE_CURRENT_LIST_DIR}/decodereport.h
    ${CMAKE_CURRENT_LIST_DIR}/decoderesult.h
    ${CMAKE_CURRENT_LIST_DIR}/decodetypes.cpp ${CMAKE_CURRENT_LIST_DIR}/decodetypes.h
    ${CMAKE_CURRENT_LIST_DIR}/deliverystatus.cpp ${CMAKE_CURRENT_LIST_DIR}/deliverystatus.h
    ${CMAKE_CURRENT_LIST_DIR}/enhancedstatus.cpp ${CMAKE_CURRENT_LIST_DIR}/enhancedstatus.h
    ${CMAKE_CURRENT_LIST_DIR}/entrymatcher.cpp ${CMAKE_CURRENT_LIST_DIR}/entrymatcher.h
    ${CMAKE_CURRENT_LIST_DIR}/explanation.cpp ${CMAKE_CURRENT_LIST_DIR}/explanation.h
    ${CMAKE_CURRENT_LIST_DIR}/htmltext.cpp ${CMAKE_CURRENT_LIST_DIR}/htmltext.h
    ${CMAKE_CURRENT_LIST_DIR}/libhandles.h
    ${CMAKE_CURRENT_LIST_DIR}/limitnote.h
    ${CMAKE_CURRENT_LIST_DIR}/messagereader.cpp ${CMAKE_CURRENT_LIST_DIR}/messagereader.h
    ${CMAKE_CURRENT_LIST_DIR}/notetext.cpp ${CMAKE_CURRENT_LIST_DIR}/notetext.h
    ${CMAKE_CURRENT_LIST_DIR}/mimeprescan.cpp ${CMAKE_CURRENT_LIST_DIR}/mimeprescan.h
    ${CMAKE_CURRENT_LIST_DIR}/placeholders.cpp ${CMAKE_CURRENT_LIST_DIR}/placeholders.h
    ${CMAKE_CURRENT_LIST_DIR}/readabletext.cpp ${CMAKE_CURRENT_LIST_DIR}/readabletext.h
    ${CMAKE_CURRENT_LIST_DIR}/reasonclassifier.cpp ${CMAKE_CURRENT_LIST_DIR}/reasonclassifier.h
    ${CMAKE_CURRENT_LIST_DIR}/recipientassembler.cpp ${CMAKE_CURRENT_LIST_DIR}/recipientassembler.h
    ${CMAKE_CURRENT_LIST_DIR}/replyextractor.cpp ${CMAKE_CURRENT_LIST_DIR}/replyextractor.h
    ${CMAKE_CURRENT_LIST_DIR}/replylayouts.cpp ${CMAKE_CURRENT_LIST_DIR}/replylayouts.h
    ${CMAKE_CURRENT_LIST_DIR}/scoringweights.h
    ${CMAKE_CURRENT_LIST_DIR}/senderidentity.cpp ${CMAKE_CURRENT_LIST_DIR}/senderidentity.h
    ${CMAKE_CURRENT_LIST_DIR}/senderreport.cpp ${CMAKE_CURRENT_LIST_DIR}/senderreport.h
    ${CMAKE_CURRENT_LIST_DIR}/verdict.cpp ${CMAKE_CURRENT_LIST_DIR}/verdict.h
)
target_include_directories(bouncelens_core PUBLIC ${CMAKE_CURRENT_LIST_DIR})
target_link_libraries(bouncelens_core PUBLIC PkgConfig::GMIME PkgConfig::UCHARDET PkgConfig::LIBXML2)
qt_add_resources(bouncelens_core "bouncepatterns"
    PREFIX "/"
    BASE ${PROJECT_SOURCE_DIR}/resources
    FILES ${PROJECT_SOURCE_DIR}/resources/bounce-patterns.json
          ${PROJECT_SOURCE_DIR}/resources/address-actions.json)
