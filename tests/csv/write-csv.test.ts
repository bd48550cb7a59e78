import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import fc from 'fast-check'
import iconv from 'iconv-lite'
import { afterAll, describe, expect, it } from 'vitest'
import { guardCell } from '../../src-main/csv/formula-guard'
import { writeCsv, type Cell, type CsvColumn } from '../../src-main/csv/write-csv'
import { formatMinor } from '../../src-shared/domain/money'
import { makeTempDir } from '../support/temp-dir'

const columns: CsvColumn[] = [
  { header: 'text', kind: 'text' },
  { header: 'number', kind: 'number' },
  { header: 'money', kind: 'money' },
  { header: '=header', kind: 'text' },
]

// Few distinct values, so consecutive rows often repeat a cell (the writer reuses its text).
const text = fc.constantFrom<Cell>(null, '', 'a', 'a,b', '"q"', '=1+1', '-3', 'x\r\ny', '张三', 1, 2.5)
const number = fc.constantFrom<Cell>(null, 0, 1, -1.5, 0.1 + 0.2, 12)
const money = fc.constantFrom<Cell>(null, 0, 5, -5, 123456, -100)
const row = fc.tuple(text, number, money, text)

/** What each cell must read as once parsed back, written out independently of the writer. */
function expectedCell(kind: CsvColumn['kind'], value: Cell): string {
  if (value === null) return ''
  if (kind === 'money') return formatMinor(Number(value))
  if (kind === 'number') return String(value)
  return guardCell(String(value))
}

describe('writeCsv', () => {
  const { dir, cleanup } = makeTempDir('kehu-write-csv-')
  afterAll(cleanup)

  for (const encoding of ['utf8bom', 'gb18030'] as const) {
    it(`every row reads back as written, repeated cells included (${encoding})`, () => {
      fc.assert(
        fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
          const path = join(dir, `${encoding}.csv`)
          const written = writeCsv(path, columns, rows, encoding, { replace: true }) // each run writes the same file again
          const bytes = readFileSync(path)
          const content = encoding === 'gb18030' ? iconv.decode(bytes, 'gb18030') : bytes.subarray(3).toString('utf8')
          const parsed = parse(content, { relax_column_count: false }) as string[][]
          expect(parsed[0]).toEqual(columns.map((c) => guardCell(c.header)))
          expect(parsed.slice(1)).toEqual(rows.map((r) => r.map((v, i) => expectedCell(columns[i].kind, v))))
          expect(written.rows).toBe(rows.length)
          expect(content.endsWith('\r\n')).toBe(true)
        }),
        { numRuns: 200 },
      )
    })
  }
})
