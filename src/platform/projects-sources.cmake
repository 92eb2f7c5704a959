# Project administration sources (Projects page, member CSV import); target_sources(codemie_platform PRIVATE …)
target_sources(codemie_platform PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MemberBulkOperation.cpp ${CMAKE_CURRENT_LIST_DIR}/MemberBulkOperation.h
    ${CMAKE_CURRENT_LIST_DIR}/MemberCsvImport.cpp ${CMAKE_CURRENT_LIST_DIR}/MemberCsvImport.h
    ${CMAKE_CURRENT_LIST_DIR}/ProjectMemberSearch.cpp ${CMAKE_CURRENT_LIST_DIR}/ProjectMemberSearch.h)
