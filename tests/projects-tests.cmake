# Tests of the Projects page and the member CSV import.
