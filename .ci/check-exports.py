#!/usr/bin/env python3
"""Reads every export of a store with readers that are not Marsad's: Python's csv and json modules and networkx.

usage: check-exports.py MARSAD... --data DIR
MARSAD is the command to run (e.g. `dotnet src/Marsad.Cli/bin/Release/net10.0/marsad.dll`). Exits non-zero with one
line per problem: a table that does not parse, a header that differs between CSV and JSONL, a CSV that starts with
a BOM, an events date that is not a calendar date, two spellings of one outlet id, a GEXF networkx cannot read."""
import csv, io, json, re, subprocess, sys, tempfile, os

args = sys.argv[1:]
data = args[args.index('--data') + 1]
marsad = args[:args.index('--data')]
TABLES = ['articles', 'entities', 'quotes', 'events', 'copies', 'stories', 'story_articles']
problems = []

def export(fmt, what=None):
    cmd = marsad + ['export', '--data', data, '--format', fmt] + (['--what', what] if what else [])
    r = subprocess.run(cmd, capture_output=True)
    if r.returncode != 0: problems.append(f'{fmt} {what}: exit {r.returncode}: {r.stderr.decode()[:200]}')
    return r.stdout

outlets = {}
for what in TABLES:
    raw = export('csv', what)
    if raw.startswith(b'\xef\xbb\xbf'): problems.append(f'csv {what}: starts with a BOM')
    rows = list(csv.DictReader(io.StringIO(raw.decode('utf-8'), newline='')))
    lines = [json.loads(l) for l in export('jsonl', what).decode('utf-8').splitlines() if l.strip()]
    if len(rows) != len(lines): problems.append(f'{what}: {len(rows)} csv rows but {len(lines)} jsonl lines')
    if lines and list(lines[0]) != list(rows[0]): problems.append(f'{what}: csv and jsonl columns differ')
    for row in lines:
        for col in ('source', 'copy_of_source'):
            if row.get(col): outlets.setdefault(row[col].lower().replace('_sa', '').replace('was', 'spa'), set()).add(row[col])
        if what == 'events' and row.get('date') is not None and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', row['date']):
            problems.append(f'events: date {row["date"]!r} is not a calendar date')
    print(f'{what}: {len(rows)} rows read by csv and json')
for key, ids in outlets.items():
    if len(ids) > 1: problems.append(f'outlet written {len(ids)} ways: {sorted(ids)}')
try:
    import networkx
    with tempfile.NamedTemporaryFile(suffix='.gexf', delete=False) as f:
        f.write(export('gexf'))
    g = networkx.read_gexf(f.name)
    os.unlink(f.name)
    print(f'gexf: networkx {networkx.__version__} read {g.number_of_nodes()} nodes and {g.number_of_edges()} edges')
    if g.number_of_nodes() == 0: problems.append('gexf: no nodes')
except ImportError:
    print('gexf: networkx is not installed; not checked')
for p in problems: print('check-exports:', p, file=sys.stderr)
sys.exit(1 if problems else 0)
