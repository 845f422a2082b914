#!/usr/bin/env bash
# Command-line tools the checks need, built with the local Go toolchain from the Go module proxy (go install) and
# kept in the cache dir: helm (tests/deploy/helm.test.ts lints and renders deploy/helm/looma with it). Prints the
# export line for the tests on stdout (logs go to stderr):
#   eval "$(bash deploy/local/tools.sh)"     # export LOOMA_HELM=<cache>/tools/helm-<version>/helm
# The first build takes a few minutes on 2 cores; later runs reuse the binary (and Go's module and build caches,
# shared with weaviate.sh, make a rebuild of another version fast).
set -euo pipefail
STORE=tools
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

HELM_VERSION="${LOOMA_HELM_VERSION:-v3.22.0}"
HELM_DIR="$LOOMA_STORES_DIR/tools/helm-$HELM_VERSION"
HELM_BIN="$HELM_DIR/helm"

if [ ! -x "$HELM_BIN" ]; then
  command -v go >/dev/null || die "go not found (helm is built with the local Go toolchain)"
  mkdir -p "$HELM_DIR" "$LOOMA_STORES_DIR/go/mod" "$LOOMA_STORES_DIR/go/build"
  log "building helm $HELM_VERSION with $(go version | cut -d' ' -f3) (log $HELM_DIR/build.log)"
  start=$SECONDS
  # Outside any module (cd): go install pkg@version builds exactly the tagged module.
  if ! (cd "$HELM_DIR" && GOTOOLCHAIN=local GOBIN="$HELM_DIR" GOMODCACHE="$LOOMA_STORES_DIR/go/mod" \
    GOCACHE="$LOOMA_STORES_DIR/go/build" GOFLAGS=-modcacherw \
    go install "helm.sh/helm/v3/cmd/helm@$HELM_VERSION" >"$HELM_DIR/build.log" 2>&1 </dev/null); then
    tail -30 "$HELM_DIR/build.log" >&2
    die "helm build failed (log $HELM_DIR/build.log)"
  fi
  log "built $HELM_BIN in $((SECONDS - start))s"
fi
log "helm $("$HELM_BIN" version --short)"
echo "export LOOMA_HELM=$HELM_BIN"
