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

/** 2 × beans (176.00) + 1 × papers (12.00), 8.00 off, 6.00 tax: total 186.00. */
const ringUp = (customerId: number | null = shop.zhang.id, extra = {}) =>
  call(
    backend,
    'orders.create',
    sale(
      customerId,
      [
        [shop.beans, 2],
        [shop.papers, 1],
      ],
      { discount: 800, tax: 600, ...extra },
    ),
  )

describe('orders.cancel / undoCancel', () => {
  it('cancels with a reason as a record of its own, drops the order from the customer figures, and undoes', async () => {
    const first = await ringUp()
    const order = await ringUp()
    expect(stats(backend, shop.zhang.id)).toMatchObject({ ltv: 37200, orders: 2 })
    const cancelled = await call(backend, 'orders.cancel', { id: order.id, updatedAt: order.updatedAt, reason: '客户改主意' })
    expect(cancelled).toMatchObject({ status: 'cancelled', canCancel: false, canRefund: false, total: 18600 })
    expect(cancelled.refunds).toMatchObject([{ kind: 'cancel', reason: '客户改主意', amount: 18600, tax: 600, undoneAt: null }])
    expect(stats(backend, shop.zhang.id)).toMatchObject({ ltv: 18600, orders: 1, last: first.orderedAt })

    const undone = await call(backend, 'orders.undoCancel', { id: order.id })
    expect(undone.status).toBe('completed')
    expect(undone.refunds[0].undoneAt).not.toBeNull()
    expect(stats(backend, shop.zhang.id)).toMatchObject({ ltv: 37200, orders: 2 })
    expect(backend.db.prepare("SELECT action FROM audit_log WHERE entity = 'order_refund'").pluck().all()).toEqual([
      'create',
      'undo',
    ])
    expect(backend.events.at(-1)).toEqual({
      event: 'data.changed',
      payload: { entities: ['orders', 'order_refunds', 'customers'] },
    })
  })

  it('refuses a stale cancel, a second cancel, a reason left blank and an undo with nothing to undo; nothing changes', async () => {
    const order = await ringUp()
    const cancelled = await call(backend, 'orders.cancel', { id: order.id, updatedAt: order.updatedAt, reason: 'Out of stock' })
    const before = orderTableCounts(backend)
    expect((await callError(backend, 'orders.cancel', { id: order.id, updatedAt: order.updatedAt, reason: 'again' })).code).toBe(
      'stale_edit',
    )
    expect(
      (await callError(backend, 'orders.cancel', { id: order.id, updatedAt: cancelled.updatedAt, reason: 'again' })).code,
    ).toBe('order_already_cancelled')
    const other = await ringUp()
    const after = orderTableCounts(backend)
    const blank = await callError(backend, 'orders.cancel', { id: other.id, updatedAt: other.updatedAt, reason: '  ' })
    expect(blank.issues).toEqual([{ path: 'reason', message: 'Give a reason; it goes into the books.' }])
    expect((await callError(backend, 'orders.undoCancel', { id: other.id })).code).toBe('order_not_cancelled')
    expect(orderTableCounts(backend)).toEqual(after)
    expect(before.order_refunds).toBe(1)
  })

  it('gives nothing back when a pending order is cancelled', async () => {
    const order = await ringUp(null, { status: 'pending' })
    expect(order).toMatchObject({ paid: 0, canRefund: false, canCancel: true })
    const cancelled = await call(backend, 'orders.cancel', { id: order.id, updatedAt: order.updatedAt, reason: 'Never paid' })
    expect(cancelled.refunds[0]).toMatchObject({ amount: 0, tax: 0 })
    expect((await call(backend, 'orders.undoCancel', { id: order.id })).status).toBe('pending')
  })
})

