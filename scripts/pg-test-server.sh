#!/usr/bin/env bash
# Starts (or stops) a throw-away PostgreSQL server for the tests: its own cluster in a folder of the
# build tree, listening on 127.0.0.1 only, SCRAM passwords, SSL with a self-signed certificate (some
# tests need a role that the server accepts only over SSL).
#
#   scripts/pg-test-server.sh start DIR [PORT]   -> writes DIR/env (variables for the tests)
#   scripts/pg-test-server.sh stop DIR
set -euo pipefail

action=${1:?start|stop}
dir=$(realpath -m "${2:?dossier du serveur de test}")
port=${3:-55432}
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$pgbin/initdb" ] || { echo "PostgreSQL (initdb) est introuvable : installez le paquet postgresql." >&2; exit 1; }

# initdb and postgres refuse to run as root: the cluster belongs to the "postgres" account.
as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
start)
    if [ -f "$dir/data/postmaster.pid" ] && as_pg "$pgbin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
        echo "Serveur PostgreSQL de test déjà démarré ($dir)."
        exit 0
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    password="om-test-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
    printf '%s\n' "$password" > "$dir/pwfile"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir/pwfile"
    as_pg "$pgbin/initdb" -D "$dir/data" -U om_admin --pwfile="$dir/pwfile" -A scram-sha-256 \
        -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    # Self-signed certificate so that the server can demand SSL from one role.
    openssl req -new -x509 -days 30 -nodes -subj "/CN=127.0.0.1" \
        -keyout "$dir/data/server.key" -out "$dir/data/server.crt" >/dev/null 2>&1
    chmod 600 "$dir/data/server.key"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir/data/server.key" "$dir/data/server.crt"
    cat >> "$dir/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
ssl = on
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
log_min_messages = warning
CONF
    cat > "$dir/data/pg_hba.conf" <<HBA
local     all all                      scram-sha-256
hostnossl all om_ssl_only 127.0.0.1/32 reject
host      all all         127.0.0.1/32 scram-sha-256
HBA
    as_pg "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null
    PGPASSWORD="$password" psql -h 127.0.0.1 -p "$port" -U om_admin -d postgres -q -v ON_ERROR_STOP=1 <<SQL
CREATE ROLE om_ssl_only LOGIN PASSWORD '$password';
SQL
    cat > "$dir/env" <<ENV
export OPENMAIRIE_TEST_PG_URL='postgresql://om_admin@127.0.0.1:$port/postgres?sslmode=disable'
export OPENMAIRIE_TEST_PG_PASSWORD='$password'
export OPENMAIRIE_TEST_PG_SSL_ROLE='om_ssl_only'
ENV
    echo "Serveur PostgreSQL de test démarré sur 127.0.0.1:$port ($dir)."
    ;;
stop)
    if [ -d "$dir/data" ]; then
        as_pg "$pgbin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    echo "Serveur PostgreSQL de test arrêté."
    ;;
*)
    echo "usage : $0 start|stop DOSSIER [PORT]" >&2
    exit 2
    ;;
esac
