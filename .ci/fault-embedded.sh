#!/usr/bin/env bash
# Fault tests of the packaged application (target/ishc-*.jar) on its own embedded PostgreSQL, the way a
# pilot province runs it. Writers create villages through the API, each with an id of its own, while:
#   1. the application is stopped with SIGTERM: no request fails with a server error, the application stops
#      within a minute, and every write it answered 201 is there after a restart;
#   2. the application is killed with SIGKILL, leaving its database server running: the next start stops
#      that server cleanly and carries on, and every write answered 201 is there.
# Only addresses on this machine are used. Exits non-zero on any failure.
set -euo pipefail

cd "$(dirname "$0")/.."
jar=$(ls target/ishc-*.jar 2>/dev/null | head -n 1 || true)
[ -n "$jar" ] || { echo "fault: no target/ishc-*.jar; run ./mvnw verify first" >&2; exit 1; }
jar=$(readlink -f "$jar")

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port=
for p in $(seq 18480 18680); do port_in_use "$p" || { port=$p; break; }; done
[ -n "$port" ] || { echo "fault: no free port" >&2; exit 1; }
base="http://127.0.0.1:$port"
user=fault.admin
password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
work=$(mktemp -d /tmp/ishc-fault.XXXXXX)
app_pid=

cleanup() {
    local status=$?
    [ -n "$app_pid" ] && kill -9 "$app_pid" 2>/dev/null || true
    # A server left by the SIGKILL case, if the restart did not take it over.
    pkill -9 -f "$work/db" 2>/dev/null || true
    if [ "$status" -ne 0 ]; then
        echo "fault: FAILED; last lines of the application's logs:" >&2
        tail -n 40 "$work"/app-*.log >&2 2>/dev/null || true
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_app() {  # $1: a name for its log
    ISHC_ADMIN_PASSWORD="$password" ISHC_SIGNIN_TWO_FACTOR_REQUIRED_ROLES="" java -Xmx1g -jar "$jar" --server.port="$port" \
        --ishc.embedded-db.data-dir="$work/db" --ishc.create-admin="$user" >"$work/app-$1.log" 2>&1 &
    app_pid=$!
    local waited=0
    until curl -fsS "$base/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
        kill -0 "$app_pid" 2>/dev/null || { echo "fault: the application ($1) ended while starting" >&2; return 1; }
        waited=$((waited + 1))
        [ "$waited" -le 180 ] || { echo "fault: the application ($1) is not up after 180 s" >&2; return 1; }
        sleep 1
    done
    echo "fault: the application ($1) is up after ${waited} s"
}

api() { curl -sS -u "$user:$password" "$@"; }

# Writes villages one after another until the application stops answering; one line per request:
# the village's id and the HTTP status (000: no connection).
writer() {  # $1: the writer's name
    local out="$work/writes-$1" refused=0 i=0 id code
    while [ "$refused" -lt 3 ] && [ "$i" -lt 2000 ]; do
        i=$((i + 1))
        id=$(cat /proc/sys/kernel/random/uuid)
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 60 -u "$user:$password" \
            -H 'Content-Type: application/json' -H 'Accept-Language: en' \
            -d "{\"id\":\"$id\",\"communeId\":$commune,\"name\":\"Thôn thử $1-$i\"}" "$base/api/v1/villages" || true)
        echo "$id $code" >>"$out"
        if [ "$code" = "000" ]; then refused=$((refused + 1)); sleep 0.2; fi
    done
}

writes_during() {  # $1: the case's name; $2: the signal
    local w
    rm -f "$work"/writes-*
    for w in 1 2 3 4; do writer "$1-$w" & done
    sleep 5
    echo "fault: $1: kill -$2 during writes"
    kill -"$2" "$app_pid"
    local waited=0
    while kill -0 "$app_pid" 2>/dev/null; do
        waited=$((waited + 1))
        [ "$waited" -le 60 ] || { echo "fault: $1: the application has not stopped after 60 s" >&2; return 1; }
        sleep 1
    done
    app_pid=
    wait
    cat "$work"/writes-* >"$work/$1.writes"
    local answered errors
    answered=$(awk '$2 == 201' "$work/$1.writes" | wc -l)
    errors=$(awk '$2 != 201 && $2 != "000" && $2 != 503' "$work/$1.writes" | wc -l)
    echo "fault: $1: $(wc -l <"$work/$1.writes") requests, $answered answered 201, stopped after ${waited} s"
    if [ "$errors" -ne 0 ]; then
        echo "fault: $1: $errors requests failed otherwise:" >&2
        awk '$2 != 201 && $2 != "000" && $2 != 503' "$work/$1.writes" | head -n 10 >&2
        return 1
    fi
    [ "$answered" -ge 10 ] || { echo "fault: $1: only $answered writes answered before the $2" >&2; return 1; }
}

all_kept() {  # $1: the case's name
    local kept missing
    kept=$(api "$base/api/v1/units/$commune/villages")
    missing=$(awk '$2 == 201 { print $1 }' "$work/$1.writes" | while read -r id; do
        grep -q "\"$id\"" <<<"$kept" || echo "$id"
    done)
    if [ -n "$missing" ]; then
        echo "fault: $1: writes answered 201 and missing after the restart: $(wc -l <<<"$missing")" >&2
        return 1
    fi
    echo "fault: $1: every write answered 201 is there after the restart"
}

start_app first
province=$(api "$base/api/v1/units" | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)
commune=$(api "$base/api/v1/units/$province/children" | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)
[ -n "$commune" ] || { echo "fault: no commune found" >&2; exit 1; }

writes_during sigterm TERM
start_app after-sigterm
all_kept sigterm

writes_during sigkill KILL
grep -q "postgres" <<<"$(pgrep -af "$work/db" || true)" || echo "fault: sigkill: no database server was left running"
start_app after-sigkill
grep -q "earlier run" "$work/app-after-sigkill.log" && echo "fault: sigkill: the restart stopped the server the killed run left"
all_kept sigkill
echo "fault: passed"
