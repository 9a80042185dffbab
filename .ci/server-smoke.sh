#!/usr/bin/env bash
# Starts the packaged application (target/ishc-*.jar, built by `./mvnw verify`) against a PostgreSQL
# 15 server of its own, as production runs it: a fresh cluster on a loopback port, a database and a
# user with a password, SPRING_DATASOURCE_* set. Checks that it becomes healthy, loads the
# administrative map, serves the sign-in page and does not start its embedded database.
# Then a database outage: a signed-in user writes a village, the server is stopped (pg_ctl -m fast), and
# within a few seconds the API answers a 503 problem, a page a 503 page, sign-in "database unavailable"
# (never "wrong password") and health DOWN; the server is started again and, with no restart of the
# application, the same session carries on and the village written before is there.
# Stops the application and the server on exit, whatever happened.
set -euo pipefail

cd "$(dirname "$0")/.."
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_PORT=${PG_PORT:-54329}
DB=ishc
DB_USER=ishc
DB_PASSWORD=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
ADMIN=smoke.admin
ADMIN_PASSWORD=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')

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
pg_start() {
    as_pg "$PG_BIN/pg_ctl" -D "$work/pgdata" -l "$work/postgres.log" -w -t 60 start \
        -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$work" >/dev/null
}
pg_start

