#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on loopback for the tests that are about PostgreSQL.
# Prints the SQLAlchemy URL of its admin database on stdout.
set -euo pipefail
port=${CRM_PG_PORT:-54329}
dir=${CRM_PG_DIR:-/tmp/crm-test-pg}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "no PostgreSQL server installed" >&2; exit 1; }
run_as=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  run_as=(runuser -u postgres --)
fi
if ! "${run_as[@]}" "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
  # A folder holding a stopped server's databases is started again, not wiped; anything else is made anew.
  if [ ! -f "$dir/PG_VERSION" ]; then
    rm -rf "$dir"; mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    "${run_as[@]}" "$bin/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 >/dev/null
  fi
  "${run_as[@]}" "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
    -o "-p $port -c listen_addresses=127.0.0.1 -k $dir -c fsync=off" start >/dev/null
fi
echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
