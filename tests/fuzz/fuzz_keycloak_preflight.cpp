// The pre-flight answers: the OpenID discovery document of the realm
// (…/realms/R/.well-known/openid-configuration), Keycloak's error bodies
// ("Realm does not exist"), web pages from a proxy, and the user-profile
// configuration (GET /admin/realms/R/users/profile).
#include "FuzzSupport.h"
#include "KeycloakClient.h"
#include "KeycloakHttp.h"

using namespace codemie;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray payload = fuzz::bytes(data, size);

    (void)KeycloakClient::discoveryIssuer(payload);

    QString code;
    (void)KeycloakHttp::keycloakError(payload, &code);
    (void)KeycloakHttp::htmlTitle(payload);
    (void)KeycloakHttp::excerpt(payload);
    KeycloakHttp::Call call;
    call.payload = payload;
    (void)KeycloakHttp::looksLikeHtml(call);

    QJsonObject profile;
    if (KeycloakClient::readObject(payload, profile).isEmpty()) {
        KeycloakPreflight preflight;
        const Outcome o =
            KeycloakClient::readUserProfile(profile, QStringLiteral("codemie"), preflight);
        if (o.isOk() != preflight.attributesVisible && o.kind() != Outcome::Kind::InvalidInput)
            abort(); // visible attributes are exactly a passed check
    }
    return 0;
}
