import { randomUUID } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OrderDetail } from '../../../src-shared/domain/order-types'
import type { IpcResult } from '../../../src-shared/ipc'
import type { ImportAnalysis, ImportReport } from '../../../src-shared/ipc/channels/csv-import'
import { evaluateSegment } from '../../../src-main/marketing/segments/evaluate'
import { sale, smallShop, type Shop } from '../../orders/support'
import { openTestBackend, type TestBackend } from '../../support/test-db'
import { one } from './support/definitions'
import { seededShop } from './support/seeded-shop'

/** The pairs as the triggers keep them. */
const kept = (db: Database.Database): unknown[] =>
  db.prepare('SELECT product_id, customer_id, last_at FROM customer_products ORDER BY 1, 2').raw().all()

/** The same pairs recomputed from the orders: every product of a counted order, its last purchase. */
const recomputed = (db: Database.Database): unknown[] =>
  db
    .prepare(
      `SELECT l.product_id, o.customer_id, max(o.ordered_at) FROM order_lines l JOIN orders o ON o.id = l.order_id
        WHERE o.customer_id IS NOT NULL AND o.deleted_at IS NULL AND o.status IN ('paid', 'shipped', 'completed')
          AND l.product_id IS NOT NULL
        GROUP BY 1, 2 ORDER BY 1, 2`,
    )
    .raw()
    .all()

