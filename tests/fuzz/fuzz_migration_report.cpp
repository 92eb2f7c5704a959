// A migration report read back by the Migration page: the file as
// MigrationHistory::readRun and savedRuns find it in the reports folder, and
// the one-line verdict built from it. Every text shown from the file must
// come out escaped (no control character can reach a label or a terminal).
#include "FuzzSupport.h"
#include "MigrationHistory.h"

#include <QDir>

using namespace codemie;

namespace {

bool shownSafely(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            ++i; // a whole pair is ordinary text
            continue;
        }
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || QChar::isSurrogate(u))
            return false;
    }
    return true;
}

// ShownText cuts after 300 characters: the last one kept may be an escape
// ("\\uXXXX", six) followed by the ellipsis.
constexpr qsizetype maxShown = 300 + 6 + 1;

void checkRun(const SavedMigrationRun &run)
{
    for (const QString *text : {&run.database, &run.actor, &run.source, &run.realm, &run.policy})
        if (!shownSafely(*text) || text->size() > maxShown)
            abort(); // a forged line or terminal sequence from the file
    if (run.finishedAt.isValid() && run.finishedAt.timeSpec() != Qt::UTC)
        abort();
    (void)run.outcome();
    (void)run.complete();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const QString folder = fuzz::scratchDir();
    const QString path = QDir(folder).filePath(QStringLiteral("20261202T101500Z-demo.json"));
    fuzz::writeFile(path, input);

    const Result<SavedMigrationRun> read = MigrationHistory::readRun(path);
    const Result<SavedMigrationRun> direct = MigrationHistory::runFromJson(input, path);
    if (read.isOk() != direct.isOk())
        abort(); // the file and the bytes must read alike
    const QList<SavedMigrationRun> runs = MigrationHistory::savedRuns(folder);
    if (runs.size() != (read.isOk() ? 1 : 0))
        abort(); // a report is listed exactly when it reads
    if (!read.isOk()) {
        if (read.outcome.message().isEmpty())
            abort(); // a refusal always says why
        return 0;
    }
    checkRun(read.value);

    MigrationState state;
    state.users = 3;
    state.keycloakUsers = 2;
    (void)MigrationHistory::verdict(state, runs);
    (void)MigrationHistory::verdict({}, runs);
    return 0;
}