psql_admin() { as_pg "$PG_BIN/psql" -h "$work" -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_admin -d postgres -c "create role $DB_USER login password '$DB_PASSWORD'"
psql_admin -d postgres -c "create database $DB owner $DB_USER encoding 'UTF8'"
# The system connects as a role that owns nothing; the migrations run as the database's owner.
APP_USER=ishc_app
APP_PASSWORD=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
psql_admin -d postgres -c "create role $APP_USER login password '$APP_PASSWORD'"

# The key that seals citizen IDs, outside the database, in a file only its owner reads (README).
KEY_FILE="$work/personal-data.key"
(umask 077 && head -c 32 /dev/urandom | base64 > "$KEY_FILE")

# The application, as production starts it: the server named by SPRING_DATASOURCE_*. Only two-factor
# sign-in, which production requires of national and province roles, is not required here: this script
# signs in with curl to test the database and its outage (two-factor is tested by TwoFactorTest and
# TwoFactorJourneyTest).
APP_PORT=$(free_port 18080)
echo "smoke: starting $(basename "$jar") on port $APP_PORT"
(
    cd "$work"
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$DB" \
    SPRING_DATASOURCE_USERNAME="$APP_USER" \
    SPRING_DATASOURCE_PASSWORD="$APP_PASSWORD" \
    SPRING_FLYWAY_USER="$DB_USER" \
    SPRING_FLYWAY_PASSWORD="$DB_PASSWORD" \
    ISHC_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    ISHC_PERSONAL_DATA_KEY_FILE="$KEY_FILE" \
    ISHC_SIGNIN_TWO_FACTOR_REQUIRED_ROLES="" \
    LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs \
    exec java -jar "$jar" --server.port="$APP_PORT" --ishc.create-admin="$ADMIN"
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

# Logs as JSON lines when asked (LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs), for a log collector.
grep -q '^{.*"message":"Started IshcApplication' "$app_log" || fail "the log is not written as JSON lines"
echo "smoke: the log is written as JSON lines (ECS) when asked"

# The service's own metrics for Prometheus, read by a national administrator.
metrics=$(curl -sS -u "$ADMIN:$ADMIN_PASSWORD" "$base/actuator/prometheus")
for series in ishc_figures_lag_seconds ishc_figures_failed ishc_signin_failures_total; do
    grep -q "^$series" <<<"$metrics" || fail "/actuator/prometheus has no $series"
done
unsigned=$(curl -s -o /dev/null -w '%{http_code}' "$base/actuator/prometheus")
[ "$unsigned" = 401 ] || [ "$unsigned" = 302 ] || fail "/actuator/prometheus answered $unsigned without credentials"
echo "smoke: /actuator/prometheus gives the service's metrics to a national administrator only"

count() {
    PGPASSWORD="$DB_PASSWORD" "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U "$DB_USER" -d "$DB" \
        -v ON_ERROR_STOP=1 -qAt -c "$1"
}
provinces=$(count "select count(*) from geo_unit where level = 'province' and valid_to is null")
communes=$(count "select count(*) from geo_unit where level = 'commune' and valid_to is null")
[ "$provinces" = 34 ] || fail "expected 34 provinces in force, found $provinces"
[ "$communes" = 3321 ] || fail "expected 3321 communes in force, found $communes"
echo "smoke: the map in force has $provinces provinces and $communes communes"

as_app() {
    PGPASSWORD="$APP_PASSWORD" "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U "$APP_USER" -d "$DB" -qAt -c "$1" 2>&1 || true
}
owned=$(count "select count(*) from pg_tables where schemaname = 'public' and tableowner = '$APP_USER'")
[ "$owned" = 0 ] || fail "the application's role owns $owned tables"
for statement in "update audit_event set actor = actor" "delete from ledger_line" "alter table ledger_entry disable trigger all"; do
    answer=$(as_app "$statement")
    grep -Eq "permission denied|must be owner" <<<"$answer" || fail "the application's role was not refused '$statement': $answer"
done
echo "smoke: the application connects as $APP_USER, which owns no table and cannot change the ledger or the audit log"

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

# ---- A database outage, and the database back -------------------------------------------------------
outage_start=$(date +%s)
UNAVAILABLE_VI="Hệ thống tạm thời không kết nối được cơ sở dữ liệu"
WRONG_PASSWORD_VI="Tên đăng nhập hoặc mật khẩu không đúng"
jar_a="$work/cookies-a"   # the session signed in before the outage
jar_b="$work/cookies-b"   # a sign-in tried during the outage

# Signs in through the form, as a browser does: the CSRF token of the sign-in page, then the post. Prints
# where the post sent the browser.
sign_in() {  # $1: the cookie jar
    local csrf
    csrf=$(curl -sS -c "$1" -b "$1" "$base/login" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//')
    [ -n "$csrf" ] || fail "no CSRF token on the sign-in page"
    curl -sS -o /dev/null -c "$1" -b "$1" -w '%{redirect_url}' --data-urlencode "username=$ADMIN" \
        --data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "_csrf=$csrf" "$base/login"
}

# One request with the session of $1; writes the body to $work/body and the headers to $work/headers and
# prints the status and the seconds it took.
call() {  # $1: the cookie jar; the rest: curl's arguments
    local jar=$1
    shift
    curl -sS --max-time 60 -b "$jar" -c "$jar" -D "$work/headers" -o "$work/body" -w '%{http_code} %{time_total}\n' "$@"
}

within() {  # $1: seconds taken; $2: the limit
    awk -v t="$1" -v limit="$2" 'BEGIN { exit !(t <= limit) }'
}

landed=$(sign_in "$jar_a")
[ "$landed" = "$base/" ] || fail "signing in sent the browser to '$landed', not /"
province=$(curl -sS -b "$jar_a" "$base/api/v1/units" | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)
commune=$(curl -sS -b "$jar_a" "$base/api/v1/units/$province/children" | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)
[ -n "$commune" ] || fail "no commune found through the API"
village=$(cat /proc/sys/kernel/random/uuid)
# A write riding on the session cookie carries the session's CSRF token, which every page gives in a meta tag.
token=$(curl -sS -b "$jar_a" -c "$jar_a" "$base/" | grep -o '<meta name="_csrf" content="[^"]*"' | sed 's/.*content="//; s/"$//')
[ -n "$token" ] || fail "the home page gives no CSRF token"
read -r code _ < <(call "$jar_a" -H 'Content-Type: application/json' -H "X-CSRF-TOKEN: $token" \
    -d "{\"id\":\"$village\",\"communeId\":$commune,\"name\":\"Thôn trước sự cố\"}" "$base/api/v1/villages")
[ "$code" = 201 ] || fail "writing a village before the outage answered $code: $(cat "$work/body")"
echo "smoke: outage: signed in and wrote village $village before the outage"

stop_start=$(date +%s.%N)
as_pg "$PG_BIN/pg_ctl" -D "$work/pgdata" -m fast -w -t 60 stop >/dev/null
echo "smoke: outage: PostgreSQL stopped (pg_ctl stop -m fast) in $(awk -v a="$stop_start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s"

read -r code took < <(call "$jar_a" -H 'Accept-Language: vi' "$base/api/v1/units/$commune/villages")
echo "smoke: outage: the API answered $code in $took s"
[ "$code" = 503 ] || fail "during the outage the API answered $code, not 503: $(head -c 300 "$work/body")"
within "$took" 8 || fail "during the outage the API took $took s to answer (more than 8 s)"
grep -qi '^content-type: application/problem+json' "$work/headers" || fail "the API's 503 is not a problem detail"
grep -q "$UNAVAILABLE_VI" "$work/body" || fail "the API's 503 does not say the database is unavailable: $(cat "$work/body")"
grep -qi '^retry-after: [0-9]' "$work/headers" || fail "the API's 503 has no Retry-After"

read -r code took < <(call "$jar_a" -H 'Accept: text/html' "$base/")
echo "smoke: outage: the home page answered $code in $took s"
[ "$code" = 503 ] || fail "during the outage the home page answered $code, not 503"
within "$took" 8 || fail "during the outage the home page took $took s (more than 8 s)"
grep -q "$UNAVAILABLE_VI" "$work/body" || fail "the 503 page does not say the database is unavailable"

read -r code took < <(call "$jar_a" -H 'HX-Request: true' "$base/admin/users/communes?scopeProvinceId=$province")
echo "smoke: outage: an htmx request answered $code in $took s"
[ "$code" = 503 ] || fail "during the outage an htmx request answered $code, not 503"
grep -qi '^hx-retarget: #outage' "$work/headers" || fail "the htmx 503 does not go to the page's outage notice"
grep -q "$UNAVAILABLE_VI" "$work/body" || fail "the htmx 503 does not say the database is unavailable"

landed=$(sign_in "$jar_b")
echo "smoke: outage: a sign-in went to ${landed#"$base"}"
[ "$landed" = "$base/login?unavailable" ] || fail "a sign-in during the outage went to '$landed', not /login?unavailable"
curl -sS -b "$jar_b" "$landed" >"$work/body"
grep -q "$UNAVAILABLE_VI" "$work/body" || fail "the sign-in page does not say the database is unavailable"
! grep -q "$WRONG_PASSWORD_VI" "$work/body" || fail "the sign-in page says the password is wrong during the outage"

read -r code took < <(curl -sS --max-time 60 -u "$ADMIN:$ADMIN_PASSWORD" -D "$work/headers" -o "$work/body" \
    -w '%{http_code} %{time_total}\n' "$base/api/v1/units")
echo "smoke: outage: the API with HTTP Basic answered $code in $took s"
[ "$code" = 503 ] || fail "during the outage the API with HTTP Basic answered $code, not 503"
grep -q "$UNAVAILABLE_VI" "$work/body" || fail "the HTTP Basic 503 does not say the database is unavailable"

read -r code took < <(curl -sS --max-time 60 -o "$work/body" -w '%{http_code} %{time_total}\n' "$base/actuator/health")
echo "smoke: outage: /actuator/health answered $code in $took s: $(head -c 80 "$work/body")"
grep -q '"status":"DOWN"' "$work/body" || fail "during the outage health is not DOWN"

pg_start
back=$(date +%s.%N)
echo "smoke: outage: PostgreSQL started again"
while true; do
    read -r code _ < <(call "$jar_a" "$base/api/v1/units/$commune/villages")
    [ "$code" = 200 ] && break
    within "$(awk -v a="$back" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')" 20 \
        || fail "20 s after PostgreSQL came back the API still answers $code"
    sleep 0.5
done
echo "smoke: outage: the same session's API answers 200 again $(awk -v a="$back" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s after PostgreSQL came back"
grep -q "\"$village\"" "$work/body" || fail "the village written before the outage is missing after it"
echo "smoke: outage: the village written before the outage is there"
kill -0 "$app_pid" 2>/dev/null || fail "the application is no longer running"
read -r code _ < <(call "$jar_a" -H 'Accept: text/html' "$base/")
[ "$code" = 200 ] || fail "after the outage the home page answered $code"
landed=$(sign_in "$jar_b")
[ "$landed" = "$base/" ] || fail "after the outage signing in went to '$landed', not /"
curl -fsS "$base/actuator/health" | grep -q '"status":"UP"' || fail "after the outage health is not UP"
echo "smoke: outage: pages, sign-in and health are back, with no restart of the application; took $(( $(date +%s) - outage_start )) s in all"

echo "smoke: passed"
