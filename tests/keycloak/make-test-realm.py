#!/usr/bin/env python3
"""Writes codemie-test-realm.json: the realm that the real Keycloak imports at
start (scripts/keycloak-test-server) and that the fake Keycloak serves
(FakeKeycloak::loadRealm), so that the same reader tests run against both.
Deterministic: run it again after editing, and commit the JSON."""
import json
import os
import uuid

from realm_parts import UP_CONFIG, client, service_account

REALM = "codemie-test"
NS = uuid.UUID("6f1c3a52-93a4-4c1e-9c55-6f9d0b1d2e10")


def uid(name):
    return str(uuid.uuid5(NS, name))


CLIENTS = {
    # Awkward on purpose: +, /, %, space, &, = and ~ must survive both client
    # authentication styles.
    "codemie-migration": ("Mig+ra/tion%20 s&c=ret~1", ["view-users", "query-users", "view-realm"], {}),
    "codemie-norole": ("norole-secret-2", [], {}),
    "codemie-queryonly": ("queryonly-secret-3", ["query-users"], {}),
    "codemie-shortlived": ("shortlived-secret-4", ["view-users", "query-users"],
                           {"access.token.lifespan": "20"}),
    "codemie-test-admin": ("test-admin-secret-5", ["realm-admin"], {}),
}


def user(username, first=None, last=None, email=None, attrs=None, enabled=True,
         roles=None, created=1723025228728):
    u = {"id": uid(username), "username": username, "enabled": enabled,
         "emailVerified": email is not None, "createdTimestamp": created,
         "realmRoles": ["default-roles-" + REALM] + (roles or []),
         "credentials": [], "requiredActions": [], "notBefore": 0}
    if first is not None:
        u["firstName"] = first
    if last is not None:
        u["lastName"] = last
    if email is not None:
        u["email"] = email
    if attrs is not None:
        u["attributes"] = attrs
    return u


users = [
    user("marcus.hale", "Marcus", "Hale", "marcus.hale@example.com",
         {"applications": ["codemie-core", "ml-research"], "applications_admin": ["codemie-core"],
          "user_type": ["regular"]}, roles=["admin"]),
    user("elena.vasquez", "Elena", "Vasquez", "elena.vasquez@example.com",
         {"applications": ["codemie-core", "infra-ops", "payments"],
          "applications_admin": ["infra-ops"]}, roles=["admin", "auditor"]),
    user("ingrid.solberg", "Ingrid", "Solberg", "ingrid.solberg@example.com",
         {"applications": ["alpha-team, beta-team", "gamma-team"],
          "applications_admin": ["beta-team"]}),
    user("tomasz.wrobel", "Tomasz", "Wróbel", "tomasz.wrobel@example.com",
         {"applications": ["  delta-team\t", "web-portal,docs-site , payments\n"]}),
    user("lukas.becker", "Lukas", "Becker", "lukas.becker@example.com",
         {"applications": ["alpha-team", "Alpha-Team", "ALPHA-TEAM "],
          "applications_admin": ["alpha-team"]}),
    user("helena.costa", "Helena", "Costa", "helena.costa@example.com",
         {"applications": ["web-portal"], "applications_admin": ["billing-api"]}),
    user("bruno.silva", "Bruno", "Silva", "bruno.silva@example.com",
         {"applications": ["web-portal##mobile-app"]}),
    user("felix.wagner", "Felix", "Wagner", "felix.wagner@example.com",
         {"applications": ["DataPlatform"], "applications_admin": ["DataPlatform"],
          "Applications": ["ignored-by-case"], "department": ["R&D"], "employeeNumber": ["4711"]}),
    user("derek.fox", "Derek", "Fox", "derek.fox@example.com",
         {"applications": ["billing-api", "payments"], "applications_admin": ["payments"]},
         enabled=False),
    user("build-bot", attrs={"applications": ["ci-pipelines"]}),
    user("aurora.only", "Aurora", None, "aurora.only@example.com"),
    user("pemberton", None, "Pemberton", "pemberton@example.com"),
    user("wang.fang", "芳", "王", "wang.fang@example.cn", {"applications": ["codemie-core"]}),
    user("sam.rivers", "Sam 🚀", "Rivers", "sam.rivers@example.com",
         {"applications": ["ml-research"]}),
    user("renee.dubois", "Rene\u0301e", "Dubois", "renee.dubois@example.fr",
         {"applications": ["docs-site"]}),
    user("noa.cohen", "נועה", "כהן", "noa.cohen@example.co.il", {"applications": ["web-portal"]}),
    user("siobhan.obrien", "Siobhán", "O'Brien", "siobhan.o'brien@example.ie",
         {"applications": ["payments"]}),
    user("max.weber", 'Max "Maxi"', "Weber\\CORP", "max.weber@example.de",
         {"applications": ["infra-ops"]}),
    user("hannah.berg", "Hannah", "Berg", "hannah.berg@example.com",
         {"applications": ["data-pipeline"], "notes": [("Long note. " * 190)[:1900]]}),
    user("jonas.eklund", "Jonas", "Eklund", "jonas.eklund@example.com",
         {"applications": ["codemie-core"], "user_type": ["external"]}),
    user("ursula.stein", "Ursula", "Stein", "ursula.stein@example.com"),
    user("victor.lund", "Victor", "Lund", "victor.lund@example.com",
         {"applications": ["solo-project", "codemie-core"],
          "applications_admin": ["solo-project"]}),
]

# Ordinary users for several pages: 240 humans in all.
projects = ["codemie-core", "ml-research", "web-portal", "payments", "infra-ops", "docs-site"]
for i in range(1, 241 - len(users)):
    name = "user%04d" % i
    attrs = {"applications": [projects[i % len(projects)], projects[(i * 7) % len(projects)]]}
    if i % 10 == 0:
        attrs["applications_admin"] = [projects[i % len(projects)]]
    users.append(user(name, "User", "%04d" % i, "%s@example.org" % name, attrs,
                      enabled=(i % 50 != 0), roles=(["admin"] if i % 80 == 0 else []),
                      created=1700000000000 + i * 1000))

for client_id, (secret, roles, attrs) in CLIENTS.items():
    users.append(service_account(REALM, uid("sa-" + client_id), client_id, roles))

realm = {
    "realm": REALM,
    "enabled": True,
    "sslRequired": "none",
    "accessTokenLifespan": 300,
    "registrationAllowed": False,
    "duplicateEmailsAllowed": True,
    "roles": {"realm": [
        {"name": "admin", "description": "CodeMie platform administrator", "composite": False},
        {"name": "auditor", "description": "Read-only access to audit views", "composite": False},
    ]},
    "clients": [client(c, s, a) for c, (s, _, a) in CLIENTS.items()],
    "users": users,
    "components": {"org.keycloak.userprofile.UserProfileProvider": [{
        "providerId": "declarative-user-profile",
        "subComponents": {},
        "config": {"kc.user.profile.config": [json.dumps(UP_CONFIG, ensure_ascii=False)]},
    }]},
}

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "codemie-test-realm.json")
with open(out, "w", encoding="utf-8") as f:
    json.dump(realm, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(out, len(users), "users")
