#include "DemoDatabase.h"

#include "SchemaInstaller.h"
#include "SchemaProbe.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace codemie {

QString DemoDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/demo/codemie-demo.sqlite");
}

Result<DemoDataGenerator::Summary> DemoDatabase::ensure(const QString &path,
                                                        const DemoDataGenerator::Options &options)
{
    Result<DemoDataGenerator::Summary> r;
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0)
        return r;
    if (!QDir().mkpath(info.absolutePath())) {
        r.outcome = Outcome::failure(
            Outcome::Kind::DatabaseError,
            QCoreApplication::translate("DemoDatabase", "Cannot create the folder %1")
                .arg(info.absolutePath()));
        return r;
    }
    // Build into a temporary file and move it in place, so an interrupted
    // first run never leaves a half-filled demo database behind.
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    {
        ConnectionSettings settings;
        settings.driver = ConnectionSettings::Driver::SQLite;
        settings.sqlitePath = partial;
        PlatformDatabase db(settings);
        db.setCreateIfMissing(true);
        r.outcome = db.open();
        if (r.outcome)
            r.outcome = SchemaInstaller::install(db, QStringLiteral("2.42.0"));
        if (!r.outcome)
            return r;
        const auto probed = SchemaProbe(db).probe();
        if (!probed.outcome) {
            r.outcome = probed.outcome;
            return r;
        }
        DemoDataGenerator::Options opts = options;
        if (!opts.lastSpendDay.isValid())
            opts.lastSpendDay = QDate::currentDate().addDays(-1);
        auto generated = DemoDataGenerator(db, probed.value.caps, opts).run();
        if (!generated.outcome) {
            r.outcome = generated.outcome;
            return r;
        }
        r.value = generated.value;
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path))
        r.outcome = Outcome::failure(
            Outcome::Kind::DatabaseError,
            QCoreApplication::translate("DemoDatabase", "Cannot move the demo database to %1")
                .arg(path));
    return r;
}

} // namespace codemie
