"""Pieces shared by the scripts that write Keycloak realm exports: the test
realm (make-test-realm.py) and the benchmark realm (bench/make-bench-realm.py).
"""


def up_attr(name, validations):
    return {
        "name": name,
        "displayName": "${%s}" % name,
        "validations": validations,
        "permissions": {"view": ["admin", "user"], "edit": ["admin", "user"]},
        "multivalued": False,
    }


UP_CONFIG = {
    "attributes": [
        up_attr("username", {"length": {"min": 3, "max": 255},
                             "username-prohibited-characters": {},
                             "up-username-not-idn-homograph": {}}),
        up_attr("email", {"email": {}, "length": {"max": 255}}),
        up_attr("firstName", {"length": {"max": 255}, "person-name-prohibited-characters": {}}),
        up_attr("lastName", {"length": {"max": 255}, "person-name-prohibited-characters": {}}),
    ],
    "groups": [{"name": "user-metadata", "displayHeader": "User metadata",
                "displayDescription": "Attributes, which refer to user metadata"}],
    "unmanagedAttributePolicy": "ADMIN_VIEW",
}

# client id -> (secret, realm-management roles, extra client attributes)
def client(client_id, secret, attrs=None):
    a = {"client.secret.creation.time": "1730000000"}
    a.update(attrs or {})
    return {
        "clientId": client_id,
        "name": client_id,
        "enabled": True,
        "clientAuthenticatorType": "client-secret",
        "secret": secret,
        "publicClient": False,
        "bearerOnly": False,
        "standardFlowEnabled": False,
        "directAccessGrantsEnabled": False,
        "serviceAccountsEnabled": True,
        "fullScopeAllowed": True,
        "protocol": "openid-connect",
        "attributes": a,
    }


def service_account(realm, sa_id, client_id, roles):
    """The user Keycloak keeps for a client's service account, as its export
    writes it; `roles` are realm-management client roles."""
    sa = {"id": sa_id, "username": "service-account-" + client_id,
          "enabled": True, "emailVerified": False, "createdTimestamp": 1723025228728,
          "serviceAccountClientId": client_id, "realmRoles": ["default-roles-" + realm],
          "credentials": [], "requiredActions": [], "notBefore": 0}
    if roles:
        sa["clientRoles"] = {"realm-management": roles}
    return sa
