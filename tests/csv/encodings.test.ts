import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FIXTURE_CUSTOMERS, FIXTURES, writeFixtures } from '../fixtures/csv/make-fixtures'
import { importCsv, openCsvTestDb } from './support'

describe('encodings and dialects', () => {
  let backend: ReturnType<typeof openCsvTestDb>
  let files: Record<string, string>
  beforeEach(() => {
    backend = openCsvTestDb()
    files = writeFixtures(backend.dir)
  })
  afterEach(() => backend.close())

  for (const name of Object.keys(FIXTURES).filter((n) => n !== 'quoted-newlines.csv')) {
    it(`reads ${name} as ${FIXTURES[name].encoding}, delimiter ${JSON.stringify(FIXTURES[name].delimiter)}`, async () => {
      const report = await importCsv(backend.db, files[name], { kind: 'customers' })
      expect(report.encoding).toBe(FIXTURES[name].encoding)
      expect(report.delimiter).toBe(FIXTURES[name].delimiter)
      expect(report.created).toBe(3)
      const rows = backend.db.prepare('SELECT name, phone_norm, city FROM customers ORDER BY id').all()
      const expected = FIXTURE_CUSTOMERS.map((c) => ({
        name: name === 'gbk.csv' && c.name.startsWith('𠀀') ? '王五' : c.name,
        phone_norm: c.phone.replace(/ /g, ''),
        city: c.city,
      }))
      expect(rows).toEqual(expected)
    })
  }

  it('keeps quoted newlines, commas and doubled quotes inside cells', async () => {
    const report = await importCsv(backend.db, files['quoted-newlines.csv'], { kind: 'customers' })
    expect(report.created).toBe(2)
    const rows = backend.db.prepare('SELECT name, notes FROM customers ORDER BY id').all()
    expect(rows).toEqual([
      { name: '张三', notes: '第一行\r\n第二行, 有逗号' },
      { name: '李"四', notes: '' },
    ])
  })

  it('lets the user override the encoding and refuses a wrong one', async () => {
    await expect(importCsv(backend.db, files['gbk.csv'], { kind: 'customers', encoding: 'utf8' })).rejects.toMatchObject({
      code: 'csv_encoding_mismatch',
    })
    const report = await importCsv(backend.db, files['gbk.csv'], { kind: 'customers', encoding: 'gb18030' })
    expect(report.created).toBe(3)
  })
})

describe('GB18030 detection', () => {
  let backend: ReturnType<typeof openCsvTestDb>
  beforeEach(() => (backend = openCsvTestDb()))
  afterEach(() => backend.close())

  it('keeps a replacement character the data really holds (found by the round-trip property)', async () => {
    const file = join(backend.dir, 'fffd.csv')
    writeFileSync(file, iconv.encode('姓名,地址\r\n张三,\uFFFD\r\n', 'gb18030'))
    const report = await importCsv(backend.db, file, { kind: 'customers' })
    expect(report).toMatchObject({ encoding: 'gb18030', created: 1 })
    expect(backend.db.prepare('SELECT address FROM customers').pluck().get()).toBe('\uFFFD')
  })
})