describe('orders.refund', () => {
  it('refunds one line: its share of the total, the tax part, the customer figures and the order stay consistent', async () => {
    const order = await ringUp()
    const papers = order.lines[1]
    const refunded = await call(backend, 'orders.refund', {
      id: order.id,
      updatedAt: order.updatedAt,
      reason: '滤纸破损',
      lines: [{ lineId: papers.id, quantity: 1 }],
    })
    // Papers are 12.00 of 188.00 in lines: 12/188 of the 186.00 total = 11.87 (rounded), tax 6.00 × 1187/18600 = 0.38.
    expect(refunded.refunds).toMatchObject([
      { kind: 'refund', amount: 1187, tax: 38, lines: [{ orderLineId: papers.id, quantity: 1, amount: 1187 }] },
    ])
    expect(refunded).toMatchObject({ status: 'completed', refunded: 1187, canRefund: true })
    expect(refunded.lines[1]).toMatchObject({ refundedQuantity: 1, refundedAmount: 1187 })
    expect(stats(backend, shop.zhang.id).ltv).toBe(18600 - 1187)

    // The rest, in two steps: exactly the total comes back, and the order is refunded in full.
    const half = await call(backend, 'orders.refund', {
      id: order.id,
      updatedAt: refunded.updatedAt,
      reason: 'r',
      lines: [{ lineId: order.lines[0].id, quantity: 1 }],
    })
    const full = await call(backend, 'orders.refund', {
      id: order.id,
      updatedAt: half.updatedAt,
      reason: 'r',
      lines: [{ lineId: order.lines[0].id, quantity: 1 }],
    })
    expect(full).toMatchObject({ status: 'refunded', refunded: 18600, canRefund: false, canCancel: false })
    expect(full.refunds.reduce((sum, r) => sum + r.tax, 0)).toBe(600)
    expect(stats(backend, shop.zhang.id)).toMatchObject({ ltv: 0, orders: 0, last: null })
  })

  it('refuses more than was sold, more than was paid, a pending order and a stale copy; nothing changes', async () => {
    const order = await ringUp()
    const pending = await ringUp(null, { status: 'pending' })
    const before = orderTableCounts(backend)
    const overSold = await callError(backend, 'orders.refund', {
      id: order.id,
      updatedAt: order.updatedAt,
      reason: 'r',
      lines: [{ lineId: order.lines[0].id, quantity: 3 }],
    })
    expect(overSold).toMatchObject({ code: 'refund_over_sold', message: '咖啡豆 250g: 3 is more than the 2 left to refund.' })
    const overPaid = await callError(backend, 'orders.refund', {
      id: order.id,
      updatedAt: order.updatedAt,
      reason: 'r',
      lines: [{ lineId: order.lines[1].id, quantity: 1 }],
      amount: 18601,
    })
    expect(overPaid).toMatchObject({
      code: 'refund_over_paid',
      message: 'A refund of 186.01 is more than the 186.00 left of what was paid.',
    })
    const foreign = await callError(backend, 'orders.refund', {
      id: order.id,
      updatedAt: order.updatedAt,
      reason: 'r',
      lines: [{ lineId: pending.lines[0].id, quantity: 1 }],
    })
    expect(foreign.code).toBe('refund_line_unknown')
    expect(
      (
        await callError(backend, 'orders.refund', {
          id: pending.id,
          updatedAt: pending.updatedAt,
          reason: 'r',
          lines: [{ lineId: pending.lines[0].id, quantity: 1 }],
        })
      ).code,
    ).toBe('order_refund_unpaid')
    const negative = await callError(backend, 'orders.refund', {
      id: order.id,
      updatedAt: order.updatedAt,
      reason: 'r',
      lines: [{ lineId: order.lines[0].id, quantity: -1 }],
    })
    expect(negative.issues?.[0].path).toBe('lines.0.quantity')
    const twice = await callError(backend, 'orders.refund', {
      id: order.id,
      updatedAt: order.updatedAt,
      reason: 'r',
      lines: [
        { lineId: order.lines[0].id, quantity: 1 },
        { lineId: order.lines[0].id, quantity: 1 },
      ],
    })
    expect(twice.issues).toEqual([{ path: 'lines', message: 'Each line can be listed once.' }])
    expect(orderTableCounts(backend)).toEqual(before)
    await call(backend, 'orders.refund', {
      id: order.id,
      updatedAt: order.updatedAt,
      reason: 'r',
      lines: [{ lineId: order.lines[1].id, quantity: 1 }],
    })
    const stale = await callError(backend, 'orders.refund', {
      id: order.id,
      updatedAt: order.updatedAt,
      reason: 'r',
      lines: [{ lineId: order.lines[1].id, quantity: 1 }],
    })
    expect(stale.code).toBe('stale_edit')
  })

  it('keeps a restocking fee when the amount is set lower, and cannot cancel what is refunded in full', async () => {
    const order = await ringUp()
    const kept = await call(backend, 'orders.refund', {
      id: order.id,
      updatedAt: order.updatedAt,
      reason: '退货（收取手续费）',
      lines: order.lines.map((l) => ({ lineId: l.id, quantity: l.quantity })),
      amount: 17000,
    })
    expect(kept).toMatchObject({ status: 'completed', refunded: 17000 })
    expect(kept.lines.every((l) => l.refundedQuantity === l.quantity)).toBe(true)
    expect(stats(backend, shop.zhang.id).ltv).toBe(1600)
    // Every line is back already: the fee comes back as an amount alone.
    const noGoods = await callError(backend, 'orders.refund', {
      id: order.id,
      updatedAt: kept.updatedAt,
      reason: 'fee waived',
      lines: [],
    })
    expect(noGoods.issues).toEqual([
      { path: 'lines', message: 'Choose the items that come back, or enter an amount to give back.' },
    ])
    const rest = await call(backend, 'orders.refund', {
      id: order.id,
      updatedAt: kept.updatedAt,
      reason: 'fee waived',
      lines: [],
      amount: 1600,
    })
    expect(rest).toMatchObject({ status: 'refunded', refunded: 18600 })
    expect(rest.refunds.reduce((sum, r) => sum + r.tax, 0)).toBe(600)
    expect((await callError(backend, 'orders.cancel', { id: order.id, updatedAt: rest.updatedAt, reason: 'x' })).code).toBe(
      'order_not_cancellable',
    )
  })
})
