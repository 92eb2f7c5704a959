# ui/help: the Help menu's dialogs (About, Keyboard shortcuts)
target_sources(codemie_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/HelpDialogs.cpp ${CMAKE_CURRENT_LIST_DIR}/HelpDialogs.h
)
target_include_directories(codemie_ui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
# About shows what `codemie-admin --version` prints: the same RuntimeInventory.
target_link_libraries(codemie_ui PRIVATE codemie_cli)
