#include "RealmExportReader.h"

#include "ShownText.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace codemie {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RealmExportReader)
};

Outcome fileError(const QString &message, const QString &details = {})
{
    return Outcome::failure(
        Outcome::Kind::InvalidInput, message, details,
        Tr::tr("Use the files exactly as “kc.sh export” wrote them: a "
               "<realm>-realm.json file, with <realm>-users-<N>.json files beside "
               "it when users were exported to separate files."));
}

// Why `path` cannot be read as an export file before anything is opened (a
// FIFO would block open() forever, a device never ends), or empty.
Outcome notAPlainFile(const QString &path)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (info.isSymLink() && !info.exists())
        return Outcome::failure(
            Outcome::Kind::NotFound,
            Tr::tr("The realm export “%1” is a symbolic link that leads nowhere.").arg(shown),
            Tr::tr("It points at “%1”, which does not exist, or the links form a loop.")
                .arg(info.symLinkTarget()),
            Tr::tr("Give the path of the export file itself."));
    if (!info.exists())
        return Outcome::failure(Outcome::Kind::NotFound,
                                Tr::tr("The realm export “%1” does not exist.").arg(shown), {},
                                Tr::tr("Check the path."));
    if (!info.isFile())
        return fileError(Tr::tr("“%1” is not a plain file (it is a folder, a pipe, a device or a "
                                "socket), so it is not read.")
                             .arg(shown));
    return Outcome::ok();
}

Result<QJsonDocument> readJson(const QString &path)
{
    Result<QJsonDocument> result;
    result.outcome = notAPlainFile(path);
    if (!result.outcome)
        return result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.outcome = Outcome::failure(
            file.exists() ? Outcome::Kind::InvalidInput : Outcome::Kind::NotFound,
            Tr::tr("The realm export “%1” cannot be read.").arg(QDir::toNativeSeparators(path)),
            file.errorString(), Tr::tr("Check the path and that this account may read the file."));
        return result;
    }
    if (file.size() > RealmExportReader::maxFileBytes) {
        result.outcome = fileError(
            Tr::tr("The realm export “%1” is larger than 1 GB.")
                .arg(QDir::toNativeSeparators(path)),
            Tr::tr("Export the users into several files (kc.sh export --users different_files)."));
        return result;
    }
    // A file that grows while it is read is stopped at the limit, not read on.
    QByteArray data;
    data.reserve(qMin(file.size(), RealmExportReader::maxFileBytes) + 1);
    constexpr qint64 chunkBytes = 16 * 1024 * 1024;
    while (data.size() <= RealmExportReader::maxFileBytes) {
        // QIODevice::read allocates the whole chunk: no more than the file
        // still holds (and a little), so that a small file is not read into
        // 16 MB buffers.
        const QByteArray chunk =
            file.read(qBound<qint64>(64 * 1024, file.size() - data.size() + 1, chunkBytes));
        if (chunk.isEmpty())
            break;
        data += chunk;
    }
    if (data.size() > RealmExportReader::maxFileBytes) {
        result.outcome = fileError(
            Tr::tr("The realm export “%1” is larger than 1 GB.")
                .arg(QDir::toNativeSeparators(path)),
            Tr::tr("Export the users into several files (kc.sh export --users different_files)."));
        return result;
    }
    QJsonParseError error{};
    result.value = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = data.left(error.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
        result.outcome = fileError(
            Tr::tr("The realm export “%1” is not valid JSON.").arg(QDir::toNativeSeparators(path)),
            Tr::tr("%1 at line %2, column %3.").arg(error.errorString()).arg(line).arg(column));
    }
    return result;
}

QString usersPattern(const QString &realm)
{
    return QStringLiteral("^%1-users-(\\d+)\\.json$").arg(QRegularExpression::escape(realm));
}

} // namespace

