// A page of GET /admin/realms/R/users?briefRepresentation=false (a JSON list
// of UserRepresentation), the same body read as a brief list of role members,
// and GET /admin/realms/R/users/count: through the client's own readers.
#include "FuzzSupport.h"
#include "KeycloakClient.h"

using namespace codemie;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray payload = fuzz::bytes(data, size);
    for (bool brief : {false, true}) {
        QList<KeycloakUser> users;
        QStringList ids;
        Outcome failure;
        const QString retry =
            KeycloakClient::readUsersPage(payload, 100, brief, users, ids, failure);
        if (!retry.isEmpty() || !failure)
            continue;
        int attributes = 0;
        for (const KeycloakUser &u : users) {
            attributes += static_cast<int>(u.attributes.size());
            if (u.isServiceAccount() && u.id.isEmpty())
                abort(); // fromJson refuses a user without an id
        }
        (void)attributes;
    }
    int count = -1;
    if (KeycloakClient::readUserCount(payload, count).isEmpty() && count < 0)
        abort();
    return 0;
}
