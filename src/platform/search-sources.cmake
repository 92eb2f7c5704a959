# Users search index (issue 16): the Users page's search, filters and order in
# memory, kept fresh on a worker.
target_sources(codemie_platform PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/QueryCanceller.cpp ${CMAKE_CURRENT_LIST_DIR}/QueryCanceller.h
    ${CMAKE_CURRENT_LIST_DIR}/UserSearchIndex.cpp ${CMAKE_CURRENT_LIST_DIR}/UserSearchIndex.h
    ${CMAKE_CURRENT_LIST_DIR}/UserSearchService.cpp ${CMAKE_CURRENT_LIST_DIR}/UserSearchService.h)
