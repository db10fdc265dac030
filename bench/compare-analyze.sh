#!/usr/bin/env bash
# Is `analyze` slower than at another revision? Builds both, then times `marsad analyze` on the same articles in
# interleaved pairs (before, after, after, before, …) so that a busy machine weighs on both alike, and prints the
# median of each and the median ratio after/before.
# usage: bench/compare-analyze.sh BEFORE_REV [ARTICLES.json] [PAIRS]   (default: 400 articles of one SaudiNewsNet day, 8 pairs)
set -euo pipefail
cd "$(dirname "$0")/.."
before_rev=$1; input=${2:-}; pairs=${3:-8}
work=$(mktemp -d); trap 'git worktree remove --force "$work/src" >/dev/null 2>&1; rm -rf "$work"' EXIT
if [ -z "$input" ]; then
  input=$work/articles.json
  python3 - "$input" <<'PY'
import json, sys, zipfile
z = zipfile.ZipFile('../shared/data/news/saudinewsnet/dataset/2015-07-24.zip')
json.dump(json.loads(z.read('2015-07-24.json'))[:400], open(sys.argv[1], 'w'), ensure_ascii=False)
PY
fi
git worktree add -q --detach "$work/src" "$before_rev"
(cd "$work/src" && dotnet build -c Release src/Marsad.Cli -v q --nologo -o "$work/before" >/dev/null)
dotnet build -c Release src/Marsad.Cli -v q --nologo -o "$work/after" >/dev/null
python3 - "$work/before/marsad.dll" "$work/after/marsad.dll" "$input" "$pairs" <<'PY'
import statistics, subprocess, sys, time
before, after, data, pairs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
times = {before: [], after: []}
for i in range(pairs + 1):  # the first pair only warms the disk cache
    for dll in ((before, after) if i % 2 == 0 else (after, before)):
        t = time.perf_counter()
        subprocess.run(['dotnet', dll, 'analyze', data, '--format', 'jsonl'], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        if i: times[dll].append(time.perf_counter() - t)
b, a = statistics.median(times[before]), statistics.median(times[after])
ratio = statistics.median(x / y for x, y in zip(times[after], times[before]))
print(f'before {b:.2f} s, after {a:.2f} s (medians of {pairs}); after/before median ratio {ratio:.3f}')
PY
