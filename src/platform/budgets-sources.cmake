# Budget views (issue 13): the reads behind the Budgets page and the spend chart.
target_sources(codemie_platform PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/BudgetViewRepository.cpp ${CMAKE_CURRENT_LIST_DIR}/BudgetViewRepository.h)
