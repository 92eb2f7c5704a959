#!/usr/bin/env bash
# Users page at 100,000 users: fills a throw-away PostgreSQL with the
# generator, then runs bench/users_bench (release build) offscreen.
#   bench/users-bench.sh [USERS] [PROJECTS]
set -euo pipefail
cd "$(dirname "$0")/.."
users=${1:-100000}
projects=${2:-2000}
scripts/install-deps --test
cmake --preset release >/dev/null
cmake --build --preset release >/dev/null
work=$(mktemp -d /tmp/codemie-bench.XXXXXX)
chmod 755 "$work"
trap 'scripts/pg-test-server stop "$work/pg"; rm -rf "$work"' EXIT
eval "$(scripts/pg-test-server start "$work/pg")"
export PGPASSWORD=$CODEMIE_TEST_PGPASSWORD
psql -h "$CODEMIE_TEST_PGHOST" -p "$CODEMIE_TEST_PGPORT" -U "$CODEMIE_TEST_PGUSER" -d postgres -qc 'CREATE DATABASE bench'
uri="postgresql://$CODEMIE_TEST_PGUSER@$CODEMIE_TEST_PGHOST:$CODEMIE_TEST_PGPORT/bench?sslmode=disable"
build/release/app/codemie-admin generate --db "$uri" --init-schema 2.42.0 --users "$users" \
  --projects "$projects" --spend-days 30 2>/dev/null
psql -h "$CODEMIE_TEST_PGHOST" -p "$CODEMIE_TEST_PGPORT" -U "$CODEMIE_TEST_PGUSER" -d bench -qc 'ANALYZE'
QT_QPA_PLATFORM=offscreen build/release/bench/users_bench "$uri" ada.lovelace@codemie.example
