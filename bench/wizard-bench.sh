#!/usr/bin/env bash
# The migration wizard next to `codemie-admin migrate --apply` on the same
# data in the same run (bench/wizard_bench.cpp): one fake Keycloak with N
# generated users read by both, each into its own fresh PostgreSQL database;
# apply time and peak memory of each, the GUI's with the preview table open.
#   bench/wizard-bench.sh [N …]        (default: 10000 50000)
# A size given more than once is run again, each time into fresh databases;
# the command line goes first in odd runs, the wizard in even ones.
# Prints the machine's load before and after (the figures move with it).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(10000 50000)
source bench/bench-setup.sh
bench_start wizard_bench codemie-admin
echo "load before: $(uptime)"
run=0
for n in "${sizes[@]}"; do
  run=$((run + 1))
  bench_create_databases "cli_${n}_$run" "wizard_${n}_$run"
  order=()
  (( run % 2 == 1 )) || order=(wizard-first)
  build/release/bench/wizard_bench "$pg_base/cli_${n}_$run?sslmode=disable" "$pg_base/wizard_${n}_$run?sslmode=disable" "$n" "${order[@]}"
done
echo "load after: $(uptime)"
