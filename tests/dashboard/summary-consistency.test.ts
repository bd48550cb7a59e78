import { randomUUID } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSeedRng, type Rng } from '../../src-main/seed/random/seed-rng'
import type { DashboardKpis } from '../../src-shared/domain/dashboard-types'
import type { IpcResult } from '../../src-shared/ipc'
import type { ImportAnalysis, ImportReport } from '../../src-shared/ipc/channels/csv-import'
import { openTestBackend, type TestBackend } from '../support/test-db'

const SOLD = `deleted_at IS NULL AND status IN ('paid', 'shipped', 'completed')`

/** The summary tables recomputed from the orders, and as the triggers kept them. */
function recomputed(backend: TestBackend) {
  const db = backend.db
  return {
    hours: db
      .prepare(
        `SELECT substr(ordered_at, 1, 13), status, coalesce(channel, ''), count(*), sum(total), sum(refunded)
         FROM orders WHERE deleted_at IS NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      )
      .raw()
      .all(),
    firsts: db
      .prepare(`SELECT customer_id, min(ordered_at) FROM orders WHERE customer_id IS NOT NULL AND ${SOLD} GROUP BY 1 ORDER BY 1`)
      .raw()
      .all(),
    sales: db
      .prepare(
        `SELECT customer_id, count(*), sum(total), min(ordered_at), max(ordered_at) FROM orders
         WHERE customer_id IS NOT NULL AND ${SOLD} GROUP BY 1 ORDER BY 1`,
      )
      .raw()
      .all(),
    products: db
      .prepare(
        `SELECT l.product_id, o.customer_id, max(o.ordered_at) FROM orders o JOIN order_lines l ON l.order_id = o.id
         WHERE o.customer_id IS NOT NULL AND l.product_id IS NOT NULL AND o.deleted_at IS NULL
           AND o.status IN ('paid', 'shipped', 'completed') GROUP BY 1, 2 ORDER BY 1, 2`,
      )
      .raw()
      .all(),
  }
}

function kept(backend: TestBackend) {
  const db = backend.db
  return {
    hours: db.prepare('SELECT * FROM order_hour_totals WHERE orders <> 0 ORDER BY 1, 2, 3').raw().all(),
    firsts: db.prepare('SELECT * FROM customer_first_orders ORDER BY 1').raw().all(),
    sales: db.prepare('SELECT customer_id, orders, spend, first_at, last_at FROM customer_sales ORDER BY 1').raw().all(),
    products: db.prepare('SELECT product_id, customer_id, last_at FROM customer_products ORDER BY 1, 2').raw().all(),
  }
}

const CHANNELS = ['门店', '淘宝', '微信小店', null]
const STATUSES = ['已付款', '已发货', '已完成', '待付款', '已取消', '已退款']
const PHONES = Array.from({ length: 12 }, (_, i) => `139${String(10_000_000 + i * 7_919).padStart(8, '0')}`)

/** A few orders of a few lines, at times around Shanghai's midnight, some for new phones. */
function orderFile(rng: Rng, batch: number): string {
  const rows = ['订单号,下单时间,手机,货号,数量,单价,订单状态,渠道']
  for (let o = 0; o < rng.int(2, 6); o++) {
    const day = String(rng.int(1, 29)).padStart(2, '0')
    const time = rng.pick(['23:59', '00:00', '00:30', '15:59', '16:00', '08:15'])
    const phone = rng.chance(0.2) ? `137${String(batch * 100 + o).padStart(8, '0')}` : rng.pick(PHONES)
    const status = rng.pick(STATUSES)
    const channel = rng.pick(CHANNELS) ?? ''
    for (let l = 0; l < rng.int(1, 4); l++)
      rows.push(
        `I${batch}-${o},2026-0${rng.int(1, 4)}-${day} ${time},${phone},SKU${rng.int(1, 6)},${rng.int(1, 4)},${rng.int(1, 500)}.50,${status},${channel}`,
      )
  }
  return rows.join('\n') + '\n'
}

describe('summary tables after a random mix of writes through the real channels', () => {
  let backend: TestBackend
  const zone = process.env.TZ
  beforeAll(() => {
    process.env.TZ = 'Asia/Shanghai'
    backend = openTestBackend()
  })
  afterAll(() => {
    process.env.TZ = zone
    backend.close()
  })

  const call = async <T>(channel: string, input: unknown): Promise<IpcResult<T>> =>
    (await backend.dispatch(channel, input)) as IpcResult<T>
  const must = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await call<T>(channel, input)
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`)
    return result.data
  }
  const ids = (sql: string): number[] => backend.db.prepare(sql).pluck().all() as number[]
  const orderRow = (id: number) =>
    backend.db.prepare('SELECT id, updated_at AS updatedAt, total - refunded AS left FROM orders WHERE id = ?').get(id) as {
      id: number
      updatedAt: string
      left: number
    }

  it('equal a full recomputation after every step (fixed seed)', async () => {
    const rng = createSeedRng(2026, 'dashboard-consistency')
    for (const phone of PHONES.slice(0, 6)) await must('customers.create', { name: `客户${phone.slice(-4)}`, phone })
    const imports: number[] = []
    const merged: number[] = []
    const done: Record<string, number> = {}
    const steps: Record<string, () => Promise<boolean>> = {
      import: async () => {
        const file = join(backend.dir, `orders-${imports.length}.csv`)
        writeFileSync(file, orderFile(rng, imports.length))
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
        if (report.importId !== null) imports.push(report.importId)
        return report.importId !== null
      },
      order: async () => {
        const customers = ids('SELECT id FROM customers WHERE deleted_at IS NULL')
        const hour = String(rng.int(0, 24)).padStart(2, '0')
        await must('orders.create', {
          customerId: rng.chance(0.2) ? null : rng.pick(customers),
          lines: [{ productId: null, description: '手写', quantity: rng.int(1, 4), unitPrice: rng.int(100, 90_000) }],
          paymentMethod: 'wechat',
          channel: rng.pick(CHANNELS),
          orderedAt: `2026-03-${String(rng.int(1, 29)).padStart(2, '0')}T${hour}:${rng.pick(['00', '30', '59'])}:00.000Z`,
          status: rng.pick(['completed', 'paid', 'shipped', 'pending']),
        })
        return true
      },
      refund: async () => {
        const open = ids(
          `SELECT id FROM orders WHERE deleted_at IS NULL AND status IN ('paid', 'shipped', 'completed') AND total > refunded`,
        )
        if (open.length === 0) return false
        const order = orderRow(rng.pick(open))
        const amount = Math.max(1, Math.floor(order.left * rng.next()))
        return (await call('orders.refund', { id: order.id, updatedAt: order.updatedAt, reason: '退货', lines: [], amount })).ok
      },
      cancel: async () => {
        const live = ids(`SELECT id FROM orders WHERE deleted_at IS NULL AND status NOT IN ('cancelled', 'refunded')`)
        if (live.length === 0) return false
        const order = orderRow(rng.pick(live))
        return (await call('orders.cancel', { id: order.id, updatedAt: order.updatedAt, reason: '客户取消' })).ok
      },
      undoCancel: async () => {
        const cancelled = ids(`SELECT id FROM orders WHERE deleted_at IS NULL AND status = 'cancelled'`)
        if (cancelled.length === 0) return false
        return (await call('orders.undoCancel', { id: rng.pick(cancelled) })).ok
      },
      channel: async () => {
        const live = ids('SELECT id FROM orders WHERE deleted_at IS NULL')
        if (live.length === 0) return false
        const order = orderRow(rng.pick(live))
        return (await call('orders.update', { id: order.id, updatedAt: order.updatedAt, patch: { channel: rng.pick(CHANNELS) } }))
          .ok
      },
      merge: async () => {
        const customers = ids('SELECT id FROM customers WHERE deleted_at IS NULL')
        if (customers.length < 2) return false
        const [keepId, mergeId] = [rng.pick(customers), rng.pick(customers)]
        if (keepId === mergeId) return false
        await must('customers.merge', { keepId, mergeId })
        merged.push(mergeId)
        return true
      },
      undoMerge: async () => {
        const id = merged.pop()
        return id !== undefined && (await call('customers.undoMerge', { id })).ok
      },
      undoImport: async () => {
        if (imports.length === 0) return false
        const importId = imports.splice(rng.int(0, imports.length), 1)[0]
        return (await call('csv.undo', { importId })).ok
      },
    }
    const kinds = Object.keys(steps)
    for (let step = 0; step < 160; step++) {
      const kind = step < 4 ? 'import' : rng.pick(kinds)
      if (await steps[kind]()) done[kind] = (done[kind] ?? 0) + 1
      expect(kept(backend), `after step ${step} (${kind})`).toEqual(recomputed(backend))
    }
    // Every kind of write happened, so the equality above is not between untouched tables.
    for (const kind of kinds) expect(done[kind], kind).toBeGreaterThan(0)
    // The imports' SKUs are products: the customer_products pairs compared above are not empty.
    expect(kept(backend).products.length).toBeGreaterThan(0)
    expect(backend.db.prepare('SELECT count(*) FROM orders WHERE deleted_at IS NULL').pluck().get()).toBeGreaterThan(30)
    const stale = 'SELECT count(*) FROM order_hour_totals WHERE orders = 0 AND (total <> 0 OR refunded <> 0)'
    expect(backend.db.prepare(stale).pluck().get()).toBe(0)

    const kpis = await must<DashboardKpis>('dashboard.kpis', { from: '2025-12-01', to: '2026-04-30' })
    const sold = backend.db
      .prepare(
        `SELECT sum(total), count(*) FROM orders WHERE ${SOLD} AND ordered_at >= '2025-11-30T16:00:00.000Z' AND ordered_at < '2026-04-30T16:00:00.000Z'`,
      )
      .raw()
      .get() as [number, number]
    expect([kpis.kpis.revenue.current.value, kpis.kpis.orders.current.value]).toEqual(sold)
  })
})
