#!/usr/bin/env bash
# Stop the datastores and the model server that deploy/local started (by their pid files / pg_ctl): all, or the ones named.
#   bash deploy/local/down.sh
#   bash deploy/local/down.sh neo4j elasticsearch
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
STORE=down
# shellcheck source=lib.sh
source "$HERE/lib.sh"

ALL=(model weaviate elasticsearch neo4j redis postgres)
if [ $# -eq 0 ]; then STORES=("${ALL[@]}"); else STORES=("$@"); fi
rc=0
for s in "${STORES[@]}"; do
  [[ " ${ALL[*]} " == *" $s "* ]] || { log "unknown store '$s' (known: ${ALL[*]})"; rc=1; continue; }
  bash "$HERE/$s.sh" stop </dev/null >&2 || rc=1
done
exit $rc
