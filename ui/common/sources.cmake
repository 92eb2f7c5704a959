# ui/common: widgets and models any page may use (filter chips, worker-thread table model, theme, background task)
target_sources(codemie_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BackgroundTask.cpp ${CMAKE_CURRENT_LIST_DIR}/BackgroundTask.h
    ${CMAKE_CURRENT_LIST_DIR}/Dialogs.cpp ${CMAKE_CURRENT_LIST_DIR}/Dialogs.h
    ${CMAKE_CURRENT_LIST_DIR}/FilterChipBar.cpp ${CMAKE_CURRENT_LIST_DIR}/FilterChipBar.h
    ${CMAKE_CURRENT_LIST_DIR}/Theme.cpp ${CMAKE_CURRENT_LIST_DIR}/Theme.h
    ${CMAKE_CURRENT_LIST_DIR}/WorkerTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/WorkerTableModel.h
)
target_include_directories(codemie_ui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
