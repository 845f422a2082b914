#!/usr/bin/env bash
# Install (once, cached in $LOOMA_STORES_DIR) and start the real datastores and the embedding model server, wait
# until each answers, then print the matching export lines on stdout (all else goes to stderr):
#   eval "$(bash deploy/local/up.sh)"                # all five stores and the model
#   eval "$(bash deploy/local/up.sh postgres redis)" # a subset
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
STORE=up
# shellcheck source=lib.sh
source "$HERE/lib.sh"

ALL=(postgres redis neo4j elasticsearch weaviate model)
if [ $# -eq 0 ]; then STORES=("${ALL[@]}"); else STORES=("$@"); fi
for s in "${STORES[@]}"; do
  [ -f "$HERE/$s.sh" ] && [[ " ${ALL[*]} " == *" $s "* ]] || die "unknown store '$s' (known: ${ALL[*]})"
done

# 1) installs one after another (apt and mvn do not like to run side by side; the first Weaviate build is long)
for s in "${STORES[@]}"; do bash "$HERE/$s.sh" install </dev/null >&2; done

# 2) starts side by side; each start waits until its server answers
declare -A PIDS=()
for s in "${STORES[@]}"; do LOOMA_SKIP_INSTALL=1 bash "$HERE/$s.sh" start </dev/null >&2 & PIDS[$s]=$!; done
failed=()
for s in "${STORES[@]}"; do wait "${PIDS[$s]}" || failed+=("$s"); done
[ ${#failed[@]} -eq 0 ] || die "failed to start: ${failed[*]} (logs under $LOOMA_STORES_DIR)"
log "all up: ${STORES[*]}"

# 3) the environment for the app and the tests, in a fixed order
for s in postgres neo4j weaviate elasticsearch redis model; do
  [[ " ${STORES[*]} " == *" $s "* ]] || continue
  case "$s" in
    postgres) echo "export DATABASE_URL=postgres://looma:looma@127.0.0.1:5432/looma" ;;
    neo4j) echo "export NEO4J_URL=bolt://127.0.0.1:7687" ;;
    weaviate) echo "export WEAVIATE_URL=http://127.0.0.1:8080"; echo "export WEAVIATE_GRPC_PORT=50051" ;;
    elasticsearch) echo "export ELASTICSEARCH_URL=http://127.0.0.1:9200" ;;
    redis) echo "export REDIS_URL=redis://127.0.0.1:6379" ;;
    # Where the model answers, not a switch: Looma keeps its configured embedder (EMBEDDINGS_*), since a
    # model switch needs npm run reindex. The real-model tests and bench:search read it.
    model) echo "export LOOMA_MODEL_URL=http://127.0.0.1:${LOOMA_MODEL_PORT:-8097}/v1" ;;
  esac
done
