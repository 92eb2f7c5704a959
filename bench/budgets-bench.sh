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
time build/release/app/codemie-admin generate --db "$uri" --init-schema 2.42.0 --users "$users" \
  --projects "$projects" --spend-days "$days" 2>/dev/null
bench_psql -d bench -qc 'ANALYZE'
QT_QPA_PLATFORM=offscreen build/release/bench/budgets_bench "$uri" ada.lovelace@codemie.example
