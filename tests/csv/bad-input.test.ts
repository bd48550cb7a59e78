import { randomBytes } from 'node:crypto'
import { truncateSync, unlinkSync, writeFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { translate } from '../../src-shared/i18n'
import { AppError } from '../../src-shared/ipc/app-error'
import { fileWith, importCsv, snapshot, openCsvTestDb } from './support'

describe('bad input: a clear translated message, nothing imported', () => {
  let backend: ReturnType<typeof openCsvTestDb>
  let before: Record<string, number>
  beforeEach(() => {
    backend = openCsvTestDb()
    before = snapshot(backend.db)
  })
  afterEach(() => backend.close())

  /** Expects the import to fail with `code`, a message in both languages, and no change. */
  async function expectRefused(content: string | Buffer, code: string, kind: 'customers' | 'orders' = 'customers') {
    const file = fileWith(backend.dir, 'bad.csv', content)
    const error = await importCsv(backend.db, file, { kind }).then(
      () => null,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(AppError)
    const appError = error as AppError
    expect(appError.code).toBe(code)
    for (const locale of ['en', 'zh-CN'] as const) {
      const message = translate(locale, `errors.${code}`, appError.params)
      expect(message).not.toContain('errors.')
      expect(message).not.toMatch(/\{\{/)
    }
    expect(snapshot(backend.db)).toEqual(before)
    return appError
  }

  it('garbage bytes', () => expectRefused(randomBytes(4096), 'csv_binary'))
  it('garbage bytes without NULs', () =>
    expectRefused(Buffer.from(randomBytes(4096).map((b) => (b < 32 ? 0x81 : b | 0x80))), 'csv_encoding_unknown'))
  it('an empty file', () => expectRefused('', 'csv_empty'))
  it('a header only', () => expectRefused('客户名称,手机\r\n', 'csv_no_rows'))
  it('an unclosed quote, named by the line it opens on', async () => {
    const error = await expectRefused('name,phone\n张三,13800138000\n"李四,13900139000\n王五,1\n', 'csv_unclosed_quote')
    expect(error.params).toEqual({ row: 3 })
  })
  it('a one-column file for orders', () => expectRefused('InvoiceNo\n536365\n536366\n', 'csv_one_column', 'orders'))
  it('duplicate headers', () => expectRefused('姓名,手机,姓名\n张三,13800138000,李四\n', 'csv_duplicate_header'))

  it('ragged rows fail one by one with row and reason; the rest imports', async () => {
    const file = fileWith(
      backend.dir,
      'ragged.csv',
      'name,phone,city\n张三,13800138000,深圳\n李四,13900139000\n王五,13700137000,北京,多余\n',
    )
    const report = await importCsv(backend.db, file, { kind: 'customers' })
    expect(report).toMatchObject({ created: 1, failed: 2 })
    expect(report.issues.map((i) => [i.row, i.code])).toEqual([
      [3, 'ragged_row'],
      [4, 'ragged_row'],
    ])
    expect(report.issues[0].reason).toBe('The row has 2 cells but the header has 3.')
  })

  it('__proto__ as a header is just a column name', async () => {
    const file = fileWith(backend.dir, 'proto.csv', '__proto__,name,constructor\n"{""polluted"":1}",张三,x\n')
    const report = await importCsv(backend.db, file, { kind: 'customers' })
    expect(report.created).toBe(1)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    await expect(
      importCsv(backend.db, file, {
        kind: 'customers',
        mapping: JSON.parse('{"name":"name","__proto__":"x"}') as Record<string, string>,
      }),
    ).rejects.toMatchObject({
      code: 'import_unknown_field',
    })
  })

  it('a file deleted or truncated mid-read imports nothing', async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `客户${i},138${String(i).padStart(8, '0')}`).join('\n')
    for (const damage of [(f: string) => unlinkSync(f), (f: string) => truncateSync(f, 1000)]) {
      const file = fileWith(backend.dir, 'vanishing.csv', `name,phone\n${rows}\n`)
      let done = false
      const error = await importCsv(
        backend.db,
        file,
        { kind: 'customers' },
        {
          onProgress: () => {
            if (!done) damage(file)
            done = true
          },
        },
      ).catch((e: unknown) => e)
      expect(error).toMatchObject({ code: 'csv_changed' })
      expect(snapshot(backend.db)).toEqual(before)
      writeFileSync(file, '')
    }
  })
})
