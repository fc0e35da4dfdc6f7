#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster for the store's tests and exports DIPLOMACY_TEST_POSTGRES.
#
#   source .ci/start-postgres.sh   # in .ci/run or a shell: the cluster stops when that shell exits
#   bash .ci/start-postgres.sh     # alone: prints the connection string and keeps the cluster up until Ctrl+C
#
# Installs the server from Debian's packages when initdb is missing. The port is 55432, or the next free one;
# DIPLOMACY_PG_PORT chooses another start.

diplomacy_pg_bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$found" ] && command -v initdb >/dev/null 2>&1; then
    found=$(dirname "$(readlink -f "$(command -v initdb)")")
  fi
  echo "$found"
}

diplomacy_pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

diplomacy_stop_postgres() {
  if [ -n "${DIPLOMACY_PG_DATA:-}" ] && [ -d "$DIPLOMACY_PG_DATA" ]; then
    diplomacy_pg_as_owner "$DIPLOMACY_PG_BIN/pg_ctl" -D "$DIPLOMACY_PG_DATA/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$DIPLOMACY_PG_DATA"
  fi
}

diplomacy_start_postgres() {
  DIPLOMACY_PG_BIN=$(diplomacy_pg_bin)
  if [ -z "$DIPLOMACY_PG_BIN" ]; then
    echo "Installing postgresql…" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null || return 1
    DIPLOMACY_PG_BIN=$(diplomacy_pg_bin)
  fi

  local port=${DIPLOMACY_PG_PORT:-55432}
  while (echo >"/dev/tcp/127.0.0.1/$port") >/dev/null 2>&1; do
    port=$((port + 1))
  done

  DIPLOMACY_PG_DATA=$(mktemp -d /tmp/diplomacy-pg.XXXXXX)
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$DIPLOMACY_PG_DATA"
  fi
  diplomacy_pg_as_owner "$DIPLOMACY_PG_BIN/initdb" -A trust -U postgres -E UTF8 -D "$DIPLOMACY_PG_DATA/data" >/dev/null || return 1
  diplomacy_pg_as_owner "$DIPLOMACY_PG_BIN/pg_ctl" -D "$DIPLOMACY_PG_DATA/data" -l "$DIPLOMACY_PG_DATA/server.log" -w \
    -o "-p $port -k $DIPLOMACY_PG_DATA -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null || {
      cat "$DIPLOMACY_PG_DATA/server.log" >&2
      return 1
    }
  export DIPLOMACY_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "PostgreSQL is up: DIPLOMACY_TEST_POSTGRES=$DIPLOMACY_TEST_POSTGRES"
}

if [ "${BASH_SOURCE[0]}" != "$0" ]; then
  diplomacy_start_postgres && trap diplomacy_stop_postgres EXIT
else
  set -euo pipefail
  trap diplomacy_stop_postgres EXIT
  diplomacy_start_postgres
  echo "Ctrl+C stops it."
  while true; do sleep 3600 & wait $!; done
fi
