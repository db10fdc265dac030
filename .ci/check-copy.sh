#!/usr/bin/env bash
# Loads every CSV export of a store into PostgreSQL with COPY … (FORMAT csv, HEADER MATCH) into typed tables
# (numbers as bigint, dates as date, times as timestamptz): the check that the exports are data another tool reads.
# usage: check-copy.sh MARSAD_DLL DATA_DIR        (needs Debian's postgresql-15; skipped with a message without it)
set -euo pipefail
dll=$1; data=$2
pgbin=/usr/lib/postgresql/15/bin
if [ ! -x "$pgbin/initdb" ]; then echo "check-copy: PostgreSQL 15 is not installed; skipped"; exit 0; fi
work=$(mktemp -d); chmod 755 "$work"
cleanup() { runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/db" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
mkdir "$work/db" "$work/sock" && chown postgres "$work/db" "$work/sock"
runuser -u postgres -- "$pgbin/initdb" -D "$work/db" -A trust -U postgres >/dev/null
runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/db" -w -l "$work/db/log" -o "-k $work/sock -p 55433 -c listen_addresses=''" start >/dev/null
psql=(psql -h "$work/sock" -p 55433 -U postgres -v ON_ERROR_STOP=1 -q -X)
for what in articles entities quotes events copies stories story_articles; do
  dotnet "$dll" export --data "$data" --format csv --what "$what" --out "$work/$what.csv" 2>/dev/null
  header=$(head -n 1 "$work/$what.csv" | tr -d '\r')
  cols=""
  IFS=, read -ra names <<< "$header"
  for c in "${names[@]}"; do
    case "$c" in
      entities|quotes|events|mentions|articles|shared_shingles|coverage_pct|story_id) t=bigint ;;
      date|first|last) t=date ;;
      published|copy_of_published) t=timestamptz ;;
      *) t=text ;;
    esac
    cols="$cols${cols:+, }\"$c\" $t"
  done
  "${psql[@]}" -c "CREATE TABLE \"$what\" ($cols)"
  "${psql[@]}" -c "\\copy \"$what\" FROM '$work/$what.csv' WITH (FORMAT csv, HEADER MATCH)"
  echo "check-copy: $what: $("${psql[@]}" -t -A -c "SELECT count(*) FROM \"$what\"") rows loaded by PostgreSQL COPY (HEADER MATCH)"
done
