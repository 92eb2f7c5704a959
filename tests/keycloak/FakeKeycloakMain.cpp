// The fake Keycloak as a program, for trying the console or a benchmark by
// hand:  fake-keycloak [--realm-file FILE] [--users N] [--legacy]
//                      [--token-lifetime S] [--delay-ms MS]
// Prints the base URL and the client's id and secret, then serves until
// interrupted.
#include "FakeKeycloak.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption realmFile(QStringLiteral("realm-file"),
                                       QStringLiteral("Realm export to serve."),
                                       QStringLiteral("file"));
    const QCommandLineOption users(QStringLiteral("users"),
                                   QStringLiteral("Generated users to add."), QStringLiteral("n"));
    const QCommandLineOption legacy(QStringLiteral("legacy"),
                                    QStringLiteral("Serve under /auth (Keycloak <= 16 layout)."));
    const QCommandLineOption lifetime(QStringLiteral("token-lifetime"),
                                      QStringLiteral("Access token lifetime in seconds."),
                                      QStringLiteral("s"));
    parser.addOptions({realmFile, users, legacy, lifetime});
    parser.process(app);

    codemie::test::FakeKeycloak fake;
    QString clientId = QStringLiteral("codemie-migration");
    if (parser.isSet(realmFile)) {
        QString error;
        if (!fake.loadRealm(parser.value(realmFile), &error)) {
            QTextStream(stderr) << "cannot load " << parser.value(realmFile) << ": " << error
                                << '\n';
            return 1;
        }
    } else {
        fake.createRealm(QStringLiteral("codemie"), clientId, QStringLiteral("fake-secret"),
                         {QStringLiteral("view-users"), QStringLiteral("view-realm")});
    }
    if (parser.isSet(users))
        fake.generateUsers(parser.value(users).toInt());
    codemie::test::FakeKeycloak::Options options;
    options.legacyAuthPrefix = parser.isSet(legacy);
    options.tokenLifetimeSeconds = parser.value(lifetime).toInt();
    if (!fake.start(options)) {
        QTextStream(stderr) << "cannot listen on 127.0.0.1\n";
        return 1;
    }
    QTextStream out(stdout);
    out << "url " << fake.baseUrl().toString() << (options.legacyAuthPrefix ? "/auth" : "") << '\n'
        << "realm " << fake.realm() << '\n'
        << "client " << clientId << '\n'
        << "secret " << fake.clientSecret(clientId) << '\n'
        << "users " << fake.userCount() << '\n';
    out.flush();
    return QCoreApplication::exec();
}
