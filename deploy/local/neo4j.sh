#!/usr/bin/env bash
# Neo4j 5.26 LTS Community, embedded (jars from Maven Central) by deploy/local/neo4j/Launcher.java:
# Bolt on 127.0.0.1:7687, auth disabled, page cache 128m, heap -Xmx768m.
# usage: neo4j.sh install|start|stop|status
set -euo pipefail
STORE=neo4j
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SRC_DIR="$LOCAL_DIR/neo4j"
NEO4J_VERSION="$(sed -nE 's:.*<neo4j.version>(.*)</neo4j.version>.*:\1:p' "$SRC_DIR/pom.xml")"
BOLT_ADDR=127.0.0.1:7687
NEO4J_DIR="$LOOMA_STORES_DIR/neo4j"
NEO4J_LIB="$NEO4J_DIR/lib-$NEO4J_VERSION"
NEO4J_CLASSES="$NEO4J_DIR/classes-$NEO4J_VERSION"
NEO4J_HOME="$NEO4J_DIR/home"
NEO4J_PID="$NEO4J_DIR/neo4j.pid"
NEO4J_LOG="$NEO4J_DIR/neo4j.log"
# Java 17 (the default) runs Neo4j 5.x; LOOMA_NEO4J_JAVA overrides.
JAVA="${LOOMA_NEO4J_JAVA:-$(command -v java || true)}"
JAVAC="$(dirname "$(readlink -f "$JAVA")")/javac"

do_install() {
  [ -n "$NEO4J_VERSION" ] || die "cannot read neo4j.version from $SRC_DIR/pom.xml"
  [ -x "$JAVA" ] || die "java not found (need a JDK 17 or 21)"
  if [ ! -f "$NEO4J_LIB/.complete" ]; then
    command -v mvn >/dev/null || apt_install maven
    log "fetching org.neo4j:neo4j:$NEO4J_VERSION and its dependencies into $NEO4J_LIB"
    rm -rf "$NEO4J_LIB"
    mvn -B -q -Dstyle.color=never -f "$SRC_DIR/pom.xml" dependency:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$NEO4J_LIB" >&2 || die "mvn dependency:copy-dependencies failed"
    touch "$NEO4J_LIB/.complete"
  fi
  # Recompile the launcher when its source changed.
  local sum; sum="$(sha256sum "$SRC_DIR/Launcher.java" | cut -d' ' -f1)"
  if [ "$(cat "$NEO4J_CLASSES/.source-sha256" 2>/dev/null)" != "$sum" ]; then
    log "compiling Launcher.java"
    rm -rf "$NEO4J_CLASSES"; mkdir -p "$NEO4J_CLASSES"
    "$JAVAC" -nowarn -d "$NEO4J_CLASSES" -cp "$NEO4J_LIB/*" "$SRC_DIR/Launcher.java" >&2
    echo "$sum" >"$NEO4J_CLASSES/.source-sha256"
  fi
  mkdir -p "$NEO4J_HOME"
}

# Bolt handshake: magic 0x6060B017, then offer 5.8..5.0 and 4.4; a non-zero 4-byte answer means Bolt is up.
bolt_ok() {
  local reply
  reply="$(exec 3<>"/dev/tcp/${BOLT_ADDR%:*}/${BOLT_ADDR#*:}" || exit 1
    printf '\x60\x60\xb0\x17\x00\x08\x08\x05\x00\x00\x04\x04\x00\x00\x00\x00\x00\x00\x00\x00' >&3
    timeout 5 head -c 4 <&3 | od -An -tx1 | tr -d ' \n')"
  [ -n "$reply" ] && [ "$reply" != 00000000 ]
}

do_ready() { bolt_ok; }

do_start() {
  if is_running "$NEO4J_PID"; then
    log "already running (pid $(pid_of "$NEO4J_PID"))"
  else
    port_open "${BOLT_ADDR#*:}" && die "port ${BOLT_ADDR#*:} is already taken by another process: $(port_listener "${BOLT_ADDR#*:}")"
    log "starting Neo4j $NEO4J_VERSION (home $NEO4J_HOME, log $NEO4J_LOG)"
    nohup "$JAVA" -Xms256m -Xmx768m -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError \
      -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true \
      --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
      --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
      -cp "$NEO4J_CLASSES:$NEO4J_LIB/*" Launcher "$NEO4J_HOME" "$BOLT_ADDR" \
      >"$NEO4J_LOG" 2>&1 </dev/null &
    echo $! >"$NEO4J_PID"
  fi
  WAIT_PIDFILE="$NEO4J_PID" wait_for "neo4j Bolt on $BOLT_ADDR" "${LOOMA_NEO4J_TIMEOUT:-120}" "$NEO4J_LOG" \
    do_ready || die "neo4j failed to start"
}

do_stop() { stop_pidfile "$NEO4J_PID" neo4j 60; }

dispatch "$@"
