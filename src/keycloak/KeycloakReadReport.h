#pragma once

#include <QStringList>

namespace codemie {

// What happened during the last read of users: the figures a report or a
// log shows next to the result.
struct KeycloakReadReport {
    int countAtStart = 0; // /users/count before the first page
    int countAtEnd = 0;   // /users/count after the last page
    int usersRead = 0;    // distinct users returned
    int pagesFetched = 0; // successful page answers, re-checks included
    int shortPagesRechecked = 0;
    int duplicatesDropped = 0;
    int retries = 0; // requests repeated after timeouts, resets, 429, 5xx, bad bodies
    int tokensObtained = 0;
    int renewalsAfter401 = 0;
    QStringList warnings;
};

// Where a read stands, for a progress display: users read of the total,
// pages answered and requests retried so far.
struct KeycloakReadProgress {
    int done = 0;
    int total = 0;
    int pages = 0;
    int retries = 0;
};

} // namespace codemie
