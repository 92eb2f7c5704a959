// A connection profile read back from QSettings by ProfileStore. An input that
// starts with '[' is the INI file itself; any other input is lines of values
// (id, name, database, actorEmail, defaultProjectLimit, keycloak/enabled,
// keycloak/url, keycloak/realm, keycloak/clientId, keycloak/caBundle,
// keycloak/legacyAuthPrefix, keycloak/plainHttpConfirmed) written through
// QSettings into profiles/<id>. A new file name per input: QSettings caches
// files by name.
#include "FuzzSupport.h"
#include "ProfileStore.h"

#include <QSettings>

using namespace codemie;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static quint64 serial = 0;
    const QByteArray input = fuzz::bytes(data, size);
    const QString file = fuzz::scratchDir() + QStringLiteral("/profiles-%1.ini").arg(++serial);
    if (input.startsWith('[')) {
        fuzz::writeFile(file, input);
    } else {
        static const char *const keys[] = {"name",
                                           "database",
                                           "actorEmail",
                                           "defaultProjectLimit",
                                           "keycloak/enabled",
                                           "keycloak/url",
                                           "keycloak/realm",
                                           "keycloak/clientId",
                                           "keycloak/caBundle",
                                           "keycloak/legacyAuthPrefix",
                                           "keycloak/plainHttpConfirmed"};
        const QList<QByteArray> lines = input.split('\n');
        QSettings settings(file, QSettings::IniFormat);
        settings.beginGroup(QStringLiteral("profiles"));
        settings.beginGroup(QString::fromUtf8(lines.value(0)));
        for (int i = 1; i < lines.size() && i <= 11; ++i)
            settings.setValue(QLatin1String(keys[i - 1]), QString::fromUtf8(lines.at(i)));
        settings.endGroup();
        settings.endGroup();
        settings.sync();
    }
    ProfileStore store(file);
    const QList<ConnectionProfile> profiles = store.profiles();
    for (const ConnectionProfile &p : profiles) {
        (void)p.serverText();
        (void)p.keycloakNeedsPlainHttpConfirmation();
        if (!store.byId(p.id) || !store.byName(p.name)) {
            fprintf(stderr, "profile %s named \"%s\" is listed but not found\n",
                    p.id.toUtf8().toHex().constData(), p.name.toUtf8().toHex().constData());
            abort(); // a listed profile is found again
        }
    }
    (void)store.lastUsedId();
    return 0;
}
