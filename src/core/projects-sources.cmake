# Project administration sources (Projects page, member CSV import); target_sources(codemie_core PRIVATE …)
target_sources(codemie_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MemberCsv.cpp ${CMAKE_CURRENT_LIST_DIR}/MemberCsv.h)
