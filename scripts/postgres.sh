#!/usr/bin/env bash
# A throwaway Postgres 15 for tests: no durability (fsync off), trust auth, listening on 127.0.0.1 only.
#
#   scripts/postgres.sh start    initdb if needed, start, create database airlock_test, print its URL on stdout
#   scripts/postgres.sh stop     stop the server (the data directory stays, so the next start is fast)
#   scripts/postgres.sh status   print the URL and exit 0 when running, exit 1 otherwise
#   scripts/postgres.sh destroy  stop and delete the data directory
#
# Only the URL goes to stdout, so `export TEST_DATABASE_URL=$(scripts/postgres.sh start)` works.
# Overrides: AIRLOCK_PG_DIR (default /tmp/airlock-pg), AIRLOCK_PG_PORT (default 54329), PG_BIN (initdb's directory).
set -euo pipefail

dir=${AIRLOCK_PG_DIR:-/tmp/airlock-pg}
port=${AIRLOCK_PG_PORT:-54329}
database=airlock_test
url="postgres://postgres@127.0.0.1:${port}/${database}"
data="$dir/data"

log() { echo "postgres.sh: $*" >&2; }

find_bin() {
  if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
  if command -v initdb >/dev/null 2>&1; then dirname "$(readlink -f "$(command -v initdb)")"; return; fi
  for candidate in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [ -x "$candidate/initdb" ]; then echo "$candidate"; return; fi
  done
  log "initdb not found: install Postgres 15 (apt-get install -y postgresql-15) or set PG_BIN"
  exit 1
}
bin=$(find_bin)

# initdb and the server refuse to run as root: as root, run them as the `postgres` system user.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

psql_bin() {
  if [ -x "$bin/psql" ]; then echo "$bin/psql"; else command -v psql; fi
}

is_running() {
  [ -f "$data/PG_VERSION" ] && as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1
}

ensure_user() {
  [ "$(id -u)" = 0 ] || return 0
  if ! id postgres >/dev/null 2>&1; then
    log "creating system user postgres"
    useradd -r -M postgres
  fi
}

ensure_database() {
  local psql
  psql=$(psql_bin)
  local exists
  exists=$("$psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc \
    "select 1 from pg_database where datname = '$database'")
  if [ "$exists" != "1" ]; then
    "$psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qc "create database $database" >&2
  fi
}

start() {
  if is_running; then
    ensure_database
    echo "$url"
    return
  fi
  ensure_user
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  if [ ! -f "$data/PG_VERSION" ]; then
    log "initdb $data"
    as_owner "$bin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 || {
      cat "$dir/initdb.log" >&2
      exit 1
    }
  fi
  log "starting on 127.0.0.1:$port"
  as_owner "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 30 \
    -o "-k $dir -h 127.0.0.1 -p $port -F -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=200" \
    start >&2 || {
    tail -n 20 "$dir/server.log" >&2 || true
    exit 1
  }
  ensure_database
  echo "$url"
}

stop() {
  if is_running; then
    as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >&2
  else
    log "not running"
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status)
    if is_running; then echo "$url"; else log "not running"; exit 1; fi
    ;;
  destroy)
    stop
    rm -rf "$dir"
    ;;
  *)
    echo "usage: scripts/postgres.sh start|stop|status|destroy" >&2
    exit 2
    ;;
esac
