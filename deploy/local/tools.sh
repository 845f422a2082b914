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
HELM_BIN="$(go_tool helm "$HELM_VERSION" helm.sh/helm/v3/cmd/helm)"
log "helm $("$HELM_BIN" version --short)"
echo "export LOOMA_HELM=$HELM_BIN"
