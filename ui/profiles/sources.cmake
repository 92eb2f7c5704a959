# ui/profiles: connection profiles: the form and the manager dialog
target_sources(codemie_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ProfileForm.cpp ${CMAKE_CURRENT_LIST_DIR}/ProfileForm.h
    ${CMAKE_CURRENT_LIST_DIR}/ProfileManagerDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/ProfileManagerDialog.h
)
target_include_directories(codemie_ui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
