// RealmExportReader::read on what `kc.sh export` writes: the input as one
// export file, and, when it holds "\n%%FILE%%\n" separators, split into a
// realm file `codemie-realm.json` (the first part) with users files
// `codemie-users-<N>.json` beside it (the other parts), read through the
// realm file and through the folder.
#include "FuzzSupport.h"
#include "RealmExportReader.h"

#include <QSet>

using namespace codemie;

namespace {

const QByteArray separator = QByteArrayLiteral("\n%%FILE%%\n");

void check(const Result<RealmExportReader::Export> &r)
{
    if (!r.isOk())
        return;
    QSet<QString> ids;
    for (const KeycloakUser &u : r.value.users) {
        if (u.id.isEmpty() || u.username.isEmpty())
            abort(); // the reader refuses users without them
        ids.insert(u.id);
    }
    if (ids.size() != r.value.users.size())
        abort(); // duplicates are dropped
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
    const QString dir = fuzz::scratchDir();

    if (!input.contains(separator)) {
        const QString file = dir + QStringLiteral("/realm-export.json");
        fuzz::writeFile(file, input);
        check(RealmExportReader::read(file));
        check(RealmExportReader::read(file, QStringLiteral("codemie")));
        return 0;
    }
    QList<QByteArray> parts;
    for (qsizetype from = 0;;) {
        const qsizetype at = input.indexOf(separator, from);
        parts << input.mid(from, at < 0 ? -1 : at - from);
        if (at < 0 || parts.size() == 16)
            break;
        from = at + separator.size();
    }
    const QString realmFile = dir + QStringLiteral("/codemie-realm.json");
    fuzz::writeFile(realmFile, parts.takeFirst());
    for (int i = 0; i < parts.size(); ++i)
        fuzz::writeFile(dir + QStringLiteral("/codemie-users-%1.json").arg(i), parts.at(i));
    check(RealmExportReader::read(realmFile));
    check(RealmExportReader::read(dir, QStringLiteral("codemie")));
    if (!parts.isEmpty())
        check(RealmExportReader::read(dir + QStringLiteral("/codemie-users-0.json")));
    return 0;
}
