// The German catalogue: every message translated, current with the sources
// (a string added without updating the catalogue fails here, by name), and
// really used: by the library code, by the window and by the codemie-admin
// binary under a German locale.

#include "DemoDatabase.h"
#include "MainWindow.h"
#include "ProfileManagerDialog.h"
#include "ProjectDetailDialog.h"
#include "ProjectRepository.h"
#include "ProjectRules.h"
#include "ProjectTableModel.h"
#include "TestDatabase.h"
#include "Translations.h"
#include "UserBulkOperation.h"
#include "UserDetailsDialog.h"
#include "UserRepository.h"
#include "UserTableModel.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace codemie;
using codemie::test::TestDatabase;

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool finished = false;
    QStringList translations; // one, or one per plural form
    // What lupdate matches a message by.
    QString key() const
    {
        return context + QLatin1Char('\x04') + source + QLatin1Char('\x04') + comment +
               (numerus ? QStringLiteral("\x04n") : QString());
    }
    QString label() const { return QStringLiteral("[%1] \"%2\"").arg(context, source); }
};

// The messages of a Qt Linguist .ts file; an empty list and `error` set on failure.
QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                m = Message();
                m.context = context;
                m.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                m.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const QStringView type = xml.attributes().value(QLatin1String("type"));
                m.finished = type.isEmpty();
                if (!m.numerus)
                    m.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                m.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << m;
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1, line %2: %3")
                     .arg(path)
                     .arg(xml.lineNumber())
                     .arg(xml.errorString());
        return {};
    }
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:\\d+|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

const QString catalogue =
    QStringLiteral(CODEMIE_SOURCE_DIR) + QStringLiteral("/translations/codemie-admin_de.ts");
// English plural forms only ("%n user(s)" -> "1 user", "3 users").
const QString englishPlurals =
    QStringLiteral(CODEMIE_SOURCE_DIR) + QStringLiteral("/translations/codemie-admin_en.ts");

struct Run {
    int exitCode = -1;
    QString out, err;
};

