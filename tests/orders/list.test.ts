import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { OrderFilter } from '../../src-shared/ipc/channels/orders'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { call, callError } from '../customers/helpers'
import { sale, smallShop, type Shop } from './support'

let backend: TestBackend
let shop: Shop
let ids: number[]

/** Local noon on a day, as the order form would send a back-dated sale. */
const day = (d: string): string => new Date(`${d}T12:00:00`).toISOString()

beforeEach(async () => {
  backend = openTestBackend()
  shop = await smallShop(backend)
  const orders = [
    sale(shop.zhang.id, [[shop.beans, 1]], { orderedAt: day('2026-03-01'), channel: '门店' }),
    sale(shop.zhang.id, [[shop.papers, 2]], { orderedAt: day('2026-03-02'), channel: '淘宝', paymentMethod: 'alipay' }),
    sale(shop.li.id, [[shop.mug, 1]], { orderedAt: day('2026-03-02'), channel: '门店', paymentMethod: 'cash' }),
    sale(null, [[shop.beans, 2]], { orderedAt: day('2026-03-05'), channel: '门店' }),
    sale(null, [[shop.papers, 1]], { orderedAt: day('2026-04-01'), channel: '门店' }),
  ]
  ids = []
  for (const input of orders) ids.push((await call(backend, 'orders.create', input)).id)
})
afterEach(() => backend.close())

const list = (
  filter: OrderFilter,
  sort: { column: 'orderedAt' | 'total'; dir: 'asc' | 'desc' } = { column: 'orderedAt', dir: 'desc' },
) => call(backend, 'orders.list', { filter, sort, offset: 0, limit: 100 })

describe('orders.list / totals', () => {
  it('filters by local days, status, customer, walk-ins, channel and payment, newest first', async () => {
    const numbers = async (filter: OrderFilter): Promise<number[]> => (await list(filter)).rows.map((r) => ids.indexOf(r.id))
    expect(await numbers({})).toEqual([4, 3, 2, 1, 0])
    expect(await numbers({ from: '2026-03-02', to: '2026-03-05' })).toEqual([3, 2, 1])
    expect(await numbers({ customerId: shop.zhang.id })).toEqual([1, 0])
    expect(await numbers({ walkIn: true })).toEqual([4, 3])
    expect(await numbers({ channel: '淘宝' })).toEqual([1])
    expect(await numbers({ paymentMethod: 'cash' })).toEqual([2])
    expect(await numbers({ status: 'completed', from: '2026-04-01' })).toEqual([4])
    const page = await list({}, { column: 'total', dir: 'desc' })
    expect(page.total).toBe(5)
    expect(page.rows[0]).toMatchObject({ total: 17600, customerName: null, paymentMethod: 'wechat', status: 'completed' })
    expect(page.rows.find((r) => r.customerId === shop.li.id)?.customerName).toBe('李四')
  })

  it('sums everything the filter matches in SQL; a refund and a cancellation change the figures', async () => {
    const march = { from: '2026-03-01', to: '2026-03-31' }
    expect(await call(backend, 'orders.totals', { filter: march })).toEqual({
      count: 4,
      cancelled: 0,
      sales: 8800 + 2400 + 5900 + 17600,
      refunded: 0,
      net: 34700,
    })
    const beans = await call(backend, 'orders.get', { id: ids[3] })
    await call(backend, 'orders.refund', {
      id: beans.id,
      updatedAt: beans.updatedAt,
      reason: 'r',
      lines: [{ lineId: beans.lines[0].id, quantity: 1 }],
    })
    const mug = await call(backend, 'orders.get', { id: ids[2] })
    await call(backend, 'orders.cancel', { id: mug.id, updatedAt: mug.updatedAt, reason: 'r' })
    expect(await call(backend, 'orders.totals', { filter: march })).toEqual({
      count: 4,
      cancelled: 1,
      sales: 8800 + 2400 + 17600,
      refunded: 8800,
      net: 20000,
    })
    expect((await call(backend, 'orders.totals', { filter: { ...march, status: 'cancelled' } })).sales).toBe(0)
  })

  it('refuses an end date before the start', async () => {
    const error = await callError(backend, 'orders.totals', { filter: { from: '2026-03-05', to: '2026-03-01' } })
    expect(error.issues).toEqual([{ path: 'filter.to', message: 'The end date is before the start date.' }])
  })
})

describe('orders.facets / search', () => {
  it('lists channels and payment methods most used first, and finds orders by the start of their number', async () => {
    expect(await call(backend, 'orders.facets', {})).toEqual({
      channels: ['门店', '淘宝'],
      paymentMethods: ['wechat', 'alipay', 'cash'],
    })
    const first = await call(backend, 'orders.get', { id: ids[0] })
    expect((await call(backend, 'orders.search', { query: first.number, limit: 5 })).map((r) => r.id)).toEqual([ids[0]])
    expect(await call(backend, 'orders.search', { query: 'S202603', limit: 10 })).toHaveLength(4)
  })
})
