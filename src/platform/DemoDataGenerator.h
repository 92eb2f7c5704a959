#pragma once

#include "PlatformDatabase.h"
#include "SchemaCapabilities.h"

#include <QDate>
#include <functional>

namespace codemie {

// Fills an empty platform schema with realistic, deterministic data: the
// same options give the same rows. Used for the demo database (SQLite) and
// for benchmark databases on PostgreSQL.
class DemoDataGenerator {
public:
    struct Options {
        int users = 2000;
        int sharedProjects = 160;
        int spendDays = 120;
        int activityEvents = 3000; // 2.40+ (DemoActivityEvents)
        quint32 seed = 20261129;
        QDate lastSpendDay; // invalid: yesterday (demo); tests pass a fixed day
        // Called with a short description and a 0–100 figure.
        std::function<void(const QString &, int)> progress;
    };
    struct Summary {
        int users = 0;
        int admins = 0;
        int maintainers = 0;
        int deactivated = 0;
        int external = 0;
        int sharedProjects = 0;
        int personalProjects = 0;
        int memberships = 0;
        int budgets = 0;
        int spendRows = 0;
        QString actorEmail; // the demo's maintainer, to act as
    };

    DemoDataGenerator(const PlatformDatabase &db, const SchemaCapabilities &caps, Options options);
    Result<Summary> run();

    static QString demoActorEmail() { return QStringLiteral("ada.lovelace@codemie.example"); }

private:
    const PlatformDatabase &m_db;
    SchemaCapabilities m_caps;
    Options m_options;
};

} // namespace codemie
