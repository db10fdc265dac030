// Reads every Parquet export of a store with hyparquet (an independent reader from npm) and compares it with the
// JSONL export of the same table: the same columns in the same order, the same number of rows, the same values.
//
// usage: node check-parquet.mjs MARSAD_DLL STORE NODE_MODULES   (NODE_MODULES: the folder npm installed hyparquet into)
// Exits non-zero with one line per problem.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const [marsad, store, modules] = process.argv.slice(2)
const { asyncBufferFromFile, parquetReadObjects, parquetMetadataAsync, parquetSchema } =
  await import(pathToFileURL(join(modules, 'hyparquet', 'src', 'node.js')).href)
const tables = ['articles', 'entities', 'quotes', 'events', 'copies', 'stories', 'story_articles']
const problems = []
const dir = mkdtempSync(join(tmpdir(), 'marsad-parquet-'))

// A Parquet DATE or TIMESTAMP comes back as a JavaScript Date, an INT64 as a BigInt; JSONL writes ISO text and numbers.
function normalise(value, jsonValue) {
  if (value instanceof Date) {
    const iso = value.toISOString()
    return typeof jsonValue === 'string' && jsonValue.length === 10 ? iso.slice(0, 10) : iso
  }
  if (typeof value === 'bigint') return Number(value)
  return value === undefined ? null : value
}

function sameInstant(a, b) {
  if (typeof a !== 'string' || typeof b !== 'string') return false
  const ta = Date.parse(a), tb = Date.parse(b)
  return !Number.isNaN(ta) && ta === tb
}

for (const table of tables) {
  const file = join(dir, `${table}.parquet`)
  const run = (args) => execFileSync('dotnet', [marsad, 'export', '--data', store, '--what', table, ...args], { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] })
  run(['--format', 'parquet', '--out', file])
  const lines = run(['--format', 'jsonl']).toString('utf8').split('\n').filter(l => l.trim()).map(l => JSON.parse(l))
  const buffer = await asyncBufferFromFile(file)
  const columns = parquetSchema(await parquetMetadataAsync(buffer)).children.map(c => c.element.name)
  const rows = await parquetReadObjects({ file: buffer })
  if (rows.length !== lines.length) problems.push(`${table}: ${rows.length} parquet rows but ${lines.length} jsonl lines`)
  if (lines.length && columns.join(',') !== Object.keys(lines[0]).join(',')) problems.push(`${table}: parquet columns ${columns} differ from jsonl ${Object.keys(lines[0])}`)
  let differing = 0
  rows.forEach((row, i) => {
    for (const column of columns) {
      const expected = lines[i]?.[column] ?? null
      const actual = normalise(row[column], expected)
      if (JSON.stringify(actual) !== JSON.stringify(expected) && !sameInstant(actual, expected)) {
        if (differing++ < 3) problems.push(`${table} row ${i + 1} ${column}: parquet ${JSON.stringify(actual)} but jsonl ${JSON.stringify(expected)}`)
      }
    }
  })
  console.log(`${table}: ${rows.length} rows and ${columns.length} columns read by hyparquet`)
}
rmSync(dir, { recursive: true, force: true })
for (const p of problems) console.error('check-parquet:', p)
process.exit(problems.length ? 1 : 0)
