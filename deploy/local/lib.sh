# Shared helpers for the deploy/local store scripts. Source it; do not run it.
# shellcheck shell=bash

LOOMA_STORES_DIR="${LOOMA_STORES_DIR:-${HOME:-/root}/.cache/looma-stores}"
LOCAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# Unprivileged OS user for the servers that refuse to run as root (Elasticsearch).
LOOMA_USER="${LOOMA_USER:-looma}"

mkdir -p "$LOOMA_STORES_DIR"

# All logging goes to stderr: up.sh keeps stdout for the export lines only.
log() { printf '[%s] %s\n' "${STORE:-looma}" "$*" >&2; }
die() { printf '[%s] ERROR: %s\n' "${STORE:-looma}" "$*" >&2; exit 1; }

need_root() { [ "$(id -u)" = 0 ] || die "must run as root (apt, runuser)"; }

# apt_install PKG...: install missing Debian packages; apt-get update only when something is missing.
apt_install() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  need_root
  log "apt-get install ${missing[*]}"
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# port_open PORT: something accepts TCP connections on 127.0.0.1:PORT.
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# port_listener PORT: prints the process listening on PORT (for error messages).
port_listener() { ss -ltnpH "sport = :$1" 2>/dev/null | head -3; }

# Pid files: <cache>/<store>/<name>.pid
pid_of() { [ -s "$1" ] && cat "$1"; }
# When PID started, in seconds since the epoch (field 22 of /proc/PID/stat, counted after the command name).
proc_started_at() {
  local fields ticks boot
  fields="$(sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null)" || return 1
  ticks="$(awk '{print $20}' <<<"$fields")"
  boot="$(awk '/^btime/ {print $2}' /proc/stat)"
  echo $(( boot + ticks / $(getconf CLK_TCK) ))
}

is_running() { # is_running PIDFILE
  local pid started written
  pid="$(pid_of "$1" 2>/dev/null)" || return 1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  # A pid file can outlive its process (a reboot, a kill -9) and the number be reused by another:
  # the process must have started before its pid file was written, not later.
  started="$(proc_started_at "$pid")" || return 1
  written="$(stat -c %Y "$1")"
  [ "$started" -le $(( written + 5 )) ]
}

# stop_pidfile PIDFILE NAME [TIMEOUT]: TERM, wait, then KILL.
stop_pidfile() {
  local pidfile="$1" name="$2" timeout="${3:-60}" pid i
  if ! is_running "$pidfile"; then
    log "$name not running"; rm -f "$pidfile"; return 0
  fi
  pid="$(pid_of "$pidfile")"
  log "stopping $name (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < timeout * 2; i++)); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$pidfile"; return 0; }
    sleep 0.5
  done
  log "$name did not stop in ${timeout}s: SIGKILL"
  kill -KILL "$pid" 2>/dev/null || true
  rm -f "$pidfile"
}

# wait_for NAME TIMEOUT_S LOGFILE CMD...: poll CMD every second until it succeeds; on timeout (or, when
# WAIT_PIDFILE is set, as soon as that process is gone) fail naming the store and log, and show the log's tail.
wait_for() {
  local name="$1" timeout="$2" logfile="$3"; shift 3
  local start=$SECONDS
  local why
  until "$@" >/dev/null 2>&1; do
    why=""
    if [ -n "${WAIT_PIDFILE:-}" ] && ! is_running "$WAIT_PIDFILE"; then
      why="the process exited"
    elif (( SECONDS - start >= timeout )); then
      why="not ready after ${timeout}s"
    fi
    if [ -n "$why" ]; then
      printf '[%s] ERROR: %s: %s. Log: %s\n' "${STORE:-looma}" "$name" "$why" "$logfile" >&2
      if [ -f "$logfile" ]; then
        printf '%s\n' "----- last lines of $logfile -----" >&2
        tail -n 30 "$logfile" >&2
        printf '%s\n' "-----" >&2
      fi
      return 1
    fi
    sleep 1
  done
  log "$name ready ($((SECONDS - start))s)"
}

