import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { call, callError } from '../customers/helpers'
import { orderTableCounts, sale, smallShop, stats, type Shop } from './support'

let backend: TestBackend
let shop: Shop
beforeEach(async () => {
  backend = openTestBackend()
  shop = await smallShop(backend)
})
afterEach(() => backend.close())

describe('orders.create', () => {
  it('rings up a sale: lines, totals, a number of the day, the customer figures, audit and events', async () => {
    const order = await call(
      backend,
      'orders.create',
      sale(
        shop.zhang.id,
        [
          [shop.beans, 2],
          [shop.papers, 1.5],
        ],
        { discount: 500, tax: 300, channel: '门店', notes: '老客户' },
      ),
    )
    expect(order).toMatchObject({
      status: 'completed',
      paymentMethod: 'wechat',
      channel: '门店',
      subtotal: 17600 + 1800,
      discount: 500,
      tax: 300,
      total: 19400 - 500 + 300,
      paid: 19200,
      refunded: 0,
      customer: { id: shop.zhang.id, name: '张三' },
      canCancel: true,
      canRefund: true,
    })
    expect(order.number).toMatch(/^S\d{8}-0001$/)
    expect(order.lines.map((l) => [l.description, l.sku, l.quantity, l.lineTotal])).toEqual([
      ['咖啡豆 250g', 'BN-0101', 2, 17600],
      ['滤纸', 'SP-0101', 1.5, 1800],
    ])
    expect(stats(backend, shop.zhang.id)).toEqual({ ltv: 19200, orders: 1, last: order.orderedAt })
    expect(backend.db.prepare("SELECT action FROM audit_log WHERE entity = 'order'").pluck().all()).toEqual(['create'])
    expect(backend.events.at(-1)).toEqual({
      event: 'data.changed',
      payload: { entities: ['orders', 'order_refunds', 'customers'] },
    })
    const second = await call(backend, 'orders.create', sale(null, [[shop.mug, 1]]))
    expect(second.number).toBe(order.number.replace(/0001$/, '0002'))
    expect(second.customer).toBeNull()
  })

  it('takes free-text lines, line discounts and quantities by weight, exactly', async () => {
    const order = await call(backend, 'orders.create', {
      customerId: null,
      paymentMethod: 'cash',
      lines: [
        { productId: null, description: '散装茶叶', quantity: 0.35, unitPrice: 1999, discount: 0 },
        { productId: shop.mug.id, description: '', quantity: 2, unitPrice: 5900, discount: 900 },
      ],
    })
    // 0.35 × 19.99 = 6.9965 → 7.00; 2 × 59 − 9 = 109.
    expect(order.lines.map((l) => l.lineTotal)).toEqual([700, 10900])
    expect(order.total).toBe(11600)
  })

  it('refuses bad input with the field and a translated reason, and changes nothing', async () => {
    const before = orderTableCounts(backend)
    const cases: [unknown, string, string][] = [
      [
        sale(null, [[shop.beans, -1]]),
        'lines.0.quantity',
        'A quantity must be more than 0. To take goods back, refund the order.',
      ],
      [
        {
          ...sale(null, [[shop.beans, 1]]),
          lines: [{ productId: shop.beans.id, description: '', quantity: 1, unitPrice: 12.345 }],
        },
        'lines.0.unitPrice',
        'Too many decimal places for the currency (at most two: 12.50).',
      ],
      [sale(null, [[shop.beans, 1]], { discount: 9000 }), 'discount', 'The order discount is more than the items add up to.'],
      [
        { ...sale(null, []), lines: [{ productId: null, description: ' ', quantity: 1, unitPrice: 100 }] },
        'lines.0.description',
        'Describe the item (or pick a product).',
      ],
      [sale(null, []), 'lines', 'Add at least one item.'],
      [sale(null, [[shop.beans, 0.1234]]), 'lines.0.quantity', 'A quantity has at most three decimal places (0.125).'],
    ]
    for (const [input, path, message] of cases) {
      const error = await callError(backend, 'orders.create', input)
      expect(error.code, path).toBe('validation')
      expect(error.issues, path).toContainEqual({ path, message })
    }
    const lineDiscount = await callError(backend, 'orders.create', {
      ...sale(null, []),
      lines: [{ productId: shop.mug.id, description: '', quantity: 1, unitPrice: 5900, discount: 6000 }],
    })
    expect(lineDiscount.issues).toContainEqual({
      path: 'lines.0.discount',
      message: 'The line discount is more than the line is worth.',
    })
    expect(orderTableCounts(backend)).toEqual(before)
  })

  it('refuses an order for a deleted customer, an inactive product or an unknown campaign, in the UI language', async () => {
    await call(backend, 'customers.delete', { ids: [shop.li.id] })
    await call(backend, 'products.update', { id: shop.mug.id, updatedAt: shop.mug.updatedAt, patch: { active: false } })
    const before = orderTableCounts(backend)
    expect(await callError(backend, 'orders.create', sale(shop.li.id, [[shop.beans, 1]]))).toMatchObject({
      code: 'order_customer_deleted',
      message: 'The customer 李四 is in the Trash. Restore them or choose another customer; nothing was saved.',
    })
    expect(await callError(backend, 'orders.create', sale(null, [[shop.mug, 1]]))).toMatchObject({ code: 'product_inactive' })
    expect(await callError(backend, 'orders.create', sale(null, [[shop.beans, 1]], { campaignId: 99 }))).toMatchObject({
      code: 'campaign_not_found',
    })
    expect(await callError(backend, 'orders.create', sale(999, [[shop.beans, 1]]))).toMatchObject({ code: 'customer_not_found' })
    expect(orderTableCounts(backend)).toEqual(before)
    await call(backend, 'settings.set', { locale: 'zh-CN' })
    expect((await callError(backend, 'orders.create', sale(shop.li.id, [[shop.beans, 1]]))).message).toBe(
      '客户“李四”在回收站中。请先恢复该客户或选择其他客户；未保存任何内容。',
    )
  })

  it('credits a campaign that exists', async () => {
    const campaign = Number(backend.db.prepare("INSERT INTO campaigns (name) VALUES ('双十一')").run().lastInsertRowid)
    expect(await call(backend, 'campaigns.choices', {})).toMatchObject([{ id: campaign, name: '双十一' }])
    const order = await call(backend, 'orders.create', sale(null, [[shop.beans, 1]], { campaignId: campaign }))
    expect(order.campaign).toEqual({ id: campaign, name: '双十一' })
  })
})

describe('orders.update', () => {
  it('edits the channel, payment method and notes of the version seen; a stale edit is refused', async () => {
    const order = await call(backend, 'orders.create', sale(shop.zhang.id, [[shop.beans, 1]]))
    const edited = await call(backend, 'orders.update', {
      id: order.id,
      updatedAt: order.updatedAt,
      patch: { paymentMethod: 'alipay', notes: '发票已开' },
    })
    expect(edited).toMatchObject({ paymentMethod: 'alipay', notes: '发票已开', total: order.total })
    const stale = await callError(backend, 'orders.update', { id: order.id, updatedAt: order.updatedAt, patch: { notes: 'x' } })
    expect(stale.code).toBe('stale_edit')
    expect((await call(backend, 'orders.get', { id: order.id })).notes).toBe('发票已开')
  })
})
