#!/usr/bin/env bash
# PostgreSQL 15 (Debian's postgresql-15): a private cluster under the cache dir, owned by the OS user postgres,
# listening on 127.0.0.1:5432 only. Role looma/looma (SUPERUSER), database looma.
# usage: postgres.sh install|start|stop|status
set -euo pipefail
STORE=postgres
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PG_MAJOR=15
PG_PORT=5432
PG_BIN="/usr/lib/postgresql/$PG_MAJOR/bin"
PG_DIR="$LOOMA_STORES_DIR/postgres"
PG_DATA="$PG_DIR/data"
PG_SOCK="$PG_DIR/run"
PG_LOG="$PG_DIR/postgres.log"

as_pg() { runuser -u postgres -- "$@"; }
pg_ctl() { as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" "$@"; }
psql_admin() { as_pg "$PG_BIN/psql" -h "$PG_SOCK" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
ours_running() { [ -f "$PG_DATA/PG_VERSION" ] && pg_ctl status >/dev/null 2>&1; }

# Debian's own cluster (15/main) must never take 5432 from ours: stop it and make it manual-start.
tame_debian_cluster() {
  local conf="/etc/postgresql/$PG_MAJOR/main/start.conf"
  [ -f "$conf" ] || return 0
  if command -v pg_lsclusters >/dev/null && pg_lsclusters -h 2>/dev/null | awk '$1=="'$PG_MAJOR'" && $2=="main" && $4 ~ /online/' | grep -q .; then
    log "stopping Debian's default cluster $PG_MAJOR/main"
    pg_ctlcluster "$PG_MAJOR" main stop || true
  fi
  if ! grep -qx manual "$conf"; then
    log "setting Debian's cluster $PG_MAJOR/main to manual start ($conf)"
    sed -i -E 's/^(auto|disabled)$/manual/' "$conf"
  fi
}

do_install() {
  apt_install "postgresql-$PG_MAJOR"
  [ -x "$PG_BIN/initdb" ] || die "$PG_BIN/initdb missing after install"
  tame_debian_cluster
  ensure_traversable "$LOOMA_STORES_DIR" postgres
  mkdir -p "$PG_DIR" "$PG_SOCK"
  chown postgres:postgres "$PG_DIR" "$PG_SOCK"
  if [ ! -f "$PG_DATA/PG_VERSION" ]; then
    log "initdb $PG_DATA"
    rm -rf "$PG_DATA"
    as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=scram-sha-256 >"$PG_DIR/initdb.log" 2>&1 \
      || { tail -20 "$PG_DIR/initdb.log" >&2; die "initdb failed (log: $PG_DIR/initdb.log)"; }
  fi
  # A cache dir carried over from another machine may hold another uid for postgres.
  [ "$(stat -c %U "$PG_DATA")" = postgres ] || chown -R postgres:postgres "$PG_DIR"
  # Our settings live in an included file, rewritten on every install (idempotent).
  cat >"$PG_DATA/looma.conf" <<EOF
# written by deploy/local/postgres.sh
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_SOCK'
max_connections = 200
shared_buffers = 128MB
# a throwaway dev/CI cluster: durability traded for speed
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
  chown postgres:postgres "$PG_DATA/looma.conf"
  grep -q "^include_if_exists = 'looma.conf'" "$PG_DATA/postgresql.conf" \
    || echo "include_if_exists = 'looma.conf'" >>"$PG_DATA/postgresql.conf"
}

do_ready() {
  PGPASSWORD=looma "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U looma -d looma -qtAc 'select 1' 2>/dev/null | grep -qx 1
}

do_start() {
  if ours_running; then
    log "already running"
  else
    if port_open "$PG_PORT"; then
      die "port $PG_PORT is already taken by another process: $(port_listener "$PG_PORT")"
    fi
    log "starting (data $PG_DATA, log $PG_LOG)"
    touch "$PG_LOG" && chown postgres:postgres "$PG_LOG"
    pg_ctl -l "$PG_LOG" -w -t 120 start >&2 \
      || { tail -30 "$PG_LOG" >&2; die "pg_ctl start failed (log: $PG_LOG)"; }
  fi
  wait_for "postgres socket" 60 "$PG_LOG" as_pg "$PG_BIN/pg_isready" -q -h "$PG_SOCK" -p "$PG_PORT"
  # Role and database (idempotent).
  if [ "$(psql_admin -c "select 1 from pg_roles where rolname='looma'")" != 1 ]; then
    log "creating role looma"
    psql_admin -c "create role looma login superuser password 'looma'"
  fi
  if [ "$(psql_admin -c "select 1 from pg_database where datname='looma'")" != 1 ]; then
    log "creating database looma"
    psql_admin -c "create database looma owner looma"
  fi
  wait_for "postgres on 127.0.0.1:$PG_PORT" 60 "$PG_LOG" do_ready
}

do_stop() {
  if ours_running; then
    log "stopping"
    pg_ctl -m fast -w -t 60 stop >&2
  else
    log "not running"
  fi
}

dispatch "$@"
