#!/usr/bin/env bash
# promtool (Prometheus's rule checker and rule unit-test runner), built with the local Go toolchain from the Go
# module proxy (go install) and kept in the cache dir: tests/deploy/alert-rules.test.ts runs `promtool check rules`
# and `promtool test rules` on deploy/prometheus/rules with it. Prints the export line for the tests on stdout
# (logs go to stderr):
#   eval "$(bash deploy/local/promtool.sh)"     # export LOOMA_PROMTOOL=<cache>/tools/promtool-<version>/promtool
# The first build takes minutes on 2 cores (Prometheus pulls in the cloud service-discovery SDKs); later runs reuse
# the binary, and Go's module and build caches (shared with weaviate.sh and tools.sh) make a rebuild fast.
set -euo pipefail
STORE=promtool
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PROMTOOL_VERSION="${LOOMA_PROMTOOL_VERSION:-v0.316.0}"
PROMTOOL_DIR="$LOOMA_STORES_DIR/tools/promtool-$PROMTOOL_VERSION"
PROMTOOL_BIN="$PROMTOOL_DIR/promtool"

if [ ! -x "$PROMTOOL_BIN" ]; then
  command -v go >/dev/null || die "go not found (promtool is built with the local Go toolchain)"
  mkdir -p "$PROMTOOL_DIR" "$LOOMA_STORES_DIR/go/mod" "$LOOMA_STORES_DIR/go/build"
  log "building promtool $PROMTOOL_VERSION with $(go version | cut -d' ' -f3) (log $PROMTOOL_DIR/build.log)"
  start=$SECONDS
  # Outside any module (cd): go install pkg@version builds exactly the tagged module.
  if ! (cd "$PROMTOOL_DIR" && GOTOOLCHAIN=local GOBIN="$PROMTOOL_DIR" GOMODCACHE="$LOOMA_STORES_DIR/go/mod" \
    GOCACHE="$LOOMA_STORES_DIR/go/build" GOFLAGS=-modcacherw \
    go install "github.com/prometheus/prometheus/cmd/promtool@$PROMTOOL_VERSION" >"$PROMTOOL_DIR/build.log" 2>&1 </dev/null); then
    tail -30 "$PROMTOOL_DIR/build.log" >&2
    die "promtool build failed (log $PROMTOOL_DIR/build.log)"
  fi
  log "built $PROMTOOL_BIN in $((SECONDS - start))s"
fi
log "promtool $PROMTOOL_VERSION: $PROMTOOL_BIN"
echo "export LOOMA_PROMTOOL=$PROMTOOL_BIN"
