import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exportToFolder } from '../../src-main/csv/export-data'
import { insertCustomer } from '../../src-main/customers/write'
import { importCsv, openCsvTestDb } from './support'

const awkward = fc.oneof(
  fc.constantFrom(
    '"quoted"',
    'a,b',
    'line1\r\nline2',
    'cr\rlf\n',
    '张三',
    '😀 emoji',
    '007',
    '=1+1',
    '-3',
    '@x',
    ' \u00A0=y',
    "'=z",
    'x'.repeat(5000),
  ),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  // Any code point but C0 controls (no text file has them; the GB18030 sniffer rightly doubts them).
  // eslint-disable-next-line no-control-regex -- removing C0 controls is the point of this regex.
  fc.string({ unit: 'binary', maxLength: 20 }).map((s) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')),
)
const name = awkward.filter((s) => s.trim().length > 0 && s.trim().length <= 200).map((s) => s.trim())
const customer = fc.record({
  name,
  notes: awkward,
  address: fc.option(
    awkward.map((s) => s.trim()).filter((s) => s.length > 0 && s.length <= 500),
    { nil: null },
  ),
})

const COLUMNS = 'SELECT uid, name, notes, address, phone, code FROM customers ORDER BY uid'

describe('export then import round-trips exactly', () => {
  for (const encoding of ['utf8bom', 'gb18030'] as const) {
    for (const headers of ['ui', 'keys'] as const) {
      it(`customers, ${encoding}, ${headers} headers`, async () => {
        await fc.assert(
          fc.asyncProperty(
            fc.array(customer, { minLength: 1, maxLength: 8 }),
            fc.constantFrom('en', 'zh-CN') as fc.Arbitrary<'en' | 'zh-CN'>,
            async (list, locale) => {
              const source = openCsvTestDb()
              const target = openCsvTestDb()
              try {
                list.forEach((c, i) =>
                  insertCustomer(source.db, { ...c, phone: `1380013${String(i).padStart(4, '0')}`, code: `00${i}` }),
                )
                const { files } = exportToFolder(source.db, source.dir, { kind: 'customers', encoding, headers, locale })
                const file = join(source.dir, files[0].name)
                expect(files[0].rows).toBe(list.length)
                const report = await importCsv(target.db, file, { kind: 'customers' })
                expect(report).toMatchObject({ created: list.length, failed: 0 })
                expect(target.db.prepare(COLUMNS).all()).toEqual(source.db.prepare(COLUMNS).all())
                // Re-importing the same file matches on uid: everything updates, nothing new.
                const again = await importCsv(target.db, file, { kind: 'customers' })
                expect(again).toMatchObject({ created: 0, updated: list.length })
                if (encoding === 'utf8bom') expect([...readFileSync(file).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
              } finally {
                source.close()
                target.close()
              }
            },
          ),
          { numRuns: 15 },
        )
      })
    }
  }
})
