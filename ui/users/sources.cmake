# ui/users: the Users page, its lazy table model and the user details dialog
target_sources(codemie_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BulkActionDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/BulkActionDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/UserBudgetsCard.cpp ${CMAKE_CURRENT_LIST_DIR}/UserBudgetsCard.h
    ${CMAKE_CURRENT_LIST_DIR}/UserDetailsDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/UserDetailsDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/UserTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/UserTableModel.h
    ${CMAKE_CURRENT_LIST_DIR}/UsersPage.cpp ${CMAKE_CURRENT_LIST_DIR}/UsersPage.h
)
target_include_directories(codemie_ui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