describe('customer_products (what "bought a product / category" reads) equals a recomputation', () => {
  it('on a seeded shop with refunds, cancellations, pending orders, trashed and merged customers', async () => {
    const backend = await seededShop()
    try {
      expect(kept(backend.db).length).toBeGreaterThan(1000)
      expect(kept(backend.db)).toEqual(recomputed(backend.db))
    } finally {
      backend.close()
    }
  }, 120_000)

  describe('after every write through the real channels', () => {
    let backend: TestBackend
    let shop: Shop
    beforeAll(async () => {
      backend = openTestBackend()
      shop = await smallShop(backend)
    })
    afterAll(() => backend.close())

    const must = async <T>(channel: string, input: unknown): Promise<T> => {
      const result = (await backend.dispatch(channel, input)) as IpcResult<T>
      if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`)
      return result.data
    }
    const holds = (): void => expect(kept(backend.db)).toEqual(recomputed(backend.db))
    const pairs = (customerId: number): number[] =>
      backend.db
        .prepare('SELECT product_id FROM customer_products WHERE customer_id = ? ORDER BY 1')
        .pluck()
        .all(customerId) as number[]
    const importOrders = async (rows: string[]): Promise<number> => {
      const file = join(backend.dir, `orders-${randomUUID()}.csv`)
      writeFileSync(file, ['订单号,下单时间,手机,货号,数量,单价,订单状态', ...rows].join('\n') + '\n')
      backend.dialogs.queue('openFile', file)
      const analysis = await must<ImportAnalysis | null>('csv.pick', { kind: 'orders' })
      if (!analysis) throw new Error('no analysis')
      const report = await must<ImportReport>('csv.import', {
        fileId: analysis.fileId,
        jobId: randomUUID(),
        kind: 'orders',
        mapping: analysis.mapping,
        dryRun: false,
      })
      return report.importId!
    }

    it('sales, pending sales, cancel and undo, refunds', async () => {
      const { zhang, li, beans, papers, mug } = shop
      const first = await must<OrderDetail>(
        'orders.create',
        sale(zhang.id, [
          [beans, 1],
          [papers, 2],
        ]),
      )
      holds()
      expect(pairs(zhang.id)).toEqual([beans.id, papers.id])
      await must('orders.create', sale(li.id, [[mug, 1]], { status: 'pending' }))
      holds()
      expect(pairs(li.id)).toEqual([])
      await must('orders.create', sale(null, [[mug, 1]]))
      holds()
      const cancelled = await must<OrderDetail>('orders.cancel', { id: first.id, updatedAt: first.updatedAt, reason: '客户取消' })
      holds()
      expect(pairs(zhang.id)).toEqual([])
      await must('orders.undoCancel', { id: cancelled.id })
      holds()
      expect(pairs(zhang.id)).toEqual([beans.id, papers.id])
      const second = await must<OrderDetail>('orders.create', sale(zhang.id, [[mug, 2]]))
      holds()
      const partial = await must<OrderDetail>('orders.refund', {
        id: second.id,
        updatedAt: second.updatedAt,
        reason: '退货',
        lines: [],
        amount: 100,
      })
      holds()
      expect(pairs(zhang.id)).toContain(mug.id)
      await must('orders.refund', {
        id: partial.id,
        updatedAt: partial.updatedAt,
        reason: '退货',
        lines: [],
        amount: partial.total - partial.refunded,
      })
      holds()
      expect(pairs(zhang.id)).toEqual([beans.id, papers.id])
    })

    it('a merge moves the pairs to the survivor and its undo moves them back', async () => {
      const { zhang, li, mug } = shop
      await must('orders.create', sale(li.id, [[mug, 3]]))
      holds()
      await must('customers.merge', { keepId: zhang.id, mergeId: li.id })
      holds()
      expect(pairs(li.id)).toEqual([])
      expect(pairs(zhang.id)).toContain(mug.id)
      await must('customers.undoMerge', { id: li.id })
      holds()
      expect(pairs(li.id)).toEqual([mug.id])
    })

    it('an import (orders written before their lines) and its undo', async () => {
      const phone = '13900001111'
      const importId = await importOrders([
        `I-1,2026-03-01 10:00,${phone},BN-0101,1,88.00,已完成`,
        `I-1,2026-03-01 10:00,${phone},NEW-9,1,5.00,已完成`,
        `I-2,2026-03-02 23:59,${phone},MUG-1,1,59.00,待付款`,
        `I-3,2026-03-05 08:00,13800138000,SP-0101,4,12.00,已发货`,
      ])
      holds()
      const buyer = backend.db.prepare('SELECT id FROM customers WHERE phone = ?').pluck().get(phone) as number
      expect(pairs(buyer)).toHaveLength(2)
      await must('csv.undo', { importId })
      holds()
      expect(pairs(buyer)).toEqual([])
    })

    it('edits no channel makes today: a line moved, re-pointed or deleted, an order re-dated or deleted', () => {
      const { zhang, li, beans, mug } = shop
      const db = backend.db
      const line = db
        .prepare(
          `SELECT l.id, l.order_id FROM order_lines l JOIN orders o ON o.id = l.order_id
            WHERE o.customer_id = ? AND o.status = 'completed' AND o.deleted_at IS NULL AND l.product_id IS NOT NULL LIMIT 1`,
        )
        .get(zhang.id) as { id: number; order_id: number }
      db.prepare('UPDATE order_lines SET product_id = ? WHERE id = ?').run(mug.id, line.id)
      holds()
      db.prepare('UPDATE order_lines SET product_id = NULL WHERE id = ?').run(line.id)
      holds()
      db.prepare('UPDATE order_lines SET product_id = ? WHERE id = ?').run(beans.id, line.id)
      holds()
      const liOrder = db
        .prepare(`SELECT id FROM orders WHERE customer_id = ? AND status = 'completed' LIMIT 1`)
        .pluck()
        .get(li.id) as number
      db.prepare('UPDATE order_lines SET order_id = ? WHERE id = ?').run(liOrder, line.id)
      holds()
      db.prepare(`UPDATE orders SET ordered_at = '2020-01-01T00:00:00.000Z' WHERE id = ?`).run(liOrder)
      holds()
      db.prepare('DELETE FROM order_lines WHERE id = ?').run(line.id)
      holds()
      db.prepare(`UPDATE orders SET deleted_at = '2026-03-01T00:00:00.000Z' WHERE id = ?`).run(line.order_id)
      holds()
      db.prepare('UPDATE orders SET deleted_at = NULL WHERE id = ?').run(line.order_id)
      holds()
      db.prepare('UPDATE orders SET customer_id = ? WHERE id = ?').run(li.id, line.order_id)
      holds()
      db.prepare('DELETE FROM orders WHERE id = ?').run(liOrder)
      holds()
      expect(kept(db).length).toBeGreaterThan(0)
    })

    it('an order written after its lines in one transaction (foreign keys deferred) brings them in', () => {
      const { zhang, papers } = shop
      const db = backend.db
      db.transaction(() => {
        db.pragma('defer_foreign_keys = ON')
        db.prepare(
          `INSERT INTO order_lines (order_id, product_id, quantity, unit_price, line_total) VALUES (987654, ?, 1, 1200, 1200)`,
        ).run(papers.id)
        db.prepare(
          `INSERT INTO orders (id, number, customer_id, ordered_at, status, total) VALUES (987654, 'LATE-1', ?, '2026-04-01T02:00:00.000Z', 'paid', 1200)`,
        ).run(zhang.id)
      })()
      holds()
      expect(
        db
          .prepare('SELECT last_at FROM customer_products WHERE product_id = ? AND customer_id = ?')
          .pluck()
          .get(papers.id, zhang.id),
      ).toBe('2026-04-01T02:00:00.000Z')
    })
  })
})

describe('"bought" over the pairs equals the lines walked to their orders', () => {
  let backend: TestBackend & { trashed: number[]; merged: number[] }
  beforeAll(async () => {
    backend = await seededShop()
  }, 120_000)
  afterAll(() => backend.close())

  /** Live customers with a counted order holding one of `products` placed at or after `since`. */
  const buyers = (products: string, since = ''): number[] =>
    backend.db
      .prepare(
        `SELECT DISTINCT c.id FROM customers c JOIN orders o ON o.customer_id = c.id JOIN order_lines l ON l.order_id = o.id
          WHERE c.deleted_at IS NULL AND o.deleted_at IS NULL AND o.status IN ('paid', 'shipped', 'completed')
            AND o.ordered_at >= ? AND l.product_id IN (${products}) ORDER BY 1`,
      )
      .pluck()
      .all(since) as number[]

  it('every category: ever, never and within 30 / 365 days', () => {
    const categories = backend.db
      .prepare('SELECT DISTINCT category FROM products WHERE category IS NOT NULL')
      .pluck()
      .all() as string[]
    expect(categories.length).toBeGreaterThan(2)
    const live = backend.db.prepare('SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY id').pluck().all() as number[]
    for (const category of categories) {
      const products = `SELECT id FROM products WHERE category = '${category.replaceAll("'", "''")}'`
      const ever = buyers(products)
      expect(evaluateSegment(backend.db, one({ kind: 'bought', target: { category }, when: 'ever' }))).toEqual(ever)
      expect(evaluateSegment(backend.db, one({ kind: 'bought', target: { category }, when: 'never' }))).toEqual(
        live.filter((id) => !ever.includes(id)),
      )
      for (const days of [30, 365]) {
        const now = new Date()
        const since = new Date(now.getFullYear(), now.getMonth(), now.getDate() - days).toISOString()
        expect(evaluateSegment(backend.db, one({ kind: 'bought', target: { category }, when: { withinDays: days } }))).toEqual(
          buyers(products, since),
        )
      }
    }
  })
})
