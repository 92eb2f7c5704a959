# Set-up shared by the benchmark scripts; sourced, from the project's root.
#   bench_start [TARGET …]   packages, a release build of the targets (all when
#                            none), a throw-away folder $work with a PostgreSQL
#                            cluster in it, stopped and removed on exit;
#                            $pg_base is its postgresql:// address without a
#                            database, PGPASSWORD its password.
#   bench_on_stop            extra commands for the exit (set before it comes).
#   bench_psql ARGS…         psql on that cluster.
#   bench_create_databases NAME…
bench_start() {
  scripts/install-deps --test
  cmake --preset release >/dev/null
  if [[ $# -gt 0 ]]; then
    cmake --build --preset release --target "$@" >/dev/null
  else
    cmake --build --preset release >/dev/null
  fi
  work=$(mktemp -d /tmp/codemie-bench.XXXXXX)
  chmod 755 "$work"
  trap bench_stop EXIT
  eval "$(scripts/pg-test-server start "$work/pg")"
  export PGPASSWORD=$CODEMIE_TEST_PGPASSWORD
  pg_base="postgresql://$CODEMIE_TEST_PGUSER@$CODEMIE_TEST_PGHOST:$CODEMIE_TEST_PGPORT"
}

bench_stop() {
  if [[ -n ${bench_on_stop:-} ]]; then
    eval "$bench_on_stop"
  fi
  scripts/pg-test-server stop "$work/pg"
  rm -rf "$work"
}

bench_psql() {
  psql -h "$CODEMIE_TEST_PGHOST" -p "$CODEMIE_TEST_PGPORT" -U "$CODEMIE_TEST_PGUSER" "$@"
}

bench_create_databases() {
  local db
  for db in "$@"; do
    bench_psql -d postgres -qc "CREATE DATABASE $db"
  done
}
