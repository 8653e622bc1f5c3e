#!/usr/bin/env bash
# Starts the complaints platform in the foreground: the command service on 8081 and the query service
# on 8080, both over the embedded H2 database under ./data, and the web app (complaint-web, the browser's
# one origin) on 8090 in front of them. Builds first when a jar is missing or older than its sources
# (the web app's frontend included). Ctrl-C stops all three; if one of them dies, the others are stopped too.
#
# Environment: COMPLAINTS_DATADIR (default ./data, relative to the repository root),
# COMMAND_PORT (default 8081), QUERY_PORT (default 8080), WEB_PORT (default 8090),
# JAVA_OPTS (extra JVM options for all three).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

VERSION=0.1.0-SNAPSHOT
COMMAND_JAR="complaint-command/target/complaint-command-$VERSION.jar"
QUERY_JAR="complaint-query/target/complaint-query-$VERSION.jar"
WEB_JAR="complaint-web/target/complaint-web-$VERSION.jar"
COMMAND_PORT="${COMMAND_PORT:-8081}"
QUERY_PORT="${QUERY_PORT:-8080}"
WEB_PORT="${WEB_PORT:-8090}"

say() { printf '[run] %s\n' "$*"; }

command -v java >/dev/null || { say "java not found: install Java 17 or later"; exit 1; }

# A jar is stale when it is missing or any pom or source it is built from is newer than it.
stale() {
    local jar=$1 module=$2
    shift 2
    [[ -f $jar ]] || return 0
    [[ -n $(find pom.xml complaint-api/pom.xml complaint-api/src complaint-problems/pom.xml complaint-problems/src \
        complaint-platform/pom.xml complaint-platform/src \
        "$module/pom.xml" "$module/src" "$@" \
        -type f -newer "$jar" -print 2>/dev/null | head -n 1) ]]
}

# The web app's jar carries the frontend that Vite builds: its sources, packages and build configuration count too
# (not node_modules, which npm ci rewrites at every build).
FRONTEND=complaint-web/frontend
web_stale() {
    stale "$WEB_JAR" complaint-web "$FRONTEND/src" "$FRONTEND/public" "$FRONTEND/package.json" \
        "$FRONTEND/package-lock.json" "$FRONTEND/index.html" \
        $(find "$FRONTEND" -maxdepth 1 -type f \( -name 'vite.config.*' -o -name 'tsconfig*.json' \) 2>/dev/null)
}

if stale "$COMMAND_JAR" complaint-command || stale "$QUERY_JAR" complaint-query || web_stale; then
    command -v mvn >/dev/null || { say "mvn not found: install Maven 3.8 or later"; exit 1; }
    command -v npm >/dev/null || { say "npm not found: install Node.js 20 or later (the web app is built with it)"; exit 1; }
    say "building (mvn -q -B -DskipTests install)…"
    # Maven's quiet mode still prints colour resets (without a newline): keep only real lines
    mvn -q -B -DskipTests install 2>&1 | awk '{ gsub(/\033\[[0-9;]*m/, ""); if (length) print }'
fi
for jar in "$COMMAND_JAR" "$QUERY_JAR" "$WEB_JAR"; do
    [[ -f $jar ]] || { say "$jar was not built"; exit 1; }
done

DATA_DIR="${COMPLAINTS_DATADIR:-./data}"
[[ $DATA_DIR == /* ]] || DATA_DIR="$ROOT/$DATA_DIR"
mkdir -p "$DATA_DIR"
COMPLAINTS_DATADIR="$(cd "$DATA_DIR" && pwd)"
export COMPLAINTS_DATADIR
say "data directory: $COMPLAINTS_DATADIR"

# Prefixes every line of a service's output with its name, flushing each line so logs interleave live.
# It ignores Ctrl-C, like the services themselves, so that their shutdown logs still get through.
prefix() {
    trap '' INT
    awk -v tag="[$1] " '{ print tag $0; fflush() }'
}

# Started with a process substitution, so that $! is the java process itself, not the log filter.
start() {
    local name=$1 port=$2 jar=$3
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
    SERVER_PORT="$port" java ${JAVA_OPTS:-} -jar "$jar" > >(prefix "$name") 2>&1 &
}

# A demo is one person clicking through several roles on one machine: the production rate limits (60 commands a
# minute, 10 filings an hour per buyer) would get in the way of trying things out. Either can still be set.
export COMPLAINTS_RATELIMITS_COMMANDSPERMINUTE="${COMPLAINTS_RATELIMITS_COMMANDSPERMINUTE:-600}"
export COMPLAINTS_RATELIMITS_FILINGSPERHOUR="${COMPLAINTS_RATELIMITS_FILINGSPERHOUR:-600}"

# the web app relays the browser's /api calls to the two services on this machine
export COMPLAINTS_WEB_COMMANDURL="http://localhost:$COMMAND_PORT"
export COMPLAINTS_WEB_QUERYURL="http://localhost:$QUERY_PORT"

pids=()
stopping=false
stop_all() {
    $stopping && return
    stopping=true
    local pid
    for pid in "${pids[@]}"; do
        kill -TERM "$pid" 2>/dev/null || true
    done
    # a graceful shutdown takes a few seconds; after 30 s, stop what is left the hard way
    for _ in $(seq 30); do
        local alive=false
        for pid in "${pids[@]}"; do
            kill -0 "$pid" 2>/dev/null && alive=true
        done
        $alive || break
        sleep 1
    done
    for pid in "${pids[@]}"; do
        kill -KILL "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
}
trap 'say "stopping…"; stop_all; exit 130' INT
trap 'say "stopping…"; stop_all; exit 143' TERM
trap 'stop_all' EXIT

start command "$COMMAND_PORT" "$COMMAND_JAR"
pids+=("$!")
start query "$QUERY_PORT" "$QUERY_JAR"
pids+=("$!")
start web "$WEB_PORT" "$WEB_JAR"
pids+=("$!")
say "command service http://localhost:$COMMAND_PORT  query service http://localhost:$QUERY_PORT  (Ctrl-C stops all)"
echo "open http://localhost:$WEB_PORT"

# Polling rather than `wait -n` keeps this working on bash 3.2 (macOS) and lets the traps run promptly.
names=(command query web)
while true; do
    for i in 0 1 2; do
        if ! kill -0 "${pids[$i]}" 2>/dev/null; then
            status=0
            wait "${pids[$i]}" || status=$?
            say "the ${names[$i]} service stopped (exit $status); stopping the others"
            stop_all
            exit $((status == 0 ? 1 : status))
        fi
    done
    sleep 1
done
