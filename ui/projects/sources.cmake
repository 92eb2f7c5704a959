# ui/projects: the Projects page, project detail and edit dialogs, member CSV import
target_sources(codemie_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/MemberImportDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/MemberImportDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/MemberAllocationModel.cpp ${CMAKE_CURRENT_LIST_DIR}/MemberAllocationModel.h
    ${CMAKE_CURRENT_LIST_DIR}/MemberImportPreviewModel.cpp ${CMAKE_CURRENT_LIST_DIR}/MemberImportPreviewModel.h
    ${CMAKE_CURRENT_LIST_DIR}/ProjectBudgetsSection.cpp ${CMAKE_CURRENT_LIST_DIR}/ProjectBudgetsSection.h
    ${CMAKE_CURRENT_LIST_DIR}/ProjectDetailDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ProjectDetailDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/ProjectEditDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ProjectEditDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/ProjectMemberModel.cpp ${CMAKE_CURRENT_LIST_DIR}/ProjectMemberModel.h
    ${CMAKE_CURRENT_LIST_DIR}/ProjectTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/ProjectTableModel.h
    ${CMAKE_CURRENT_LIST_DIR}/ProjectsPage.cpp ${CMAKE_CURRENT_LIST_DIR}/ProjectsPage.h
)
target_include_directories(codemie_ui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
