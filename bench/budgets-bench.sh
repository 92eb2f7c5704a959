#!/usr/bin/env bash
# Budgets page and spend chart at 2,000 projects × 365 days of spend: fills a
# throw-away PostgreSQL with the generator, then runs bench/budgets_bench
# (release build) offscreen.
#   bench/budgets-bench.sh [USERS] [PROJECTS] [DAYS]
set -euo pipefail
cd "$(dirname "$0")/.."
users=${1:-2000}
projects=${2:-2000}
days=${3:-365}
source bench/bench-setup.sh
bench_start codemie-admin budgets_bench
bench_create_databases bench
uri="$pg_base/bench?sslmode=disable"
uptime
# The generator's progress goes to a file; on a failure (a bad count, a
# database that is not empty) its message is shown rather than lost.
if ! time build/release/app/codemie-admin generate --db "$uri" --init-schema 2.42.0 \
  --users "$users" --projects "$projects" --spend-days "$days" 2>"$work/generate.err"; then
  cat "$work/generate.err" >&2
  echo "budgets-bench: generating the database failed" >&2
  exit 1
fi
bench_psql -d bench -qc 'ANALYZE'
QT_QPA_PLATFORM=offscreen build/release/bench/budgets_bench "$uri" ada.lovelace@codemie.example
uptime