# A JDK >= 21 (Elasticsearch 9 needs it): $LOOMA_JAVA21_HOME, else the newest JDK under /usr/lib/jvm or /opt.
find_java21() {
  if [ -n "${LOOMA_JAVA21_HOME:-}" ] && [ -x "$LOOMA_JAVA21_HOME/bin/java" ]; then
    echo "$LOOMA_JAVA21_HOME"; return 0
  fi
  local d v best="" bestv=0
  for d in /usr/lib/jvm/* /opt/*jdk* /opt/java/* /opt/*/jdk*; do
    [ -x "$d/bin/java" ] && [ -x "$d/bin/javac" ] || continue
    [ -L "$d" ] && continue
    v="$("$d/bin/java" -version 2>&1 | sed -nE '1s/.*version "([0-9]+).*/\1/p')"
    [ -n "$v" ] || continue
    if (( v >= 21 && v > bestv )); then best="$d"; bestv=$v; fi
  done
  [ -n "$best" ] || return 1
  echo "$best"
}

# ensure_user NAME: unprivileged system user without a login shell.
ensure_user() {
  id "$1" >/dev/null 2>&1 && return 0
  need_root
  log "creating OS user $1"
  useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$1"
}

# The dispatch every store script ends with: install | start (install, then start) | stop | status
dispatch() {
  local cmd="${1:-}"
  case "$cmd" in
    install) do_install ;;
    start) [ "${LOOMA_SKIP_INSTALL:-}" = 1 ] || do_install; do_start ;;
    stop) do_stop ;;
    status) if do_ready; then log "answering"; else log "not answering"; return 1; fi ;;
    *) echo "usage: $0 install|start|stop|status" >&2; return 2 ;;
  esac
}

# ensure_traversable DIR USER: USER must be able to reach DIR (the default cache dir is under /root, mode 0700).
# Adds o+x (traverse only, no listing) to the ancestors that lack it.
ensure_traversable() {
  local dir="$1" user="$2" d="" part
  runuser -u "$user" -- test -x "$dir" 2>/dev/null && return 0
  local IFS=/
  for part in ${dir#/}; do   # walk from / down, so each check sees its parents already fixed
    d="$d/$part"
    if ! runuser -u "$user" -- test -x "$d" 2>/dev/null; then
      log "chmod o+x $d (so that user $user can reach $dir)"
      chmod o+x "$d"
    fi
  done
  runuser -u "$user" -- test -x "$dir" || die "user $user cannot reach $dir"
}

# go_tool NAME VERSION PACKAGE: a command-line tool built once with the local Go toolchain from the Go module
# proxy (go install) into $LOOMA_STORES_DIR/tools/NAME-VERSION (Go's module and build caches shared with
# weaviate.sh); prints the binary's path. Outside any module (cd): go install pkg@version builds exactly the
# tagged module.
go_tool() {
  local name=$1 version=$2 package=$3
  local dir="$LOOMA_STORES_DIR/tools/$name-$version"
  local bin="$dir/$name"
  if [ ! -x "$bin" ]; then
    command -v go >/dev/null || die "go not found ($name is built with the local Go toolchain)"
    mkdir -p "$dir" "$LOOMA_STORES_DIR/go/mod" "$LOOMA_STORES_DIR/go/build"
    log "building $name $version with $(go version | cut -d' ' -f3) (log $dir/build.log)"
    local start=$SECONDS
    if ! (cd "$dir" && GOTOOLCHAIN=local GOBIN="$dir" GOMODCACHE="$LOOMA_STORES_DIR/go/mod" \
      GOCACHE="$LOOMA_STORES_DIR/go/build" GOFLAGS=-modcacherw \
      go install "$package@$version" >"$dir/build.log" 2>&1 </dev/null); then
      tail -30 "$dir/build.log" >&2
      die "$name build failed (log $dir/build.log)"
    fi
    log "built $bin in $((SECONDS - start))s"
  fi
  echo "$bin"
}
