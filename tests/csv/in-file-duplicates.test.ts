import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fileWith, importCsv, openCsvTestDb, snapshot } from './support'

/** The issue's file: 陈大文 in rows 2 and 11 with one phone, different email and note. */
function chenFile(): string {
  const filler = Array.from({ length: 8 }, (_, i) => `客户${i},1370000000${i},,,`)
  return [
    '姓名,手机,邮箱,城市,备注',
    '陈大文,138 0013 8000,dw@old.example,深圳,第一行',
    ...filler,
    '陈大文,13800138000,dw@new.example,深圳,第十一行',
    '',
  ].join('\n')
}

describe('rows of one file that are the same customer', () => {
  let b: ReturnType<typeof openCsvTestDb>
  beforeEach(() => (b = openCsvTestDb()))
  afterEach(() => b.close())
  const chen = () => b.db.prepare(`SELECT email, notes FROM customers WHERE name = '陈大文' ORDER BY id`).all()

  it('flags rows 2 and 11 in the dry run and writes nothing', async () => {
    const file = fileWith(b.dir, 'chen.csv', chenFile())
    const before = snapshot(b.db)
    const dry = await importCsv(b.db, file, { kind: 'customers' }, { dryRun: true })
    expect(snapshot(b.db)).toEqual(before)
    expect(dry.inFileDuplicates).toEqual({
      policy: 'first',
      groups: 1,
      rows: 2,
      samples: [{ rows: [2, 11], size: 2, key: 'phone', value: '13800138000', kept: [2] }],
    })
    expect(dry).toMatchObject({ created: 9, updated: 0, skipped: 1 })
  })

  it('first wins keeps row 2 untouched by row 11', async () => {
    await importCsv(b.db, fileWith(b.dir, 'chen.csv', chenFile()), { kind: 'customers', inFileDuplicates: 'first' })
    expect(chen()).toEqual([{ email: 'dw@old.example', notes: '第一行' }])
  })

  it('last wins imports only row 11', async () => {
    const report = await importCsv(b.db, fileWith(b.dir, 'chen.csv', chenFile()), {
      kind: 'customers',
      inFileDuplicates: 'last',
    })
    expect(report).toMatchObject({ created: 9, updated: 0, skipped: 1 })
    expect(report.inFileDuplicates.samples[0].kept).toEqual([11])
    expect(chen()).toEqual([{ email: 'dw@new.example', notes: '第十一行' }])
  })

  it('keep both makes two customers, skip makes none', async () => {
    const both = await importCsv(b.db, fileWith(b.dir, 'a.csv', chenFile()), { kind: 'customers', inFileDuplicates: 'both' })
    expect(both).toMatchObject({ created: 10, updated: 0, skipped: 0 })
    expect(chen()).toEqual([
      { email: 'dw@old.example', notes: '第一行' },
      { email: 'dw@new.example', notes: '第十一行' },
    ])
    b.db.exec('DELETE FROM customers')
    const skip = await importCsv(b.db, fileWith(b.dir, 'b.csv', chenFile()), { kind: 'customers', inFileDuplicates: 'skip' })
    expect(skip).toMatchObject({ created: 8, skipped: 2 })
    expect(chen()).toEqual([])
  })

  it('groups rows tied through different keys, and keep both fails a repeated unique code', async () => {
    const file = fileWith(
      b.dir,
      'codes.csv',
      '姓名,手机,邮箱,客户编号\n甲,13800000001,a@x.cn,C1\n乙,13800000002,a@x.cn,\n丙,13800000002,,C1\n丁,13900000000,,\n',
    )
    const report = await importCsv(b.db, file, { kind: 'customers', inFileDuplicates: 'both' }, { dryRun: true })
    expect(report.inFileDuplicates.samples).toEqual([{ rows: [2, 3, 4], size: 3, key: 'email', value: 'a@x.cn', kept: [2, 3] }])
    expect(report).toMatchObject({ created: 3, failed: 1 })
    expect(report.issues.map((i) => [i.row, i.code])).toEqual([[4, 'in_file_unique']])
    expect(report.issues[0].reason).toContain('row 2')
  })

  it('lists each existing customer the file updates with old → new per field, before writing', async () => {
    await importCsv(b.db, fileWith(b.dir, 'a.csv', '姓名,手机,邮箱,城市\n张三,138 0013 8000,zs@example.com,深圳\n'), {
      kind: 'customers',
    })
    const before = snapshot(b.db)
    const file = fileWith(
      b.dir,
      'b.csv',
      'Name,Phone,Email,City\n张三,+86 138-0013-8000,zs@new.example,深圳\nJohn,020 8888 6666,,London\n',
    )
    const dry = await importCsv(b.db, file, { kind: 'customers' }, { dryRun: true })
    expect(snapshot(b.db)).toEqual(before)
    expect(dry.updates).toEqual({
      total: 1,
      samples: [
        {
          row: 2,
          id: 1,
          label: '张三',
          changes: [
            { field: 'phone', kind: 'text', before: '138 0013 8000', after: '+86 138-0013-8000' },
            { field: 'email', kind: 'text', before: 'zs@example.com', after: 'zs@new.example' },
          ],
        },
      ],
    })
  })

  it('orders repeat their number on every line and are never flagged', async () => {
    const report = await importCsv(
      b.db,
      fileWith(b.dir, 'o.csv', '订单号,日期,客户,商品,数量,单价\nA1,2025-01-02,张三,苹果,1,3.5\nA1,2025-01-02,张三,梨,2,4\n'),
      { kind: 'orders' },
      { dryRun: true },
    )
    expect(report.inFileDuplicates.groups).toBe(0)
  })
})
