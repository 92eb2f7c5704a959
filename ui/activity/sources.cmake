# ui/activity: the Activity events page (2.40+, maintainers) and its lazy keyset model
target_sources(codemie_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ActivityPage.cpp ${CMAKE_CURRENT_LIST_DIR}/ActivityPage.h
    ${CMAKE_CURRENT_LIST_DIR}/ActivityTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/ActivityTableModel.h
)
target_include_directories(codemie_ui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
