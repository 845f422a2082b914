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
PROMTOOL_BIN="$(go_tool promtool "$PROMTOOL_VERSION" github.com/prometheus/prometheus/cmd/promtool)"
log "promtool $PROMTOOL_VERSION: $PROMTOOL_BIN"
echo "export LOOMA_PROMTOOL=$PROMTOOL_BIN"