// codemie-admin with the locale variables of the test row only.
Run runAdmin(const QStringList &args, const QStringList &localeVariables)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        env.remove(QString::fromLatin1(name));
    for (const QString &assignment : localeVariables)
        env.insert(assignment.section(QLatin1Char('='), 0, 0),
                   assignment.section(QLatin1Char('='), 1));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CODEMIE_ADMIN_BINARY), args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TstTranslations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CodeMieTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    }
    void cleanup() { Translations::install(QLocale::c()); }

    void everyMessageIsTranslated()
    {
        QString error;
        const QList<Message> messages = readCatalogue(catalogue, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 900);
        QStringList problems;
        for (const Message &m : messages) {
            if (!m.finished) {
                problems << QStringLiteral("unfinished: ") + m.label();
                continue;
            }
            // German has two plural forms, like English.
            if (m.numerus && m.translations.size() != 2)
                problems << QStringLiteral("needs 2 plural forms: ") + m.label();
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty())
                    problems << QStringLiteral("empty: ") + m.label();
                else if (placeholders(t) != placeholders(m.source))
                    problems << QStringLiteral("placeholders %1 instead of %2: %3")
                                    .arg(placeholders(t).join(QLatin1Char(' ')),
                                         placeholders(m.source).join(QLatin1Char(' ')), m.label());
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Every "(s)" of the sources reads as one or several in English.
    void everyEnglishPluralHasItsForms()
    {
        QString error;
        const QList<Message> messages = readCatalogue(englishPlurals, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 40);
        QStringList problems;
        for (const Message &m : messages) {
            if (!m.numerus)
                problems << QStringLiteral("not a plural: ") + m.label();
            else if (!m.finished || m.translations.size() != 2)
                problems << QStringLiteral("needs 2 plural forms: ") + m.label();
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty() || t.contains(QLatin1String("(s)")))
                    problems << QStringLiteral("empty or with \"(s)\": ") + m.label();
                else if (placeholders(t) != placeholders(m.source))
                    problems << QStringLiteral("placeholders differ: ") + m.label();
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // A count written "(s)" outside a %n plural would read "0 role(s)" in
    // English: every such text is a plural, so the catalogue gives its forms.
    void noCountWithoutItsPlural()
    {
        QString error;
        const QList<Message> messages = readCatalogue(catalogue, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        for (const Message &m : messages) {
            if (m.source.contains(QLatin1String("(s)")) && !m.numerus)
                problems << m.label();
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // lupdate over the sources, as the codemie_lupdate target runs it, into a
    // scratch catalogue: every message it finds must be in the committed one.
    void catalogueIsCurrent()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(QStringLiteral("fresh_de.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(CODEMIE_SOURCE_DIR));
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        // The folders of CODEMIE_TR_SOURCE_DIRS in translations/CMakeLists.txt.
        lupdate.start(QStringLiteral(CODEMIE_LUPDATE),
                      {QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-no-obsolete"), QStringLiteral("src"), QStringLiteral("ui"),
                       QStringLiteral("app"), QStringLiteral("-ts"), fresh});
        QVERIFY2(lupdate.waitForFinished(300000), "lupdate did not finish");
        const QString log = QString::fromLocal8Bit(lupdate.readAll());
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 qPrintable(log));
        // Strings lupdate cannot extract (tr() outside a class that declares
        // it, tr() with a non-literal) are reported, not skipped silently.
        for (const QString &line : log.split(QLatin1Char('\n'))) {
            QVERIFY2(!line.contains(QLatin1String("Cannot invoke tr()")) &&
                         !line.contains(QLatin1String("lacks Q_OBJECT")) &&
                         !line.contains(QLatin1String("Discarding unconsumed")),
                     qPrintable(line));
        }

        QString error;
        const QList<Message> current = readCatalogue(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QList<Message> committed = readCatalogue(catalogue, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(current.size() > 900);

        const QList<Message> plurals = readCatalogue(englishPlurals, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QSet<QString> known;
        for (const Message &m : committed)
            known.insert(m.key());
        QSet<QString> knownPlurals;
        for (const Message &m : plurals)
            knownPlurals.insert(m.key());
        QStringList missing;
        QSet<QString> used;
        for (const Message &m : current) {
            used.insert(m.key());
            if (!known.contains(m.key()))
                missing << m.label();
            if (m.numerus && !knownPlurals.contains(m.key()))
                missing << QStringLiteral("(English plural forms, codemie-admin_en.ts) ") +
                               m.label();
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 message(s) of the sources are not in "
                                           "translations/codemie-admin_de.ts; run `cmake --build "
                                           "--preset dev --target codemie_lupdate` and translate "
                                           "them:\n")
                                .arg(missing.size()) +
                            missing.join(QLatin1Char('\n'))));
        for (const Message &m : committed) {
            if (!used.contains(m.key()))
                qInfo("no longer in the sources (codemie_lupdate drops it): %s",
                      qPrintable(m.label()));
        }
    }

    // Messages built in src/ (rules and repositories, no QObject) with the
    // catalogue installed, placeholders and plural forms included.
    void libraryMessagesInGerman()
    {
        QCOMPARE(Translations::install(QLocale(QLocale::German, QLocale::Germany)),
                 QStringLiteral("de"));
        QCOMPARE(ProjectRules::validateName(QStringLiteral("ab")).message(),
                 QStringLiteral("Der Projektname muss mindestens 3 Zeichen lang sein"));
        QCOMPARE(ProjectRules::duplicateNameOutcome(QStringLiteral("alpha")).message(),
                 QStringLiteral("Das Projekt 'alpha' existiert bereits. Bitte wählen Sie einen "
                                "anderen Namen."));

        TestDatabase db(TestDatabase::Engine::SQLite, QStringLiteral("2.42.0"));
        const QString created = db.create();
        QVERIFY2(created.isEmpty(), qPrintable(created));
        db.addUser(QStringLiteral("me@example.com"), true, true);
        const QString other = db.addUser(QStringLiteral("other@example.com"));
        db.addProject(QStringLiteral("alpha"));
        auto session = db.session(QStringLiteral("me@example.com"));
        UserRepository repo(*session);

        // The repository refuses through the platform's rules...
        UserChange deactivate;
        deactivate.isActive = false;
        auto r = repo.applyChange(session->actor(), deactivate);
        QCOMPARE(r.outcome.kind(), Outcome::Kind::Refused);
        QCOMPARE(r.outcome.message(),
                 QStringLiteral("Sie können Ihr eigenes Konto nicht deaktivieren"));
        QCOMPARE(r.outcome.details(),
                 QStringLiteral("Bitten Sie einen anderen Administrator darum."));

        // ...and reports a lost update with the user's e-mail in its place.
        const UserRecord stale = repo.findById(other).value;
        UserChange external;
        external.userType = QStringLiteral("external");
        QVERIFY(repo.applyChange(stale, external).isOk());
        UserChange limit;
        limit.projectLimit = 5;
        r = repo.applyChange(stale, limit);
        QCOMPARE(r.outcome.kind(), Outcome::Kind::Conflict);
        QCOMPARE(r.outcome.message(),
                 QStringLiteral("other@example.com wurde von jemand anderem geändert, seit Sie "
                                "es geöffnet haben."));
        QCOMPARE(r.outcome.details(), QStringLiteral("Es wurde nichts gespeichert."));

        // Plural forms: one user, several users.
        const UserBulkOperation unassign(*session, UserBulkOperation::Kind::UnassignFromProject,
                                         QStringLiteral("alpha"));
        QCOMPARE(unassign.description(1),
                 QStringLiteral("Zuweisung von 1 Benutzer zu alpha aufheben"));
        QCOMPARE(unassign.description(3),
                 QStringLiteral("Zuweisung von 3 Benutzern zu alpha aufheben"));

        // Back to English, the language of the sources.
        QCOMPARE(Translations::install(QLocale::c()), QString());
        QCOMPARE(ProjectRules::validateName(QStringLiteral("ab")).message(),
                 QStringLiteral("Project name must be at least 3 characters"));
        QCOMPARE(unassign.description(3), QStringLiteral("Unassign 3 users from alpha"));
        QCOMPARE(unassign.description(1), QStringLiteral("Unassign 1 user from alpha"));
    }

    void languageChoice_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("installed");
        QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany)
                               << QStringLiteral("de");
        QTest::newRow("de_CH") << QLocale(QLocale::German, QLocale::Switzerland)
                               << QStringLiteral("de");
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << QString();
        QTest::newRow("fr_FR (no catalogue)")
            << QLocale(QLocale::French, QLocale::France) << QString();
        QTest::newRow("C") << QLocale::c() << QString();
    }
    void languageChoice()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, installed);
        QCOMPARE(Translations::install(locale), installed);
        QCOMPARE(QCoreApplication::translate("PlatformRelease", "Platform %1 schema"),
                 installed.isEmpty() ? QStringLiteral("Platform %1 schema")
                                     : QStringLiteral("Schema von Plattform %1"));
        // Plural forms in every language, English included.
        QCOMPARE(QCoreApplication::translate("codemie::UsersPage", "%n user(s) match", nullptr, 1),
                 installed.isEmpty() ? QStringLiteral("1 user matches")
                                     : QStringLiteral("1 Benutzer passt"));
    }

    // The binary picks its language from the locale variables, as the user's
    // desktop session or shell sets them.
    void commandLineFollowsTheLocale_data()
    {
        QTest::addColumn<QStringList>("variables");
        QTest::addColumn<bool>("german");
        QTest::newRow("LC_ALL=de_DE.UTF-8")
            << QStringList{QStringLiteral("LC_ALL=de_DE.UTF-8")} << true;
        QTest::newRow("LANG=de_DE.UTF-8")
            << QStringList{QStringLiteral("LANG=de_DE.UTF-8")} << true;
        QTest::newRow("LC_MESSAGES=de_AT.UTF-8")
            << QStringList{QStringLiteral("LANG=en_US.UTF-8"),
                           QStringLiteral("LC_MESSAGES=de_AT.UTF-8")}
            << true;
        QTest::newRow("LANGUAGE=de:en")
            << QStringList{QStringLiteral("LANG=en_US.UTF-8"), QStringLiteral("LANGUAGE=de:en")}
            << true;
        QTest::newRow("LANGUAGE=en_US:de")
            << QStringList{QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LANGUAGE=en_US:de")}
            << false;
        QTest::newRow("LC_ALL=C.UTF-8") << QStringList{QStringLiteral("LC_ALL=C.UTF-8")} << false;
        QTest::newRow("LANG=en_GB.UTF-8")
            << QStringList{QStringLiteral("LANG=en_GB.UTF-8")} << false;
    }
    void commandLineFollowsTheLocale()
    {
        QFETCH(QStringList, variables);
        QFETCH(bool, german);
        const Run help = runAdmin({QStringLiteral("--help")}, variables);
        QCOMPARE(help.exitCode, 0);
        QCOMPARE(help.out.section(QLatin1Char('\n'), 0, 0),
                 german ? QStringLiteral("Aufruf: codemie-admin [--demo] [BEFEHL [OPTIONEN]]")
                        : QStringLiteral("Usage: codemie-admin [--demo] [COMMAND [OPTIONS]]"));

        const Run unknown = runAdmin({QStringLiteral("frobnicate")}, variables);
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(german ? QStringLiteral("Unbekannter Befehl „frobnicate“.")
                                             : QStringLiteral("Unknown command 'frobnicate'.")),
                 qPrintable(unknown.err));
    }

    // Qt's own messages (here the command-line parser's) come from Qt's
    // catalogue for the same language, where the Qt installation has one.
    void qtMessagesInGerman()
    {
        if (!QFile::exists(QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                               .filePath(QStringLiteral("qtbase_de.qm"))))
            QSKIP("Qt's German catalogue is not installed (Debian: qt6-translations-l10n)");
        const Run r = runAdmin({QStringLiteral("status"), QStringLiteral("--bogus")},
                               {QStringLiteral("LC_ALL=de_DE.UTF-8")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Unbekannte Option 'bogus'.")), qPrintable(r.err));
    }

    // The window and its dialogs in German on the demo database (screenshots
    // go to CODEMIE_SCREENSHOT_DIR when set).
    void windowInGerman()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        DemoDataGenerator::Options options;
        options.users = 300;
        options.lastSpendDay = QDate(2026, 11, 28);
        const auto demo = DemoDatabase::ensure(path, options);
        QVERIFY2(demo.isOk(), qPrintable(demo.outcome.fullText()));
        QSettings().clear();

        QCOMPARE(Translations::install(QLocale(QLocale::German, QLocale::Germany)),
                 QStringLiteral("de"));
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.bannerText(), QStringLiteral("Nicht verbunden. Öffnen Sie mit Datei → "
                                                "Verbinden… eine Plattformdatenbank."));
        QStringList menus;
        for (QAction *a : w.menuBar()->actions())
            menus << a->text();
        QCOMPARE(menus.mid(0, 2),
                 (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Ansicht")}));

        ConnectionSettings settings;
        settings.driver = ConnectionSettings::Driver::SQLite;
        settings.sqlitePath = path;
        PlatformSession::Options o;
        o.actorEmail = DemoDataGenerator::demoActorEmail();
        const Outcome opened = w.connectTo(settings, {}, o);
        QVERIFY2(opened.isOk(), qPrintable(opened.fullText()));
        QVERIFY2(w.statusText().contains(QStringLiteral("Schema von Plattform 2.41.0–2.42.0")),
                 qPrintable(w.statusText()));
        QVERIFY2(w.statusText().contains(
                     QStringLiteral("Handelnd als ada.lovelace@codemie.example (Maintainer)")),
                 qPrintable(w.statusText()));
        QTRY_VERIFY(w.userModel()->totalCount() > 250);
        screenshot(w, QStringLiteral("users-de.png"));
        w.showPage(MainWindow::ProjectsPage);
        QTRY_VERIFY(w.projectModel()->totalCount() > 0);
        screenshot(w, QStringLiteral("projects-de.png"));

        PlatformSession &session = *w.session();
        const auto users = UserRepository(session).page(UserQuery());
        QVERIFY(users.isOk() && users.value.size() > 5);
        {
            UserDetailsDialog details(session, users.value.at(5), &w);
            QCOMPARE(details.windowTitle(),
                     QStringLiteral("Benutzerdetails — %1").arg(users.value.at(5).email));
            details.show();
            QVERIFY(QTest::qWaitForWindowExposed(&details));
            screenshot(details, QStringLiteral("user-details-de.png"));
        }
        {
            ProjectQuery q;
            q.type = ProjectQuery::Type::Shared;
            q.limit = 5;
            const auto projects = ProjectRepository(session).page(q);
            QVERIFY(projects.isOk() && !projects.value.isEmpty());
            ProjectDetailDialog detail(session, projects.value.first(), &w);
            QCOMPARE(detail.windowTitle(),
                     QStringLiteral("Projekt — %1").arg(projects.value.first().name));
            detail.show();
            QVERIFY(QTest::qWaitForWindowExposed(&detail));
            screenshot(detail, QStringLiteral("project-detail-de.png"));
        }
        {
            ProfileManagerDialog profiles(w.profiles(), w.credentials(), w.sessionSecrets(), {},
                                          &w);
            QCOMPARE(profiles.windowTitle(), QStringLiteral("Verbindungsprofile"));
            profiles.show();
            QVERIFY(QTest::qWaitForWindowExposed(&profiles));
            screenshot(profiles, QStringLiteral("profiles-de.png"));
        }
    }

private:
    static void screenshot(QWidget &w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("CODEMIE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(300); // let pending layouts settle before grabbing
        QVERIFY(w.grab().save(QDir(dir).filePath(name)));
    }
};

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"
