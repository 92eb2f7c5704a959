// The client-credentials token answer (POST …/protocol/openid-connect/token)
// and the access token's claims: the answer as given, the input as a whole
// token, and the input as the payload part of a JWT.
#include "FuzzSupport.h"
#include "KeycloakAccessToken.h"
#include "KeycloakHttp.h"

using namespace codemie;

namespace {

void inspect(const KeycloakAccessToken &token)
{
    (void)token.clientRoles(QStringLiteral("realm-management"));
    (void)token.carriesRoleInformation();
    (void)token.issuer();
    (void)token.authorizedParty();
    (void)token.lifetimeSeconds();
    (void)token.isUsable();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::initialize(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);

    KeycloakAccessToken answered;
    if (KeycloakHttp::readTokenAnswer(input, answered).isEmpty()) {
        if (answered.isEmpty())
            abort(); // an accepted answer yields a token
        inspect(answered);
    }
    QString code;
    (void)KeycloakHttp::keycloakError(input, &code); // a refused token request

    inspect(KeycloakAccessToken(input, 300));
    const QByteArray jwt =
        "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9." +
        input.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
        ".c2lnbmF0dXJl";
    inspect(KeycloakAccessToken(jwt, 300));
    return 0;
}
