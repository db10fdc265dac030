#!/usr/bin/env bash
# A full disk and a read-only store, as a user meets them: ingest says so in one line and exits 1 (no stack trace),
# and a store on a read-only mount can still be searched and exported. Needs to mount tmpfs (root in CI); skipped otherwise.
# usage: check-storage.sh MARSAD_DLL SAMPLES_DIR
set -uo pipefail
marsad=(dotnet "$1"); samples=$2
work=$(mktemp -d); trap 'umount "$work/full" "$work/ro" 2>/dev/null; rm -rf "$work"' EXIT
mkdir -p "$work/full" "$work/ro" "$work/writable"
if ! mount -t tmpfs -o size=300k tmpfs "$work/full" 2>/dev/null; then
  echo "check-storage skipped: cannot mount tmpfs here"; exit 0
fi
fail=0
out=$("${marsad[@]}" ingest "$samples" --data "$work/full/store" 2>&1); rc=$?
if [ $rc -ne 1 ] || ! grep -q "cannot be written (the disk is full)" <<<"$out" || grep -q "   at " <<<"$out"; then
  echo "check-storage: a full disk gave exit $rc and: $out" | head -5 >&2; fail=1
else echo "check-storage: a full disk is one line and exit 1"; fi

"${marsad[@]}" ingest "$samples" --data "$work/writable/store" >/dev/null 2>&1
mount -o bind,ro "$work/writable" "$work/ro"
out=$("${marsad[@]}" search --data "$work/ro/store" موسكو 2>&1); rc=$?
if [ $rc -ne 0 ] || ! grep -qE "^[1-9][0-9]* articles" <<<"$out"; then
  echo "check-storage: search on a read-only store gave exit $rc and: $out" | head -5 >&2; fail=1
else echo "check-storage: a read-only store is searched"; fi
out=$("${marsad[@]}" ingest "$samples" --data "$work/ro/store" 2>&1); rc=$?
if [ $rc -ne 1 ] || ! grep -q "cannot be written (read-only file system)" <<<"$out"; then
  echo "check-storage: ingest into a read-only store gave exit $rc and: $out" | head -5 >&2; fail=1
else echo "check-storage: ingest into a read-only store is one line and exit 1"; fi
exit $fail
