#!/usr/bin/env bash
# Users page at 100,000 users: fills a throw-away PostgreSQL with the
# generator, then runs bench/users_bench (release build) offscreen.
#   bench/users-bench.sh [USERS] [PROJECTS]
set -euo pipefail
cd "$(dirname "$0")/.."
users=${1:-100000}
projects=${2:-2000}
source bench/bench-setup.sh
bench_start codemie-admin users_bench
bench_create_databases bench
uri="$pg_base/bench?sslmode=disable"
build/release/app/codemie-admin generate --db "$uri" --init-schema 2.42.0 --users "$users" \
  --projects "$projects" --spend-days 30 2>/dev/null
bench_psql -d bench -qc 'ANALYZE'
QT_QPA_PLATFORM=offscreen build/release/bench/users_bench "$uri" ada.lovelace@codemie.example
