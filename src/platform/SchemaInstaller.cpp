#include "SchemaInstaller.h"

#include "SqlText.h"

#include <QCoreApplication>
#include <QFile>

namespace codemie {

QStringList SchemaInstaller::releases(bool postgres)
{
    if (postgres)
        return {QStringLiteral("2.18.0"), QStringLiteral("2.19.0"), QStringLiteral("2.42.0")};
    return {QStringLiteral("2.42.0")};
}

QString SchemaInstaller::scriptPath(bool postgres, const QString &release)
{
    return QStringLiteral(":/codemie/sql/%1/platform-%2.sql")
        .arg(postgres ? QStringLiteral("postgres") : QStringLiteral("sqlite"), release);
}

Outcome SchemaInstaller::install(const PlatformDatabase &db, const QString &release)
{
    QFile file(scriptPath(db.isPostgres(), release));
    if (!file.open(QIODevice::ReadOnly))
        return Outcome::failure(
            Outcome::Kind::InvalidInput,
            QCoreApplication::translate("SchemaInstaller", "No schema fixture for release %1.")
                .arg(release));
    const QStringList statements = SqlText::splitScript(QString::fromUtf8(file.readAll()));
    WriteTransaction tx(db);
    if (!tx.beginOutcome())
        return tx.beginOutcome();
    for (const QString &statement : statements) {
        Outcome o = db.exec(statement);
        if (!o)
            return o;
    }
    Outcome o = tx.commit();
    if (o && db.isPostgres())
        o = db.exec(QStringLiteral("SET search_path TO %1, public")
                        .arg(db.quotedIdentifier(db.settings().schema)));
    return o;
}

} // namespace codemie
