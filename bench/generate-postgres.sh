#!/usr/bin/env bash
# Measures how long the generator takes to fill a PostgreSQL platform database
# (schema 2.42.0) with N users and P shared projects.
#   bench/generate-postgres.sh [USERS] [PROJECTS]
# Starts its own throw-away PostgreSQL cluster; builds the release preset.
set -euo pipefail
cd "$(dirname "$0")/.."
users=${1:-100000}
projects=${2:-2000}
source bench/bench-setup.sh
bench_start codemie-admin
bench_create_databases bench
uri="$pg_base/bench?sslmode=disable"
/usr/bin/time -f 'wall %e s, peak RSS %M KiB' \
  build/release/app/codemie-admin generate --db "$uri" --init-schema 2.42.0 \
  --users "$users" --projects "$projects" --spend-days 30 2>&1 | grep -v '^\['