Result<RealmExportReader::Export> RealmExportReader::read(const QString &path, const QString &realm)
{
    Result<Export> result;
    Export &out = result.value;
    QFileInfo info(path);
    if (!info.isDir()) {
        result.outcome = notAPlainFile(path);
        if (!result.outcome)
            return result;
    }
    QString mainFile = info.absoluteFilePath();
    if (info.isDir()) {
        const QDir dir(info.absoluteFilePath());
        QStringList realmFiles =
            dir.entryList({QStringLiteral("*-realm.json")}, QDir::Files | QDir::System, QDir::Name);
        if (!realm.isEmpty())
            realmFiles = realmFiles.filter(QRegularExpression(
                QStringLiteral("^%1-realm\\.json$").arg(QRegularExpression::escape(realm))));
        if (realmFiles.size() != 1) {
            result.outcome = fileError(
                realmFiles.isEmpty()
                    ? Tr::tr("The folder “%1” holds no realm file (<realm>-realm.json).")
                          .arg(QDir::toNativeSeparators(dir.path()))
                    : Tr::tr("The folder “%1” holds several realm files; say which realm to read.")
                          .arg(QDir::toNativeSeparators(dir.path())),
                realmFiles.join(QStringLiteral(", ")));
            return result;
        }
        mainFile = dir.absoluteFilePath(realmFiles.first());
    }

    Result<QJsonDocument> main = readJson(mainFile);
    if (!main.isOk()) {
        result.outcome = main.outcome;
        return result;
    }
    QJsonObject realmObject;
    if (main.value.isArray()) {
        QStringList names;
        for (const QJsonValue &v : main.value.array()) {
            const QJsonObject o = v.toObject();
            const QString name = o.value(QLatin1String("realm")).toString();
            names << name;
            if ((!realm.isEmpty() && name == realm) ||
                (realm.isEmpty() && main.value.array().size() == 1))
                realmObject = o;
        }
        if (realmObject.isEmpty()) {
            result.outcome = fileError(
                realm.isEmpty()
                    ? Tr::tr("The realm export “%1” holds several realms; say which one to read.")
                          .arg(QDir::toNativeSeparators(mainFile))
                    : Tr::tr("The realm export “%1” has no realm “%2”.")
                          .arg(QDir::toNativeSeparators(mainFile), realm),
                Tr::tr("Realms in the file: %1").arg(names.join(QStringLiteral(", "))));
            return result;
        }
    } else {
        realmObject = main.value.object();
    }
    const QJsonValue realmName = realmObject.value(QLatin1String("realm"));
    if (!realmName.isString() || realmName.toString().isEmpty()) {
        result.outcome = fileError(Tr::tr("“%1” is not a Keycloak realm export: it names no realm.")
                                       .arg(QDir::toNativeSeparators(mainFile)));
        return result;
    }
    out.realm = realmName.toString();
    if (!realm.isEmpty() && realm != out.realm) {
        result.outcome = fileError(Tr::tr("“%1” is the export of realm “%2”, not “%3”.")
                                       .arg(QDir::toNativeSeparators(mainFile), out.realm, realm));
        return result;
    }

    // Given one users file, start from the realm file beside it when there is one.
    const QString realmFile = QFileInfo(mainFile).absoluteDir().absoluteFilePath(
        out.realm + QStringLiteral("-realm.json"));
    if (QRegularExpression(usersPattern(out.realm))
            .match(QFileInfo(mainFile).fileName())
            .hasMatch() &&
        QFileInfo::exists(realmFile))
        return read(realmFile, out.realm);

    // The users files beside it (and the given file, when it is one of them),
    // in the order of their numbers, after the realm file.
    const QDir dir = QFileInfo(mainFile).absoluteDir();
    const QRegularExpression pattern(usersPattern(out.realm));
    QStringList siblings = dir.entryList({out.realm + QStringLiteral("-users-*.json")},
                                         QDir::Files | QDir::System | QDir::Hidden, QDir::Name);
    siblings = siblings.filter(pattern);
    std::sort(siblings.begin(), siblings.end(), [&pattern](const QString &a, const QString &b) {
        return pattern.match(a).captured(1).toLongLong() <
               pattern.match(b).captured(1).toLongLong();
    });
    QStringList files;
    if (!pattern.match(QFileInfo(mainFile).fileName()).hasMatch())
        files << mainFile;
    for (const QString &name : std::as_const(siblings))
        files << dir.absoluteFilePath(name);
    out.files = files;

    QSet<QString> seen;
    QStringList duplicateIds; // the first few, for the warning
    bool anyUsersKey = false;
    for (const QString &file : std::as_const(files)) {
        QJsonObject object = realmObject;
        if (file != mainFile) {
            Result<QJsonDocument> doc = readJson(file);
            if (!doc.isOk()) {
                result.outcome = doc.outcome;
                result.value = Export();
                return result;
            }
            object = doc.value.object();
            const QJsonValue fileRealm = object.value(QLatin1String("realm"));
            if (!doc.value.isObject() ||
                (!fileRealm.isUndefined() && fileRealm.toString() != out.realm)) {
                result.outcome = fileError(Tr::tr("“%1” is not a users file of realm “%2”.")
                                               .arg(QDir::toNativeSeparators(file), out.realm));
                result.value = Export();
                return result;
            }
        }
        const QJsonValue users = object.value(QLatin1String("users"));
        if (users.isUndefined() || users.isNull())
            continue;
        if (!users.isArray()) {
            result.outcome = fileError(
                Tr::tr("In “%1”, “users” is not a list.").arg(QDir::toNativeSeparators(file)));
            result.value = Export();
            return result;
        }
        anyUsersKey = true;
        const QJsonArray array = users.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString where = Tr::tr("%1, user number %2")
                                      .arg(QDir::toNativeSeparators(QFileInfo(file).fileName()))
                                      .arg(i + 1);
            if (!array.at(i).isObject()) {
                result.outcome = fileError(Tr::tr("The realm export has something else than a user "
                                                  "in its list of users."),
                                           where);
                result.value = Export();
                return result;
            }
            Result<KeycloakUser> user = KeycloakUser::fromJson(array.at(i).toObject(), where,
                                                               KeycloakUser::Origin::ExportFile);
            if (!user.isOk()) {
                result.outcome = user.outcome;
                result.value = Export();
                return result;
            }
            if (seen.contains(user.value.id)) {
                if (++out.duplicatesDropped <= 10)
                    duplicateIds << ShownText::escaped(user.value.id, 80);
                continue;
            }
            seen.insert(user.value.id);
            for (const QString &role : std::as_const(user.value.realmRoles))
                out.roleMembers[role].append(user.value.id);
            out.users.append(std::move(user.value));
        }
    }
    if (out.duplicatesDropped > 0)
        out.warnings << Tr::tr("%n user(s) appear more than once in the export (the same id); only "
                               "the first of each was read: %1",
                               nullptr, out.duplicatesDropped)
                            .arg(duplicateIds.join(QStringLiteral(", ")) +
                                 (out.duplicatesDropped > 10 ? QStringLiteral(", …") : QString()));
    if (!anyUsersKey) {
        result.outcome = Outcome::failure(
            Outcome::Kind::NotFound,
            Tr::tr("The realm export of “%1” contains no users.").arg(out.realm),
            Tr::tr("Read: %1").arg(QDir::toNativeSeparators(mainFile)),
            Tr::tr("Export again with users: kc.sh export --dir <folder> --realm %1 (users go into "
                   "separate files by default) or --users realm_file. The admin console's partial "
                   "export never includes users.")
                .arg(out.realm));
        result.value = Export();
    }
    return result;
}

} // namespace codemie
