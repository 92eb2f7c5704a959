// Project name, description and life-cycle rules (platform-rules.md §5–§6).

#include "ProjectRules.h"
#include "SchemaCapabilities.h"

#include <QTest>

using namespace codemie;

class TstProjectRules : public QObject {
    Q_OBJECT
private slots:
    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        const QString pattern = QStringLiteral(
            "Invalid project name. Must be 3-100 lowercase alphanumeric characters "
            "(underscore/hyphen allowed), cannot contain uppercase letters, cannot start with "
            "special character, and cannot use reserved names (admin, system, root, api, null, "
            "undefined, default, test, demo)");
        QTest::newRow("ok") << QStringLiteral("team-alpha_1") << QString();
        QTest::newRow("short") << QStringLiteral("ab")
                               << QStringLiteral("Project name must be at least 3 characters");
        QTest::newRow("100") << QString(100, QLatin1Char('a')) << QString();
        QTest::newRow("101") << QString(101, QLatin1Char('a'))
                             << QStringLiteral("Project name cannot exceed 100 characters");
        QTest::newRow("upper") << QStringLiteral("Team") << pattern;
        QTest::newRow("leading-dash") << QStringLiteral("-team") << pattern;
        QTest::newRow("dot") << QStringLiteral("a.b.c") << pattern;
        QTest::newRow("email") << QStringLiteral("me@example.com") << pattern;
        QTest::newRow("sql") << QStringLiteral("x'; drop table users;--") << pattern;
        QTest::newRow("unicode") << QStringLiteral("équipe") << pattern;
        QTest::newRow("reserved") << QStringLiteral("demo")
                                  << QStringLiteral("Project name 'demo' is reserved and cannot "
                                                    "be used");
        QTest::newRow("reserved-root") << QStringLiteral("root")
                                       << QStringLiteral("Project name 'root' is reserved and "
                                                         "cannot be used");
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(QString, message);
        const Outcome o = ProjectRules::validateName(name);
        QCOMPARE(o.message(), message);
        QCOMPARE(o.isOk(), message.isEmpty());
    }
    void descriptionAndDisplayName()
    {
        QCOMPARE(ProjectRules::validateDescription(QStringLiteral("   ")).message(),
                 QStringLiteral("Project description is required"));
        QCOMPARE(ProjectRules::validateDescription(QString(501, QLatin1Char('x'))).message(),
                 QStringLiteral("Project description cannot exceed 500 characters"));
        QVERIFY(ProjectRules::validateDescription(QString(500, QChar(0x4E2D))).isOk());
        QCOMPARE(ProjectRules::validateDisplayName(QString(151, QLatin1Char('x'))).message(),
                 QStringLiteral("Project display name cannot exceed 150 characters"));
        QVERIFY(
            ProjectRules::validateDisplayName(QStringLiteral("  ") + QString(150, QLatin1Char('x')))
                .isOk());
    }
    void duplicateUsesStoredSpelling()
    {
        QCOMPARE(ProjectRules::duplicateNameOutcome(QStringLiteral("Alpha")).message(),
                 QStringLiteral("Project 'Alpha' already exists. Please choose a different name."));
        QCOMPARE(ProjectRules::duplicateNameOutcome(QStringLiteral("Alpha")).httpStatus(), 409);
    }
    void deleteRules()
    {
        ProjectRecord personal;
        personal.name = QStringLiteral("me@example.com");
        personal.projectType = QStringLiteral("personal");
        QCOMPARE(ProjectRules::checkDelete(personal, 0, true, {}).message(),
                 QStringLiteral("Cannot delete a personal project"));
        ProjectRecord shared;
        shared.name = QStringLiteral("alpha");
        const Outcome members = ProjectRules::checkDelete(shared, 2, true, {});
        QCOMPARE(members.message(),
                 QStringLiteral("Project 'alpha' cannot be deleted because it has assigned "
                                "users. Remove all users first."));
        QCOMPARE(members.details(), QStringLiteral("Assigned users: 2"));
        QVERIFY(ProjectRules::checkDelete(shared, 2, false, {}).isOk()); // 2.19.0
        QCOMPARE(ProjectRules::checkDelete(shared, 0, true, {QStringLiteral("assistants: 1")})
                     .httpStatus(),
                 409);
        QVERIFY(ProjectRules::checkDelete(shared, 0, true, {}).isOk());
    }
    void renameAndMembership()
    {
        ProjectRecord shared;
        shared.name = QStringLiteral("alpha");
        shared.createdBy = QStringLiteral("creator");
        QCOMPARE(ProjectRules::checkRename(shared, 1).message(),
                 QStringLiteral("Project name cannot be changed while users are assigned to it"));
        QVERIFY(ProjectRules::checkRename(shared, 0).isOk());
        QCOMPARE(ProjectRules::checkUnassign(shared, QStringLiteral("creator")).message(),
                 QStringLiteral("Cannot remove the project creator from the project"));
        QVERIFY(ProjectRules::checkUnassign(shared, QStringLiteral("other")).isOk());
        ProjectRecord personal = shared;
        personal.projectType = QStringLiteral("personal");
        QCOMPARE(ProjectRules::checkMembershipChange(personal).message(),
                 QStringLiteral("Cannot modify membership of a personal project"));
    }
    void releaseDetection_data()
    {
        QTest::addColumn<QString>("revision");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("label");
        QTest::addColumn<bool>("known");
        QTest::newRow("2.19 head")
            << QStringLiteral("653f5a41ee9a") << 1 << QStringLiteral("2.19.0") << true;
        QTest::newRow("2.42 head")
            << QStringLiteral("i1n2t3e4r5a6") << 7 << QStringLiteral("2.41.0–2.42.0") << true;
        QTest::newRow("2.23.3 look-alike")
            << QStringLiteral("e5f6a7b8c9d1") << 3 << QStringLiteral("2.25–2.35") << false;
        QTest::newRow("2.23.3 head")
            << QStringLiteral("e5f6a7b8c9d0") << 2 << QStringLiteral("2.23.3–2.23.4") << true;
        QTest::newRow("unknown, old")
            << QStringLiteral("ffffffffffff") << 0 << QStringLiteral("≤ 2.18") << false;
        QTest::newRow("unknown, newer")
            << QStringLiteral("z9z9z9z9z9z9") << 7 << QStringLiteral("2.42+") << false;
        QTest::newRow("mid-range")
            << QStringLiteral("") << 4 << QStringLiteral("2.36–2.38") << false;
    }
    void releaseDetection()
    {
        QFETCH(QString, revision);
        QFETCH(int, level);
        QFETCH(QString, label);
        QFETCH(bool, known);
        SchemaCapabilities c;
        c.hasAdminColumn = level >= 1;
        c.hasLegacyAdminColumn = level == 0;
        c.hasMaintainer = level >= 2;
        c.hasProjectBudgets = level >= 3;
        c.hasBudgetGroups = level >= 4;
        c.hasDisplayName = level >= 6;
        c.hasActivityEvents = level >= 7;
        const PlatformRelease r = PlatformReleaseMap::detect(revision, c);
        QCOMPARE(r.label, label);
        QCOMPARE(r.knownRevision, known);
        QCOMPARE(r.tooOld, level == 0);
        QCOMPARE(r.displayText(), QStringLiteral("Platform %1 schema").arg(label));
    }
};

QTEST_GUILESS_MAIN(TstProjectRules)
#include "tst_projectrules.moc"
