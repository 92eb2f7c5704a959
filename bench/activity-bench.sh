#!/usr/bin/env bash
# Activity events at 1,000,000 rows: fills a throw-away PostgreSQL with the
# generator (users and projects), then bench/activity_bench tops the audit
# log up to N events and measures (release build, offscreen).
#   bench/activity-bench.sh [EVENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
events=${1:-1000000}
source bench/bench-setup.sh
bench_start codemie-admin activity_bench
bench_create_databases bench
uri="$pg_base/bench?sslmode=disable"
echo "load: $(uptime)"
build/release/app/codemie-admin generate --db "$uri" --init-schema 2.42.0 --users 20000 \
  --projects 500 --spend-days 7 2>/dev/null
bench_psql -d bench -qc 'ANALYZE'
echo "load before the bench: $(uptime)"
QT_QPA_PLATFORM=offscreen build/release/bench/activity_bench "$uri" ada.lovelace@codemie.example "$events"
echo "load after the bench: $(uptime)"
