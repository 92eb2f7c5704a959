# Tests of the Projects page and the member CSV import.
codemie_add_test(tst_membercsv LIBS codemie_core)
codemie_add_test(tst_projectspage LIBS codemie_ui)
