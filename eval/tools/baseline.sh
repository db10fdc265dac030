#!/usr/bin/env bash
# Writes eval/news/baseline.json: the figures of every layer on the dev and test splits, as the code in this
# checkout scores them. The regression floor (tests/Marsad.Evaluation.Tests) fails when a layer drops more than
# 0.02 below it; raise it with this script after a change that improves the figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
marsad=(dotnet run -c Release --project src/Marsad.Cli --)
dotnet build -c Release src/Marsad.Cli -v q --nologo >/dev/null
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for split in dev test; do "${marsad[@]}" eval analysis --gold "eval/news/$split" --json > "$tmp/$split.json"; done
python3 - "$tmp" > eval/news/baseline.json <<'PY'
import json, sys
out = {}
for split in ('dev', 'test'):
    r = json.load(open(f'{sys.argv[1]}/{split}.json'))
    out[split] = {'articles': r['articles'], 'figures': r['figures']}
print(json.dumps(out, indent=1, sort_keys=True))
PY
cat eval/news/baseline.json
