// The demo and benchmark data's audit log and cost centers (DemoActivityEvents
// called by DemoDataGenerator): the platform's event shapes, runs of equal
// timestamps, and what the Activity events and Cost centers pages read.

#include "ActivityRepository.h"
#include "CostCenterRepository.h"
#include "DemoDataGenerator.h"
#include "PlatformSession.h"
#include "SchemaProbe.h"
#include "TestDatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace codemie;
using codemie::test::TestDatabase;

class TstDemoActivity : public QObject {
    Q_OBJECT
private slots:
    void demoHasActivityAndCostCenters_data()
    {
        TestDatabase::addEngineRows({QStringLiteral("sqlite-2.42.0"), QStringLiteral("pg-2.42.0"),
                                     QStringLiteral("pg-2.19.0")});
    }
    void demoHasActivityAndCostCenters()
    {
        QFETCH(QString, engine);
        CODEMIE_TEST_DB(db, engine);
        const bool v242 = engine != QStringLiteral("pg-2.19.0");
        const auto caps = SchemaProbe(db->admin()).probe().value.caps;
        DemoDataGenerator::Options options;
        options.users = 300;
        options.sharedProjects = 20;
        options.spendDays = 3;
        options.activityEvents = 700;
        options.lastSpendDay = QDate(2026, 11, 28);
        const auto r = DemoDataGenerator(db->admin(), caps, options).run();
        QVERIFY2(r.isOk(), qPrintable(r.outcome.fullText()));
        auto session = db->session(DemoDataGenerator::demoActorEmail());

        // Cost centers with projects, on every schema that has them.
        const auto centers = CostCenterRepository(*session).list();
        QVERIFY(centers.isOk());
        QVERIFY(centers.value.size() >= 3);
        int withProjects = 0;
        for (const CostCenterRecord &cc : centers.value)
            withProjects += cc.projectCount > 0 ? 1 : 0;
        QVERIFY(withProjects >= 3);

        if (!v242) {
            QVERIFY(!ActivityRepository(*session).available());
            return;
        }
        const PlatformDatabase &admin = db->admin();
        QCOMPARE(admin.scalar(QStringLiteral("SELECT count(*) FROM activity_events")).value.toInt(),
                 700);
        // The platform's domains and event types only, with their attribute keys.
        QSqlQuery q = admin.newQuery();
        QVERIFY(admin.exec(q, QStringLiteral("SELECT domain, event_type, entity_type, "
                                             "CAST(attributes AS TEXT), actor_id FROM "
                                             "activity_events")));
        const QSet<QString> domains{QStringLiteral("user_management"),
                                    QStringLiteral("project_management"),
                                    QStringLiteral("budget_management")};
        QSet<QString> types;
        int system = 0;
        while (q.next()) {
            QVERIFY(domains.contains(q.value(0).toString()));
            const QString type = q.value(1).toString();
            types.insert(type);
            const QJsonObject a = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
            if (type == QStringLiteral("user.project.assigned")) {
                QCOMPARE(q.value(2).toString(), QStringLiteral("user"));
                QVERIFY(a.contains(QStringLiteral("project_name")));
                QVERIFY(a.value(QStringLiteral("is_project_admin")).isBool());
            }
            if (type == QStringLiteral("user.created")) {
                QVERIFY(q.value(4).isNull()); // first IdP login: no actor
                QCOMPARE(a.value(QStringLiteral("auth_source")).toString(),
                         QStringLiteral("keycloak"));
            }
            system += q.value(4).isNull() ? 1 : 0;
        }
        QVERIFY(types.contains(QStringLiteral("user.project.assigned")));
        QVERIFY(types.contains(QStringLiteral("project.updated")));
        QVERIFY(types.contains(QStringLiteral("budget.user_assignment.created")));
        QVERIFY(system > 0);
        // Runs of equal timestamps, as bulk operations write them.
        const int instants =
            admin.scalar(QStringLiteral("SELECT count(DISTINCT created_at) FROM activity_events"))
                .value.toInt();
        QVERIFY2(instants < 650, qPrintable(QString::number(instants)));

        // The page's reads: every event once over keyset pages.
        ActivityRepository repo(*session);
        QVERIFY2(repo.available(), qPrintable(repo.unavailableReason()));
        QSet<QString> ids;
        ActivityCursor cursor;
        for (;;) {
            const auto page = repo.page({}, cursor, 37);
            QVERIFY(page.isOk());
            for (const ActivityEvent &e : page.value.rows)
                ids.insert(e.id);
            if (!page.value.more)
                break;
            cursor = page.value.next;
        }
        QCOMPARE(ids.size(), 700);
    }
};

QTEST_GUILESS_MAIN(TstDemoActivity)
#include "tst_demoactivity.moc"
