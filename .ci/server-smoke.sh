#!/usr/bin/env bash
# Starts the packaged application (target/ishc-*.jar, built by `./mvnw verify`) against a PostgreSQL
# 15 server of its own, as production runs it: a fresh cluster on a loopback port, a database and a
# user with a password, SPRING_DATASOURCE_* set. Checks that it becomes healthy, loads the
# administrative map, serves the sign-in page and does not start its embedded database. Stops the
# application and the server on exit, whatever happened.
set -euo pipefail

cd "$(dirname "$0")/.."
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_PORT=${PG_PORT:-54329}
DB=ishc
DB_USER=ishc
DB_PASSWORD=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')

jar=$(ls target/ishc-*.jar 2>/dev/null | head -n 1 || true)
[ -n "$jar" ] || { echo "smoke: no target/ishc-*.jar; run ./mvnw verify first" >&2; exit 1; }
jar=$(readlink -f "$jar")

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
    local p
    for p in $(seq "$1" $(( $1 + 200 ))); do
        port_in_use "$p" || { echo "$p"; return; }
    done
    echo "smoke: no free port from $1" >&2
    return 1
}

work=$(mktemp -d /tmp/ishc-smoke.XXXXXX)
app_pid=
pg_started=
app_log="$work/app.log"

# Runs a command as the postgres OS user when root (PostgreSQL refuses to run as root).
as_pg() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cleanup() {
    local status=$?
    if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
        kill "$app_pid" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$app_pid" 2>/dev/null || break; sleep 1; done
        kill -9 "$app_pid" 2>/dev/null || true
    fi
    if [ -n "$pg_started" ]; then
        as_pg "$PG_BIN/pg_ctl" -D "$work/pgdata" -m fast -w stop >/dev/null 2>&1 || true
    fi
    if [ "$status" -ne 0 ]; then
        echo "smoke: FAILED; last lines of the application log:" >&2
        tail -n 60 "$app_log" >&2 2>/dev/null || true
        echo "smoke: last lines of the PostgreSQL log:" >&2
        tail -n 20 "$work/postgres.log" >&2 2>/dev/null || true
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

fail() { echo "smoke: $*" >&2; exit 1; }

# The PostgreSQL server: a fresh cluster owned by the postgres user, listening on loopback only.
[ "$(id -u)" -ne 0 ] || chown postgres: "$work"
chmod 755 "$work"
PG_PORT=$(free_port "$PG_PORT")
echo "smoke: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
as_pg "$PG_BIN/initdb" -D "$work/pgdata" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >/dev/null
pg_started=yes
as_pg "$PG_BIN/pg_ctl" -D "$work/pgdata" -l "$work/postgres.log" -w -t 60 start \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$work" >/dev/null

psql_admin() { as_pg "$PG_BIN/psql" -h "$work" -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_admin -d postgres -c "create role $DB_USER login password '$DB_PASSWORD'"
psql_admin -d postgres -c "create database $DB owner $DB_USER encoding 'UTF8'"

# The application, as production starts it: the server named by SPRING_DATASOURCE_*.
APP_PORT=$(free_port 18080)
echo "smoke: starting $(basename "$jar") on port $APP_PORT"
(
    cd "$work"
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" \
    SPRING_DATASOURCE_USERNAME="$DB_USER" \
    SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" \
    exec java -jar "$jar" --server.port="$APP_PORT"
) >"$app_log" 2>&1 &
app_pid=$!

base="http://127.0.0.1:$APP_PORT"
deadline=$(( $(date +%s) + 120 ))
until curl -fsS "$base/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    kill -0 "$app_pid" 2>/dev/null || fail "the application stopped before it was healthy"
    [ "$(date +%s)" -lt "$deadline" ] || fail "the application was not healthy within 120 s"
    sleep 2
done
echo "smoke: /actuator/health is UP"

count() {
    PGPASSWORD="$DB_PASSWORD" "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -d "$DB" \
        -v ON_ERROR_STOP=1 -qAt -c "$1"
}
provinces=$(count "select count(*) from geo_unit where level = 'province' and valid_to is null")
communes=$(count "select count(*) from geo_unit where level = 'commune' and valid_to is null")
[ "$provinces" = 34 ] || fail "expected 34 provinces in force, found $provinces"
[ "$communes" = 3321 ] || fail "expected 3321 communes in force, found $communes"
echo "smoke: the map in force has $provinces provinces and $communes communes"

login_status=$(curl -s -o /dev/null -w '%{http_code}' "$base/login")
[ "$login_status" = 200 ] || fail "GET /login answered $login_status"
echo "smoke: /login answers 200"

home=$(curl -s -o /dev/null -H 'Accept: text/html' -w '%{http_code} %{redirect_url}' "$base/")
[ "$home" = "302 $base/login" ] || fail "a browser asking for / without signing in got '$home', not a redirect to /login"
echo "smoke: / sends a browser that has not signed in to /login"

if grep -q "Embedded PostgreSQL started" "$app_log"; then
    fail "the application started its embedded PostgreSQL instead of using the server"
fi
echo "smoke: no embedded PostgreSQL was started"
[ ! -e "$work/data" ] || fail "the application created a data folder for an embedded database"

echo "smoke: passed"
