# Project administration sources (Projects page, member CSV import); target_sources(codemie_ui PRIVATE …)
