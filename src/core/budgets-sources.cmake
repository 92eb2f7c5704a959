# Budget views (issue 13): money, the budget cell's thresholds, daily spend series.
target_sources(codemie_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BudgetCell.cpp ${CMAKE_CURRENT_LIST_DIR}/BudgetCell.h
    ${CMAKE_CURRENT_LIST_DIR}/SpendSeries.cpp ${CMAKE_CURRENT_LIST_DIR}/SpendSeries.h)
