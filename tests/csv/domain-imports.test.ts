import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { undoImport } from '../../src-main/csv/undo'
import { fileWith, importCsv, openCsvTestDb, snapshot } from './support'

describe('product, ticket and survey files go through their domains’ writes', () => {
  let b: ReturnType<typeof openCsvTestDb>
  beforeEach(() => (b = openCsvTestDb()))
  afterEach(() => b.close())
  const rows = (sql: string) => b.db.prepare(sql).all()

  it('products: created with their columns; a file with fewer columns updates only those', async () => {
    const first =
      'SKU,Name,Category,Price,Cost,Active\nBN-0101,Yirgacheffe 250g,Beans,88.00,31.00,no\nSP-0101,Filter papers,Supplies,12.00,,yes\n'
    expect(await importCsv(b.db, fileWith(b.dir, 'a.csv', first), { kind: 'products' })).toMatchObject({ created: 2, failed: 0 })
    const second = await importCsv(b.db, fileWith(b.dir, 'b.csv', 'SKU,Name,Price\nBN-0101,Yirgacheffe 250 g,92.50\n'), {
      kind: 'products',
    })
    expect(second).toMatchObject({ created: 0, updated: 1 })
    expect(rows('SELECT sku, name, category, price, cost, active FROM products ORDER BY sku')).toEqual([
      { sku: 'BN-0101', name: 'Yirgacheffe 250 g', category: 'Beans', price: 9250, cost: 3100, active: 0 },
      { sku: 'SP-0101', name: 'Filter papers', category: 'Supplies', price: 1200, cost: null, active: 1 },
    ])
    undoImport(b.db, second.importId!)
    expect(b.db.prepare("SELECT price FROM products WHERE sku = 'BN-0101'").pluck().get()).toBe(8800)
  })

  it('tickets: created with their customer, updated on the same number, a "create new" duplicate fails its row', async () => {
    const csv =
      'Ticket number,Subject,Type,Priority,Status,Opened at,Resolved at,Customer,Phone\n' +
      'TK-1,咖啡机漏水,维修,高,已解决,2026-05-01 10:00,2026-05-03 10:00,韩梅梅,13800138000\nTK-2,Where is my order?,inquiry,normal,open,2026-05-02 09:00,,Ann,\n'
    expect(await importCsv(b.db, fileWith(b.dir, 'a.csv', csv), { kind: 'tickets' })).toMatchObject({ created: 2, failed: 0 })
    expect(
      rows(`SELECT t.number, t.kind, t.priority, t.status, c.name AS customer, t.resolved_at IS NOT NULL AS resolved
      FROM tickets t JOIN customers c ON c.id = t.customer_id ORDER BY t.number`),
    ).toEqual([
      { number: 'TK-1', kind: 'repair', priority: 'high', status: 'resolved', customer: '韩梅梅', resolved: 1 },
      { number: 'TK-2', kind: 'inquiry', priority: 'normal', status: 'open', customer: 'Ann', resolved: 0 },
    ])
    const update = await importCsv(
      b.db,
      fileWith(b.dir, 'b.csv', 'Ticket number,Subject,Status\nTK-2,Where is my order?,pending\n'),
      { kind: 'tickets' },
    )
    expect(update).toMatchObject({ updated: 1 })
    expect(b.db.prepare("SELECT status FROM tickets WHERE number = 'TK-2'").pluck().get()).toBe('pending')
    const before = snapshot(b.db)
    const create = await importCsv(b.db, fileWith(b.dir, 'c.csv', 'Ticket number,Subject\nTK-1,Again\n'), {
      kind: 'tickets',
      rules: [{ key: 'number', action: 'create' }],
    })
    expect(create.issues.map((i) => i.code)).toEqual(['duplicate_unique'])
    expect(snapshot(b.db)).toEqual({ ...before, imports: before.imports + 1 })
  })

  it('survey responses: linked to their ticket; an unknown ticket or a score out of range fails the row', async () => {
    await importCsv(b.db, fileWith(b.dir, 't.csv', 'Ticket number,Subject\nTK-9,Refund\n'), { kind: 'tickets' })
    const csv =
      'Type,Score,Comment,Date,Ticket number\ncsat,5,很快,2026-05-04 10:00,TK-9\nnps,9,,2026-05-05 10:00,\ncsat,4,,2026-05-05 11:00,TK-404\ncsat,7,,2026-05-05 12:00,\n'
    const report = await importCsv(b.db, fileWith(b.dir, 's.csv', csv), { kind: 'surveys' })
    expect(report).toMatchObject({ created: 2, failed: 2 })
    expect(report.issues.map((i) => [i.row, i.code])).toEqual([
      [4, 'unknown_ticket'],
      [5, expect.any(String)],
    ])
    expect(
      rows(
        `SELECT s.kind, s.score, s.comment, t.number AS ticket FROM survey_responses s LEFT JOIN tickets t ON t.id = s.ticket_id ORDER BY s.id`,
      ),
    ).toEqual([
      { kind: 'csat', score: 5, comment: '很快', ticket: 'TK-9' },
      { kind: 'nps', score: 9, comment: '', ticket: null },
    ])
    expect(undoImport(b.db, report.importId!)).toEqual({ removed: 2, restored: 0 })
    expect(b.db.prepare('SELECT count(*) FROM survey_responses').pluck().get()).toBe(0)
  })
})
