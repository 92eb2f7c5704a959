# ui/budgets: the Budgets page (web UI §6.3), the assignments of a budget and
# spend over time (an own QPainter chart, its table, exports, top spenders)
target_sources(codemie_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BudgetModels.cpp ${CMAKE_CURRENT_LIST_DIR}/BudgetModels.h
    ${CMAKE_CURRENT_LIST_DIR}/BudgetsPage.cpp ${CMAKE_CURRENT_LIST_DIR}/BudgetsPage.h
    ${CMAKE_CURRENT_LIST_DIR}/SpendChart.cpp ${CMAKE_CURRENT_LIST_DIR}/SpendChart.h
    ${CMAKE_CURRENT_LIST_DIR}/SpendView.cpp ${CMAKE_CURRENT_LIST_DIR}/SpendView.h
)
target_include_directories(codemie_ui PUBLIC ${CMAKE_CURRENT_LIST_DIR})
