import type Database from 'better-sqlite3'
import type { Backend } from '../../src-main/app/boot'
import { VersionedCache } from '../../src-main/db/versioned-cache'
import { listOrders, orderTotals } from '../../src-main/orders/list-query'
import type { OrderFilter, OrderListInput } from '../../src-shared/ipc/channels/orders'
import type { BenchContext } from './context'
import { p95, round, sample, timeMs } from './measure'

/**
 * The orders part of the `sales` group (issue 11, section 1), on the seeded shop:
 * - `sales.orderCreate.p95_ms`: a three-item sale to a known customer through the real
 *   registrar (validation, products and customer checks, totals, lines, audit, the customer
 *   figures' trigger), one transaction each;
 * - `sales.ordersPage.p95_ms`: one page of 100 orders for a filter and a sort, with the count of
 *   everything the filter matches, cold (no cached count: what a new filter costs);
 * - `sales.ordersTotals.p95_ms`: the figures of the page's header over the whole filter, cold.
 */
export async function orderFigures(ctx: BenchContext, backend: Backend): Promise<Record<string, number>> {
  const { db } = backend
  const filters = pageFilters(db)
  const pages = sample((i) => listOrders(db, filters[i % filters.length], new VersionedCache()), filters.length * 10)
  const totals = sample((i) => orderTotals(db, filters[i % filters.length].filter, new VersionedCache()), filters.length * 10)
  ctx.log(`orders page p95 ${round(p95(pages))} ms, totals p95 ${round(p95(totals))} ms`)

  const customers = db
    .prepare('SELECT id FROM customers WHERE deleted_at IS NULL ORDER BY id LIMIT 200')
    .pluck()
    .all() as number[]
  const products = db.prepare('SELECT id, price FROM products WHERE active = 1 AND deleted_at IS NULL ORDER BY id').all() as {
    id: number
    price: number
  }[]
  const sale = (i: number) => ({
    customerId: customers[i % customers.length],
    paymentMethod: 'wechat',
    lines: [0, 1, 2].map((k) => {
      const p = products[(i * 3 + k) % products.length]
      return { productId: p.id, description: '', quantity: 1 + k, unitPrice: p.price }
    }),
  })
  const creates: number[] = []
  for (let i = 0; i < 203; i++) {
    const start = performance.now()
    const result = await backend.dispatch('orders.create', sale(i))
    const ms = performance.now() - start
    if (!result.ok) throw new Error(`orders.create failed: ${result.error.message}`)
    if (i >= 3) creates.push(ms)
  }
  ctx.log(`order create p95 ${round(p95(creates))} ms`)
  return {
    'sales.orderCreate.p95_ms': round(p95(creates)),
    'sales.ordersPage.p95_ms': round(p95(pages)),
    'sales.ordersTotals.p95_ms': round(p95(totals)),
    'sales.ordersTotalsAll.ms': round(timeMs(() => orderTotals(db, {}, new VersionedCache()))),
  }
}

/** The filters a shop owner uses, each with a sort and a page of 100. */
function pageFilters(db: Database.Database): OrderListInput[] {
  const last = db.prepare('SELECT max(ordered_at) FROM orders').pluck().get() as string
  const day = (daysBack: number): string => new Date(Date.parse(last) - daysBack * 86_400_000).toISOString().slice(0, 10)
  const busy = db
    .prepare('SELECT customer_id FROM orders WHERE customer_id IS NOT NULL GROUP BY customer_id ORDER BY count(*) DESC LIMIT 1')
    .pluck()
    .get() as number
  const channel = db.prepare('SELECT channel FROM orders GROUP BY channel ORDER BY count(*) DESC LIMIT 1').pluck().get() as string
  const page = (filter: OrderFilter, sort: OrderListInput['sort'], offset = 0): OrderListInput => ({
    filter,
    sort,
    offset,
    limit: 100,
  })
  return [
    page({}, { column: 'orderedAt', dir: 'desc' }),
    page({ from: day(30), to: day(0) }, { column: 'orderedAt', dir: 'desc' }),
    page({ from: day(30), to: day(0) }, { column: 'total', dir: 'desc' }),
    page({ status: 'completed', channel }, { column: 'total', dir: 'desc' }),
    page({ paymentMethod: 'alipay', from: day(90), to: day(0) }, { column: 'total', dir: 'asc' }),
    page({ status: 'refunded' }, { column: 'orderedAt', dir: 'desc' }),
    page({ customerId: busy }, { column: 'orderedAt', dir: 'desc' }),
    page({ walkIn: true }, { column: 'orderedAt', dir: 'desc' }, 1000),
    page({ from: day(365), to: day(0), status: 'cancelled' }, { column: 'total', dir: 'asc' }),
  ]
}
