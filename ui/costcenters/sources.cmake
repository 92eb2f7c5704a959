# ui/costcenters: the Cost centers page (2.19+), its edit dialog and the project picker
target_sources(codemie_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CostCenterEditDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/CostCenterEditDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/CostCenterProjectsDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/CostCenterProjectsDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/CostCentersPage.cpp ${CMAKE_CURRENT_LIST_DIR}/CostCentersPage.h
)
target_include_directories(codemie_ui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
