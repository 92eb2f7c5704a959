#!/usr/bin/env bash
# Users page at 100,000 (or 1,000,000) users: fills a throw-away PostgreSQL
# with the generator, then runs bench/users_bench (release build) offscreen.
#   bench/users-bench.sh [USERS] [PROJECTS]
# CODEMIE_BENCH_BEFORE=/path/to/users_bench (a build of older code) runs that
# one first on the same database, for before/after figures in the same run.
# CODEMIE_BENCH_SEARCHES (default 50) and CODEMIE_BENCH_SCROLL=0 (skip the
# scroll from the first to the last row) are passed on.
# CODEMIE_BENCH_DB=postgresql://… (with PGPASSWORD) measures a database the
# generator already filled (generating 1,000,000 users takes many minutes)
# instead of starting a cluster and generating one.
set -euo pipefail
cd "$(dirname "$0")/.."
users=${1:-100000}
projects=${2:-2000}
source bench/bench-setup.sh
if [[ -n ${CODEMIE_BENCH_DB:-} ]]; then
  cmake --preset release >/dev/null
  cmake --build --preset release --target codemie-admin users_bench >/dev/null
  work=$(mktemp -d /tmp/codemie-bench.XXXXXX)
  trap 'rm -rf "$work"' EXIT
  uri=$CODEMIE_BENCH_DB
  echo "load: $(uptime)"
else
  bench_start codemie-admin users_bench
  bench_create_databases bench
  uri="$pg_base/bench?sslmode=disable"
  echo "load: $(uptime)"
  /usr/bin/time -o "$work/time" -f "generate: %e s wall, peak memory %M kB" \
    build/release/app/codemie-admin generate --db "$uri" --init-schema 2.42.0 --users "$users" \
    --projects "$projects" --spend-days 30 2>/dev/null
  cat "$work/time"
  bench_psql -d bench -qc 'ANALYZE'
fi
run_bench() {
  echo "== $1 (load: $(uptime | sed 's/.*load/load/'))"
  QT_QPA_PLATFORM=offscreen /usr/bin/time -o "$work/time" \
    -f "peak memory of the console (max RSS): %M kB" \
    "$1" "$uri" ada.lovelace@codemie.example 2>/dev/null
  cat "$work/time"
}
if [[ -n ${CODEMIE_BENCH_BEFORE:-} ]]; then
  run_bench "$CODEMIE_BENCH_BEFORE"
fi
run_bench build/release/bench/users_bench
echo "load: $(uptime)"
