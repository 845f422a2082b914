#!/usr/bin/env bash
# Weaviate, built from source with the local Go toolchain (go install from the Go module proxy), on
# 127.0.0.1:8080 (HTTP) and :50051 (gRPC, which listens on all interfaces). Anonymous access, no modules.
# The first build takes minutes and ~3 GB (module + build cache, kept in the cache dir); later runs reuse the binary.
# usage: weaviate.sh install|start|stop|status
set -euo pipefail
STORE=weaviate
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

WEAVIATE_VERSION="${LOOMA_WEAVIATE_VERSION:-v1.36.12}"
WV_PORT=8080
WV_GRPC_PORT=50051
WV_DIR="$LOOMA_STORES_DIR/weaviate"
WV_BIN_DIR="$WV_DIR/bin-$WEAVIATE_VERSION"
WV_BIN="$WV_BIN_DIR/weaviate-server"
WV_DATA="$WV_DIR/data"
WV_PID="$WV_DIR/weaviate.pid"
WV_LOG="$WV_DIR/weaviate.log"
WV_BUILD_PID="$WV_DIR/build.pid"
WV_BUILD_LOG="$WV_DIR/build.log"
WV_URL="http://127.0.0.1:$WV_PORT"

build_done() { [ -x "$WV_BIN" ] && ! is_running "$WV_BUILD_PID"; }

do_install() {
  if [ ! -x "$WV_BIN" ] || is_running "$WV_BUILD_PID"; then
    command -v go >/dev/null || die "go not found (Weaviate is built with the local Go toolchain, 1.25+)"
    mkdir -p "$WV_BIN_DIR" "$LOOMA_STORES_DIR/go/mod" "$LOOMA_STORES_DIR/go/build"
    if is_running "$WV_BUILD_PID"; then
      log "a build is already running (pid $(pid_of "$WV_BUILD_PID")): waiting for it"
    else
      log "building weaviate-server $WEAVIATE_VERSION with $(go version | cut -d' ' -f3) (first time: many minutes; log $WV_BUILD_LOG)"
      (cd "$WV_DIR"; GOTOOLCHAIN=local GOBIN="$WV_BIN_DIR" GOMODCACHE="$LOOMA_STORES_DIR/go/mod" \
        GOCACHE="$LOOMA_STORES_DIR/go/build" GOFLAGS=-modcacherw \
        nohup go install "github.com/weaviate/weaviate/cmd/weaviate-server@$WEAVIATE_VERSION" \
        >"$WV_BUILD_LOG" 2>&1 </dev/null & echo $! >"$WV_BUILD_PID")
    fi
    WAIT_PIDFILE="$WV_BUILD_PID" wait_for "weaviate build" "${LOOMA_WEAVIATE_BUILD_TIMEOUT:-2400}" "$WV_BUILD_LOG" \
      build_done || true
    # The build process is gone (or timed out): the binary decides.
    if is_running "$WV_BUILD_PID"; then die "weaviate build still running after the allowance (log $WV_BUILD_LOG)"; fi
    rm -f "$WV_BUILD_PID"
    [ -x "$WV_BIN" ] || { tail -30 "$WV_BUILD_LOG" >&2; die "weaviate build failed (log $WV_BUILD_LOG)"; }
    log "built $WV_BIN"
  fi
  mkdir -p "$WV_DATA"
}

do_ready() { curl -fsS -m 5 -o /dev/null "$WV_URL/v1/.well-known/ready"; }

do_start() {
  if is_running "$WV_PID"; then
    log "already running (pid $(pid_of "$WV_PID"))"
  else
    local p
    for p in "$WV_PORT" "$WV_GRPC_PORT"; do
      port_open "$p" && die "port $p is already taken by another process: $(port_listener "$p")"
    done
    log "starting Weaviate $WEAVIATE_VERSION (data $WV_DATA, log $WV_LOG)"
    (cd "$WV_DIR"; env AUTHENTICATION_ANONYMOUS_ACCESS_ENABLED=true PERSISTENCE_DATA_PATH="$WV_DATA" \
      DEFAULT_VECTORIZER_MODULE=none ENABLE_MODULES= DISABLE_TELEMETRY=true CLUSTER_HOSTNAME=node1 \
      RAFT_BOOTSTRAP_EXPECT=1 GRPC_PORT="$WV_GRPC_PORT" QUERY_DEFAULTS_LIMIT=25 \
      CLUSTER_IN_LOCALHOST=true CLUSTER_BIND_ADDR=127.0.0.1 CLUSTER_ADVERTISE_ADDR=127.0.0.1 \
      GO_PROFILING_DISABLE=true \
      nohup "$WV_BIN" --host 127.0.0.1 --port "$WV_PORT" --scheme http >"$WV_LOG" 2>&1 </dev/null &
      echo $! >"$WV_PID")
  fi
  WAIT_PIDFILE="$WV_PID" wait_for "weaviate on $WV_URL" "${LOOMA_WEAVIATE_TIMEOUT:-120}" "$WV_LOG" do_ready \
    || die "weaviate failed to start"
}

do_stop() { stop_pidfile "$WV_PID" weaviate 60; }

dispatch "$@"
