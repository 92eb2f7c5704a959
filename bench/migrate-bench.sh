#!/usr/bin/env bash
# Migration from the fake Keycloak into PostgreSQL at 10,000 and 50,000 users
# (or the sizes given), next to the floor measured in the same run.
#   bench/migrate-bench.sh [N …]
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(10000 50000)
scripts/install-deps --test
cmake --preset release >/dev/null
cmake --build --preset release --target migration_bench codemie-admin >/dev/null
work=$(mktemp -d /tmp/codemie-bench.XXXXXX)
chmod 755 "$work"
trap 'scripts/pg-test-server stop "$work/pg"; rm -rf "$work"' EXIT
eval "$(scripts/pg-test-server start "$work/pg")"
export PGPASSWORD=$CODEMIE_TEST_PGPASSWORD
base="postgresql://$CODEMIE_TEST_PGUSER@$CODEMIE_TEST_PGHOST:$CODEMIE_TEST_PGPORT"
for n in "${sizes[@]}"; do
  for db in "engine_$n" "floor_$n"; do
    psql -h "$CODEMIE_TEST_PGHOST" -p "$CODEMIE_TEST_PGPORT" -U "$CODEMIE_TEST_PGUSER" -d postgres -qc "CREATE DATABASE $db"
  done
  build/release/bench/keycloak/migration_bench "$base/engine_$n?sslmode=disable" "$base/floor_$n?sslmode=disable" "$n"
done
