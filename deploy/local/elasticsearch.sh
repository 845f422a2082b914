#!/usr/bin/env bash
# Elasticsearch 9 (Elastic's integ-test-zip distribution from Maven Central: the real server, no bundled JDK,
# a reduced module set) as a single node on 127.0.0.1:9200, security off, heap 512m, run as the OS user looma.
# usage: elasticsearch.sh install|start|stop|status
set -euo pipefail
STORE=elasticsearch
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ES_VERSION="${LOOMA_ES_VERSION:-9.4.6}"
ES_ARTIFACT="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip"
ES_PORT=9200
ES_DIR="$LOOMA_STORES_DIR/elasticsearch"
ES_DIST="$ES_DIR/elasticsearch-$ES_VERSION"
ES_DATA="$ES_DIR/data"
ES_LOGS="$ES_DIR/logs"
ES_RUN="$ES_DIR/run"
ES_PID="$ES_RUN/elasticsearch.pid"
ES_CLUSTER=looma-local
ES_LOG="$ES_LOGS/$ES_CLUSTER.log"
ES_URL="http://127.0.0.1:$ES_PORT"

do_install() {
  need_root
  if [ ! -f "$ES_DIST/.complete" ]; then
    command -v mvn >/dev/null || apt_install maven
    command -v unzip >/dev/null || apt_install unzip
    log "fetching $ES_ARTIFACT"
    mkdir -p "$ES_DIR/download"
    mvn -B -q -Dstyle.color=never dependency:copy -Dartifact="$ES_ARTIFACT" -DoutputDirectory="$ES_DIR/download" \
      -Dmdep.overWriteReleases=true >&2 || die "mvn dependency:copy $ES_ARTIFACT failed"
    rm -rf "$ES_DIST" "$ES_DIR/unpack"
    mkdir -p "$ES_DIR/unpack"
    unzip -q "$ES_DIR/download/elasticsearch-$ES_VERSION.zip" -d "$ES_DIR/unpack"
    mv "$ES_DIR/unpack/elasticsearch-$ES_VERSION" "$ES_DIST"
    rm -rf "$ES_DIR/unpack" "$ES_DIR/download"
    touch "$ES_DIST/.complete"
  fi
  ensure_user "$LOOMA_USER"
  ensure_traversable "$LOOMA_STORES_DIR" "$LOOMA_USER"
  mkdir -p "$ES_DATA" "$ES_LOGS" "$ES_RUN" "$ES_DIR/tmp"

  # Settings (rewritten on every install).
  {
    echo "# written by deploy/local/elasticsearch.sh"
    echo "cluster.name: $ES_CLUSTER"
    echo "node.name: node1"
    echo "discovery.type: single-node"
    echo "network.host: 127.0.0.1"
    echo "http.port: $ES_PORT"
    echo "path.data: $ES_DATA"
    echo "path.logs: $ES_LOGS"
    echo "cluster.routing.allocation.disk.threshold_enabled: false"
    [ -d "$ES_DIST/modules/x-pack-security" ] && echo "xpack.security.enabled: false"
    [ -d "$ES_DIST/modules/x-pack-ml" ] && echo "xpack.ml.enabled: false"
    [ -d "$ES_DIST/modules/ingest-geoip" ] && echo "ingest.geoip.downloader.enabled: false"
    true
  } >"$ES_DIST/config/elasticsearch.yml"
  chown -R "$LOOMA_USER:$LOOMA_USER" "$ES_DIST" "$ES_DATA" "$ES_LOGS" "$ES_RUN" "$ES_DIR/tmp"
}

do_ready() {
  curl -fsS -m 5 "$ES_URL/_cluster/health?wait_for_status=yellow&timeout=1s" 2>/dev/null | grep -q '"status":"\(green\|yellow\)"'
}

do_start() {
  if is_running "$ES_PID"; then
    log "already running (pid $(pid_of "$ES_PID"))"
  else
    port_open "$ES_PORT" && die "port $ES_PORT is already taken by another process: $(port_listener "$ES_PORT")"
    local java_home
    java_home="$(find_java21)" || die "no JDK 21+ found under /usr/lib/jvm or /opt (Elasticsearch 9 needs one; set LOOMA_JAVA21_HOME)"
    log "starting Elasticsearch $ES_VERSION as $LOOMA_USER (ES_JAVA_HOME $java_home, log $ES_LOG)"
    rm -f "$ES_PID"
    # -d daemonizes once the node has started; its own output goes to startup.log.
    (cd "$ES_DIR" && runuser -u "$LOOMA_USER" -- env HOME="$ES_DIR" ES_JAVA_HOME="$java_home" \
      ES_JAVA_OPTS="-Xms512m -Xmx512m" ES_TMPDIR="$ES_DIR/tmp" \
      "$ES_DIST/bin/elasticsearch" -d -p "$ES_PID" >"$ES_LOGS/startup.log" 2>&1 </dev/null) \
      || { tail -30 "$ES_LOGS/startup.log" >&2; [ -f "$ES_LOG" ] && tail -30 "$ES_LOG" >&2;
           die "elasticsearch failed to start (logs: $ES_LOGS/startup.log, $ES_LOG)"; }
  fi
  WAIT_PIDFILE="$ES_PID" wait_for "elasticsearch on $ES_URL" "${LOOMA_ES_TIMEOUT:-120}" "$ES_LOG" do_ready \
    || die "elasticsearch failed to start"
}

do_stop() { stop_pidfile "$ES_PID" elasticsearch 60; }

dispatch "$@"
