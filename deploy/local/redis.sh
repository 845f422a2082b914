#!/usr/bin/env bash
# Redis 7 (Debian's redis-server) on 127.0.0.1:6379, no persistence; pid file and log in the cache dir.
# usage: redis.sh install|start|stop|status
set -euo pipefail
STORE=redis
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

REDIS_PORT=6379
REDIS_DIR="$LOOMA_STORES_DIR/redis"
REDIS_PID="$REDIS_DIR/redis.pid"
REDIS_LOG="$REDIS_DIR/redis.log"

# Debian's package starts its own service (/etc/redis/redis.conf, also on 6379) where an init system lets it:
# stop it, so that our instance owns the port.
tame_debian_service() {
  local pidf=/run/redis/redis-server.pid
  if [ -s "$pidf" ] && kill -0 "$(cat "$pidf")" 2>/dev/null; then
    log "stopping Debian's redis-server service"
    if command -v service >/dev/null; then service redis-server stop >&2 || true; fi
    stop_pidfile "$pidf" "Debian redis-server" 20
  fi
  if command -v systemctl >/dev/null && systemctl is-enabled redis-server >/dev/null 2>&1; then
    systemctl disable --now redis-server >/dev/null 2>&1 || true
  fi
}

do_install() {
  if ! command -v redis-server >/dev/null; then
    apt_install redis-server
    tame_debian_service
  fi
  mkdir -p "$REDIS_DIR"
}

do_ready() { [ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" = PONG ]; }

do_start() {
  if is_running "$REDIS_PID"; then
    log "already running (pid $(pid_of "$REDIS_PID"))"
  else
    port_open "$REDIS_PORT" && die "port $REDIS_PORT is already taken by another process: $(port_listener "$REDIS_PORT")"
    log "starting (log $REDIS_LOG)"
    redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no \
      --dir "$REDIS_DIR" --pidfile "$REDIS_PID" --logfile "$REDIS_LOG" >&2
  fi
  wait_for "redis on 127.0.0.1:$REDIS_PORT" 30 "$REDIS_LOG" do_ready
}

do_stop() { stop_pidfile "$REDIS_PID" redis 30; }

dispatch "$@"
