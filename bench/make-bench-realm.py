#!/usr/bin/env python3
"""Writes a Keycloak realm export with N generated users (default 10,000) for
the migration benchmark against the real Keycloak (bench/migrate-bench.sh):
scripts/keycloak-test-server imports it at start when
CODEMIE_KEYCLOAK_REALM_FILE names it.

  bench/make-bench-realm.py OUT.json [--users N]

Deterministic (fixed seed): the same N gives the same file, byte for byte.
The realm `codemie-bench`:
  - client `codemie-migration` (confidential, secret `bench-migration-secret`),
    its service account with realm-management view-users and query-users;
    a second client `ci-pipeline` with a service account and no roles;
  - user profile with unmanaged attributes visible to administrators
    (ADMIN_VIEW), so that `applications` / `applications_admin` are read;
  - N listed users (service accounts are not listed by Keycloak and come on
    top): 1-6 projects each out of 300, Zipf-like popularity, written as one
    comma-separated value mostly, sometimes several values, spaces after
    commas or a case variant of a name; about 12% project admins (a few only
    in `applications_admin`), 5% with no project, 3% without e-mail, 2%
    disabled, 0.5% with the realm role `admin`, some without a last name.
"""
import argparse
import json
import os
import random
import sys
import uuid

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests",
                                "keycloak"))
from realm_parts import UP_CONFIG, client, service_account  # noqa: E402

REALM = "codemie-bench"
CLIENT_ID = "codemie-migration"
SECRET = "bench-migration-secret"
NS = uuid.UUID("0b7d6c1e-5a4f-4f7e-8a3c-2d9e1f0a6b42")

FIRST = ["anna", "ben", "carla", "david", "elena", "felix", "greta", "hugo", "ines", "jonas",
         "karin", "lars", "maria", "nils", "olga", "paul", "quinn", "rosa", "sven", "tara",
         "ulrich", "vera", "wim", "xenia", "yusuf", "zoe", "amir", "bianca", "chen", "dara",
         "emil", "fatima", "goran", "hana", "ivan", "jana", "kofi", "lena", "mateo", "nora"]
LAST = ["müller", "schmidt", "novak", "kowalski", "rossi", "garcia", "silva", "jensen",
        "nielsen", "dubois", "martin", "horvat", "popescu", "ivanova", "larsen", "berg",
        "costa", "weber", "wagner", "becker", "hoffmann", "schulz", "koch", "richter",
        "klein", "wolf", "neumann", "schwarz", "zimmermann", "braun", "krüger", "hofmann",
        "hartmann", "lange", "schmitt", "werner", "krause", "meier", "lehmann", "schmid"]
DOMAINS = ["example.com", "corp.example.com", "example.org", "labs.example.net"]
AREAS = ["payments", "search", "ml", "data", "web", "mobile", "infra", "billing", "docs",
         "identity", "analytics", "support", "sales", "hr", "security", "platform", "qa",
         "devops", "research", "growth"]
KINDS = ["api", "portal", "pipeline", "core", "ops", "tools", "service", "lab", "ui",
         "gateway", "bot", "reports", "sandbox", "edge", "sync"]


def uid(name):
    return str(uuid.uuid5(NS, name))


def projects(count=300):
    names = []
    for kind in KINDS:
        for area in AREAS:
            names.append("%s-%s" % (area, kind))
    rng = random.Random(7)
    rng.shuffle(names)
    return names[:count]


def users(count):
    rng = random.Random(20240501)
    names = projects()
    # Zipf-like popularity: a few projects with hundreds of members, a long tail.
    weights = [1.0 / (rank + 1) ** 0.9 for rank in range(len(names))]
    taken = set()
    out = []
    for i in range(count):
        first = rng.choice(FIRST)
        last = rng.choice(LAST)
        base = "%s.%s" % (first, last)
        username = base
        n = 1
        while username in taken:
            n += 1
            username = "%s%d" % (base, n)
        taken.add(username)
        u = {"id": uid(username), "username": username, "enabled": rng.random() >= 0.02,
             "createdTimestamp": 1700000000000 + i * 60000,
             "realmRoles": ["default-roles-" + REALM]}
        u["firstName"] = first.capitalize()
        if rng.random() >= 0.04:
            u["lastName"] = last.capitalize()
        if rng.random() >= 0.03:
            u["email"] = "%s@%s" % (username, rng.choice(DOMAINS))
            u["emailVerified"] = True
        else:
            u["emailVerified"] = False
        if rng.random() < 0.005:
            u["realmRoles"].append("admin")
        attrs = {}
        if rng.random() >= 0.05:
            k = rng.choices([1, 2, 3, 4, 5, 6], weights=[30, 30, 20, 10, 6, 4])[0]
            mine = []
            while len(mine) < k:
                p = rng.choices(names, weights=weights)[0]
                if p not in mine:
                    mine.append(p)
            shape = rng.random()
            if shape < 0.70:
                attrs["applications"] = [",".join(mine)]
            elif shape < 0.85:
                attrs["applications"] = [", ".join(mine)]
            elif shape < 0.95:
                attrs["applications"] = mine
            else:  # a case variant of one name: the same project
                attrs["applications"] = [",".join(mine + [mine[0].upper()])]
            if rng.random() < 0.12:
                admin = [mine[0]] if len(mine) == 1 or rng.random() < 0.8 else mine[:2]
                attrs["applications_admin"] = [",".join(admin)]
        elif rng.random() < 0.2:  # admin only, in no `applications` value
            attrs["applications_admin"] = [rng.choices(names, weights=weights)[0]]
        if rng.random() < 0.1:
            attrs["department"] = [rng.choice(AREAS)]
        if attrs:
            u["attributes"] = attrs
        out.append(u)
    return out


def realm(count):
    return {
        "realm": REALM,
        "enabled": True,
        "sslRequired": "none",
        "accessTokenLifespan": 300,
        "registrationAllowed": False,
        "roles": {"realm": [
            {"name": "admin", "description": "CodeMie platform administrator",
             "composite": False},
        ]},
        "clients": [client(CLIENT_ID, SECRET), client("ci-pipeline", "ci-pipeline-secret")],
        "users": users(count) + [
            service_account(REALM, uid("sa-" + CLIENT_ID), CLIENT_ID,
                            ["view-users", "query-users"]),
            service_account(REALM, uid("sa-ci-pipeline"), "ci-pipeline", [])],
        "components": {"org.keycloak.userprofile.UserProfileProvider": [{
            "providerId": "declarative-user-profile",
            "subComponents": {},
            "config": {"kc.user.profile.config": [json.dumps(UP_CONFIG, ensure_ascii=False)]},
        }]},
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out")
    parser.add_argument("--users", type=int, default=10000)
    args = parser.parse_args()
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(realm(args.users), f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
