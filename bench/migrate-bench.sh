#!/usr/bin/env bash
# Migration into PostgreSQL next to the floor measured in the same run: from
# the fake Keycloak at 10,000 and 50,000 users (or the sizes given), then from
# the real Keycloak (scripts/keycloak-test-server) with a generated realm of
# 10,000 users (bench/make-bench-realm.py).
#   bench/migrate-bench.sh [N …]
# Environment:
#   CODEMIE_BENCH_REAL_KEYCLOAK  1 (default): fake sizes, then the real case;
#                                0: fake sizes only; only: the real case only.
#                                Without Java or Keycloak the real case is
#                                skipped with a message (an error under `only`).
#   CODEMIE_BENCH_REAL_USERS     users in the generated realm (default 10000)
#   CODEMIE_BENCH_REAL_RUNS      runs against the one server, each into fresh
#                                databases (default 1)
#   CODEMIE_BENCH_ADMIN_BINARY   another build's codemie-admin to measure (before
#                                and after a change, against the same floor)
#   CODEMIE_BENCH_DRY_RUN        1: the fake sizes as a dry run (--dry-run
#                                --plan-out) next to the floor's read only
# The machine's load (uptime) is printed before and after: ratios to the
# floor of the same run are what compare across loaded machines.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(10000 50000)
real=${CODEMIE_BENCH_REAL_KEYCLOAK:-1}
real_users=${CODEMIE_BENCH_REAL_USERS:-10000}
real_runs=${CODEMIE_BENCH_REAL_RUNS:-1}
case "$real" in
  0|1) ;;
  only) sizes=() ;;
  *) echo "CODEMIE_BENCH_REAL_KEYCLOAK must be 0, 1 or only" >&2; exit 2 ;;
esac
source bench/bench-setup.sh
bench_on_stop='if [[ -d $work/kc ]]; then scripts/keycloak-test-server stop "$work/kc"; fi'
bench_start migration_bench codemie-admin
# A size may be given more than once (repeated runs): each run gets its own
# pair of databases.
echo "load before: $(uptime)"
run=0
for n in "${sizes[@]}"; do
  run=$((run + 1))
  bench_create_databases "engine_${n}_$run" "floor_${n}_$run"
  build/release/bench/keycloak/migration_bench "$pg_base/engine_${n}_$run?sslmode=disable" "$pg_base/floor_${n}_$run?sslmode=disable" "$n" ${CODEMIE_BENCH_BATCH_SIZE:+"$CODEMIE_BENCH_BATCH_SIZE"}
done
echo "load after: $(uptime)"
[[ $real != 0 ]] || exit 0

# The real Keycloak: a generated realm imported at start.
skip_real() {
  if [[ $real == only ]]; then
    echo "migrate-bench: the real Keycloak case cannot run: $1" >&2
    exit 1
  fi
  echo "migrate-bench: real Keycloak case skipped: $1 (CODEMIE_BENCH_REAL_KEYCLOAK=0 silences this)"
  exit 0
}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
command -v "$java" >/dev/null || skip_real "no Java (JAVA_HOME or java on PATH)"
mkdir -p "$work/realm"
realm_file=$work/realm/codemie-bench-realm.json
t0=$(date +%s.%N)
python3 bench/make-bench-realm.py "$realm_file" --users "$real_users"
t1=$(date +%s.%N)
if ! kc_env=$(CODEMIE_KEYCLOAK_REALM_FILE=$realm_file scripts/keycloak-test-server start "$work/kc"); then
  skip_real "Keycloak did not start (see the lines above)"
fi
t2=$(date +%s.%N)
eval "$kc_env"
# The realm import as Keycloak logged it: from "Full model import requested"
# to "Import finished successfully".
import_s=$(python3 - "$work/kc/server.log" <<'PY'
import datetime, re, sys
begin = end = None
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    m = re.match(r"(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3})", line)
    if not m:
        continue
    t = datetime.datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S,%f")
    if "Full model import requested" in line:
        begin = t
    elif "Import finished successfully" in line:
        end = t
print("%.1f" % (end - begin).total_seconds() if begin and end else "?")
PY
)
secret=$(python3 -c 'import json, sys
r = json.load(open(sys.argv[1], encoding="utf-8"))
print(next(c["secret"] for c in r["clients"] if c["clientId"] == "codemie-migration"))' "$realm_file")
printf 'real Keycloak %s: realm %s with %s users generated in %.1f s; server start with import %.1f s (import itself %s s)\n' \
  "$CODEMIE_TEST_KEYCLOAK_VERSION" "$CODEMIE_TEST_KEYCLOAK_REALM" "$real_users" \
  "$(awk "BEGIN { print $t1 - $t0 }")" "$(awk "BEGIN { print $t2 - $t1 }")" "$import_s"
for run in $(seq 1 "$real_runs"); do
  bench_create_databases "engine_kc_$run" "floor_kc_$run"
  KEYCLOAK_ADMIN_CLIENT_SECRET=$secret build/release/bench/keycloak/migration_bench \
    "$pg_base/engine_kc_$run?sslmode=disable" "$pg_base/floor_kc_$run?sslmode=disable" "$real_users" \
    --keycloak "$CODEMIE_TEST_KEYCLOAK_URL$CODEMIE_TEST_KEYCLOAK_PATH" "$CODEMIE_TEST_KEYCLOAK_REALM" codemie-migration
done
