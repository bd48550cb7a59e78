import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { undoImport } from '../../src-main/csv/undo'
import { updateCustomer } from '../../src-main/customers/write'
import { fileWith, importCsv, snapshot, openCsvTestDb } from './support'

const FIRST = '姓名,手机,邮箱,城市\n张三,138 0013 8000,zs@example.com,深圳\n李四,13900139000,,上海\n'
const SECOND = 'Name,Phone,City\n张三丰,+86 138-0013-8000,广州\nJohn,020 8888 6666,London\n'

describe('duplicates, dry run, undo', () => {
  let b: ReturnType<typeof openCsvTestDb>
  beforeEach(() => (b = openCsvTestDb()))
  afterEach(() => b.close())
  const names = () => b.db.prepare('SELECT name, city FROM customers ORDER BY id').all()

  it('updates a customer matched on the normalised phone, and undo restores it', async () => {
    const first = await importCsv(b.db, fileWith(b.dir, 'a.csv', FIRST), { kind: 'customers' })
    const second = await importCsv(b.db, fileWith(b.dir, 'b.csv', SECOND), { kind: 'customers' })
    expect(second).toMatchObject({ created: 1, updated: 1, skipped: 0, failed: 0 })
    expect(names()).toEqual([
      { name: '张三丰', city: '广州' },
      { name: '李四', city: '上海' },
      { name: 'John', city: 'London' },
    ])
    expect(undoImport(b.db, second.importId!)).toEqual({ removed: 1, restored: 1 })
    expect(names()).toEqual([
      { name: '张三', city: '深圳' },
      { name: '李四', city: '上海' },
    ])
    expect(b.db.prepare('SELECT name_pinyin FROM customers WHERE id = 1').pluck().get()).toBe('zhangsan')
    expect(() => undoImport(b.db, second.importId!)).toThrow(expect.objectContaining({ code: 'import_already_undone' }))
    expect(undoImport(b.db, first.importId!)).toEqual({ removed: 2, restored: 0 })
    expect(names()).toEqual([])
  })

  it('skip and create rules', async () => {
    await importCsv(b.db, fileWith(b.dir, 'a.csv', FIRST), { kind: 'customers' })
    const skip = await importCsv(b.db, fileWith(b.dir, 'b.csv', SECOND), {
      kind: 'customers',
      rules: [{ key: 'phone', action: 'skip' }],
    })
    expect(skip).toMatchObject({ created: 1, skipped: 1 })
    const create = await importCsv(b.db, fileWith(b.dir, 'c.csv', SECOND), {
      kind: 'customers',
      rules: [{ key: 'phone', action: 'create' }],
    })
    expect(create).toMatchObject({ created: 2, updated: 0 })
  })

  it('refuses to undo when a record changed since, and names it', async () => {
    const report = await importCsv(b.db, fileWith(b.dir, 'a.csv', FIRST), { kind: 'customers' })
    await new Promise((r) => setTimeout(r, 5))
    updateCustomer(b.db, 2, { city: '杭州' })
    const before = snapshot(b.db)
    expect(() => undoImport(b.db, report.importId!)).toThrow(
      expect.objectContaining({ code: 'import_undo_conflict', params: { count: 1, list: '李四' } }),
    )
    expect(snapshot(b.db)).toEqual(before)
  })

  it('a dry run reports exactly what a commit does and changes nothing', async () => {
    const file = fileWith(b.dir, 'a.csv', FIRST + '王五,1.38E+10,,\n赵六,12,,\n')
    const before = snapshot(b.db)
    const dry = await importCsv(b.db, file, { kind: 'customers' }, { dryRun: true })
    expect(snapshot(b.db)).toEqual(before)
    const real = await importCsv(b.db, file, { kind: 'customers' })
    expect({ ...dry, importId: 0, dryRun: false }).toEqual({ ...real, importId: 0 })
    expect(real).toMatchObject({ created: 2, failed: 2 })
    expect(real.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [4, '手机', 'excel_scientific'],
      [5, '手机', 'invalid'],
    ])
    expect(real.issues[1].reason).not.toContain('customers.validation')
  })

  it('cancel rolls everything back', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `客户${i},138${String(i).padStart(8, '0')},,`).join('\n')
    const file = fileWith(b.dir, 'big.csv', `姓名,手机,邮箱,城市\n${rows}\n`)
    const before = snapshot(b.db)
    await expect(importCsv(b.db, file, { kind: 'customers' }, { isCancelled: () => true })).rejects.toMatchObject({
      code: 'cancelled',
    })
    expect(snapshot(b.db)).toEqual(before)
  })

  it('flags Excel serial dates and lost leading zeros as warnings and converts the date', async () => {
    const file = fileWith(b.dir, 'excel.csv', '姓名,手机,生日\n张三,7558888666,32874\n')
    const report = await importCsv(b.db, file, { kind: 'customers' })
    expect(report.issues.map((i) => [i.code, i.severity])).toEqual([
      ['excel_leading_zero', 'warning'],
      ['excel_serial_date', 'warning'],
    ])
    expect(b.db.prepare('SELECT birthday FROM customers').pluck().get()).toBe('1990-01-01')
  })
})
