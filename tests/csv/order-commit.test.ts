import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { undoImport } from '../../src-main/csv/undo'
import { fileWith, importCsv, openCsvTestDb, snapshot } from './support'

/** One order line as the test writes it: money in cents, so expected totals are exact integers. */
interface Line {
  number: string
  sku: string
  quantity: number
  cents: number
  customer: string
}

const HEADER = 'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country'
const csv = (lines: Line[]): string =>
  [
    HEADER,
    ...lines.map(
      (l) =>
        `${l.number},${l.sku},"Item ${l.sku}",${l.quantity},2024-05-01 10:00,${(l.cents / 100).toFixed(2)},${l.customer},China`,
    ),
  ].join('\n') + '\n'

const linesOf = (number: string, count: number, customer: string, from = 0): Line[] =>
  Array.from({ length: count }, (_, i) => ({
    number,
    sku: `S${(from + i) % 7}`,
    quantity: 1 + ((from + i) % 3),
    cents: 100 + from + i,
    customer,
  }))

/** Totals and per-customer figures worked out from the test's own lines, not by the importer. */
function expected(lines: Line[]) {
  const orders = new Map<string, { subtotal: number; lines: number; customer: string }>()
  for (const l of lines) {
    const o = orders.get(l.number) ?? { subtotal: 0, lines: 0, customer: l.customer }
    o.subtotal += l.quantity * l.cents
    o.lines++
    orders.set(l.number, o)
  }
  const customers = new Map<string, { value: number; count: number }>()
  for (const [number, o] of orders) {
    if (number.startsWith('C')) continue
    const c = customers.get(o.customer) ?? { value: 0, count: 0 }
    customers.set(o.customer, { value: c.value + o.subtotal, count: c.count + 1 })
  }
  return { orders, customers }
}

describe('order import writes each order once, whatever the row order', () => {
  let b: ReturnType<typeof openCsvTestDb>
  beforeEach(() => (b = openCsvTestDb()))
  afterEach(() => b.close())

  const orderRows = () =>
    b.db
      .prepare(
        'SELECT number, subtotal, total, (SELECT count(*) FROM order_lines WHERE order_id = orders.id) AS lines FROM orders',
      )
      .all() as {
      number: string
      subtotal: number
      total: number
      lines: number
    }[]
  const customerRows = () =>
    b.db.prepare('SELECT code, lifetime_value AS value, order_count AS count FROM customers').all() as {
      code: string
      value: number
      count: number
    }[]

  function expectMatches(lines: Line[]): void {
    const want = expected(lines)
    const got = orderRows()
    expect(got).toHaveLength(want.orders.size)
    for (const o of got) {
      const w = want.orders.get(o.number)
      expect(o).toEqual({ number: o.number, subtotal: w?.subtotal, total: w?.subtotal, lines: w?.lines })
    }
    for (const c of customerRows())
      expect({ value: c.value, count: c.count }).toEqual(want.customers.get(c.code) ?? { value: 0, count: 0 })
  }

  it('sums orders whose rows are apart, and orders longer than what is held in memory', async () => {
    const lines = [
      ...linesOf('1001', 3, '7'),
      ...linesOf('1002', 2, '8'),
      ...linesOf('1001', 2, '7', 3),
      ...linesOf('1003', 2_345, '8'),
      ...linesOf('C1004', 2, '7'),
      ...linesOf('1002', 1, '8', 2),
    ]
    const report = await importCsv(b.db, fileWith(b.dir, 'o.csv', csv(lines)), { kind: 'orders' })
    expect(report).toMatchObject({ rows: lines.length, created: lines.length, failed: 0 })
    expect(report.entities.orders).toEqual({ created: 4, updated: 0 })
    expectMatches(lines)
    // Lines keep the file's order within each order, numbered from 0 without gaps.
    const positions = b.db
      .prepare("SELECT position FROM order_lines WHERE order_id = (SELECT id FROM orders WHERE number = '1001') ORDER BY id")
      .pluck()
      .all()
    expect(positions).toEqual([0, 1, 2, 3, 4])
  })

  it('a dry run of scattered rows reports what the commit does', async () => {
    const lines = [...linesOf('1', 2, '7'), ...linesOf('2', 1, '8'), ...linesOf('1', 1, '7', 2)]
    const file = fileWith(b.dir, 'o.csv', csv(lines))
    const before = snapshot(b.db)
    const dry = await importCsv(b.db, file, { kind: 'orders' }, { dryRun: true })
    expect(snapshot(b.db)).toEqual(before)
    const real = await importCsv(b.db, file, { kind: 'orders' })
    expect({ ...dry, importId: 0, dryRun: false }).toEqual({ ...real, importId: 0 })
  })

  it('re-importing replaces lines and totals, and undo brings the old ones back', async () => {
    const first = [...linesOf('1001', 3, '7'), ...linesOf('1002', 2, '8')]
    await importCsv(b.db, fileWith(b.dir, 'a.csv', csv(first)), { kind: 'orders' })
    const before = { orders: orderRows(), customers: customerRows() }
    const second = [...linesOf('1002', 4, '7', 10), ...linesOf('1003', 1, '8'), ...linesOf('1002', 1, '7', 20)]
    const report = await importCsv(b.db, fileWith(b.dir, 'b.csv', csv(second)), { kind: 'orders' })
    expect(report.entities.orders).toEqual({ created: 1, updated: 1 })
    expectMatches([...first.filter((l) => l.number !== '1002'), ...second])
    expect(undoImport(b.db, report.importId!)).toMatchObject({ restored: 1 })
    expect(orderRows()).toEqual(before.orders)
    expect(customerRows()).toEqual(before.customers)
  })

  it('skipped orders stay skipped on every row, adjacent or not', async () => {
    await importCsv(b.db, fileWith(b.dir, 'a.csv', csv(linesOf('1001', 2, '7'))), { kind: 'orders' })
    const again = [...linesOf('1001', 1, '7', 5), ...linesOf('1002', 1, '7'), ...linesOf('1001', 1, '7', 6)]
    const report = await importCsv(b.db, fileWith(b.dir, 'b.csv', csv(again)), {
      kind: 'orders',
      rules: [{ key: 'number', action: 'skip' }],
    })
    expect(report).toMatchObject({ created: 1, skipped: 2 })
    expectMatches([...linesOf('1001', 2, '7'), ...linesOf('1002', 1, '7')])
  })

  it('undo removes every row of an import larger than one change-log batch', async () => {
    const lines = Array.from({ length: 1_500 }, (_, i) => linesOf(String(5000 + i), 1, String(i % 1_200), i)).flat()
    const before = snapshot(b.db)
    const report = await importCsv(b.db, fileWith(b.dir, 'big.csv', csv(lines)), { kind: 'orders' })
    const logged = b.db
      .prepare("SELECT table_name, count(*) AS n FROM import_changes WHERE action = 'created' GROUP BY table_name ORDER BY 1")
      .all()
    expect(logged).toEqual([
      { table_name: 'customers', n: 1_200 },
      { table_name: 'orders', n: 1_500 },
      { table_name: 'products', n: 7 },
    ])
    expect(undoImport(b.db, report.importId!)).toEqual({ removed: 2_707, restored: 0 })
    expect({ ...snapshot(b.db), imports: 0, import_changes: 0 }).toEqual({ ...before, imports: 0, import_changes: 0 })
  })
})
