# ui/migration: the Migration page and the migration wizard
target_sources(codemie_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MigrationPage.cpp ${CMAKE_CURRENT_LIST_DIR}/MigrationPage.h
    ${CMAKE_CURRENT_LIST_DIR}/MigrationWizard.cpp ${CMAKE_CURRENT_LIST_DIR}/MigrationWizard.h
    ${CMAKE_CURRENT_LIST_DIR}/PlanTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/PlanTableModel.h
)
target_include_directories(codemie_ui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
