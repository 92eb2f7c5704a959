#!/usr/bin/env bash
# Measures how long the generator takes to fill a PostgreSQL platform database
# (schema 2.42.0) with N users and P shared projects.
#   bench/generate-postgres.sh [USERS] [PROJECTS]
# Starts its own throw-away PostgreSQL cluster; builds the release preset.
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
/usr/bin/time -f 'wall %e s, peak RSS %M KiB' \
  build/release/app/codemie-admin generate --db "$uri" --init-schema 2.42.0 \
  --users "$users" --projects "$projects" --spend-days 30 2>&1 | grep -v '^\['
