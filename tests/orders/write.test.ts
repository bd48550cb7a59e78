import { describe, expect, it } from 'vitest'
import { insertCustomer } from '../../src-main/customers/write'
import { insertCampaign } from '../../src-main/marketing/write'
import { writeTransaction } from '../../src-main/db/transaction'
import { bulkOrderWriter, type BulkOrderWriter, type OrderHeader, type OrderLine } from '../../src-main/orders/write'
import { useFreshDatabase } from '../support/fresh-database'

const header = (number: string, customerId: number | null, extra: Partial<OrderHeader> = {}): OrderHeader => ({
  number,
  customerId,
  orderedAt: '2026-05-01T02:00:00.000Z',
  status: 'completed',
  channel: 'store',
  paymentMethod: 'wechat',
  campaignId: null,
  discount: 0,
  tax: 0,
  notes: '',
  ...extra,
})
const line = (position: number, quantity: number, unitPrice: number): OrderLine => ({
  position,
  productId: null,
  description: `L${position}`,
  quantity,
  unitPrice,
})

describe('orders/write: the bulk writer keeps every order balanced', () => {
  const file = useFreshDatabase()
  const db = () => file.current.db
  const order = (id: number) =>
    db()
      .prepare('SELECT subtotal, discount, tax, total, campaign_id, uid, created_at, updated_at FROM orders WHERE id = ?')
      .get(id) as Record<string, unknown>
  const lineTotals = (id: number) =>
    db().prepare('SELECT line_total FROM order_lines WHERE order_id = ? ORDER BY position').pluck().all(id)
  const stats = (id: number) =>
    db().prepare('SELECT lifetime_value, order_count, last_purchase_at FROM customers WHERE id = ?').get(id)
  /** Bulk writers run inside the caller's transaction, as the importer and the seed do. */
  const inTransaction = (work: (writer: BulkOrderWriter) => void) => writeTransaction(db(), () => work(bulkOrderWriter(db())))

  it('writes the lines with the order: line total = quantity × price rounded, total = Σ lines − discount + tax', () =>
    inTransaction((writer) => {
      // 1.5 kg × 3.33 = 4.995 → 5.00; a cancelled line is negative.
      const id = writer.insertOrder(header('SO-1', null, { discount: 200, tax: 130 }), [
        line(0, 2, 1250),
        line(1, 1.5, 333),
        line(2, -1, 400),
      ])
      expect(lineTotals(id)).toEqual([2500, 500, -400])
      expect(order(id)).toMatchObject({ subtotal: 2600, discount: 200, tax: 130, total: 2530 })
    }))

  it('keeps a given uid and times (re-import, seed), else the defaults', () =>
    inTransaction((writer) => {
      const meta = { uid: 'order-uid-1', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-02T00:00:00.000Z' }
      const kept = writer.insertOrder(header('SO-2', null), [line(0, 1, 100)], meta)
      expect(order(kept)).toMatchObject({ uid: meta.uid, created_at: meta.createdAt, updated_at: meta.updatedAt })
      const uidOnly = writer.insertOrder(header('SO-3', null), [line(0, 1, 100)], { uid: 'order-uid-2' })
      expect(order(uidOnly).uid).toBe('order-uid-2')
      expect(String(order(uidOnly).created_at) > meta.createdAt).toBe(true)
    }))

  it('the customer statistics follow inserts and replacements (migration 0002 triggers)', () =>
    inTransaction((writer) => {
      const customer = insertCustomer(db(), { name: '李雷' })
      writer.insertOrder(header('SO-10', customer), [line(0, 2, 1000)])
      const second = writer.insertOrder(header('SO-11', customer, { orderedAt: '2026-05-03T02:00:00.000Z' }), [line(0, 1, 500)])
      writer.insertOrder(header('SO-12', customer, { status: 'cancelled', orderedAt: '2026-05-09T02:00:00.000Z' }), [
        line(0, 1, 9999),
      ])
      expect(stats(customer)).toEqual({ lifetime_value: 2500, order_count: 2, last_purchase_at: '2026-05-03T02:00:00.000Z' })
      writer.replaceOrder(second, header('SO-11', customer, { orderedAt: '2026-05-03T02:00:00.000Z', tax: 50 }), [
        line(0, 3, 500),
        line(1, 1, 1),
      ])
      expect(lineTotals(second)).toEqual([1500, 1])
      expect(order(second)).toMatchObject({ subtotal: 1501, total: 1551 })
      expect(stats(customer)).toEqual({ lifetime_value: 3551, order_count: 2, last_purchase_at: '2026-05-03T02:00:00.000Z' })
    }))

  it('lines appended to a written order are summed into its totals at finish', () =>
    inTransaction((writer) => {
      const id = writer.insertOrder(header('SO-20', null, { discount: 100 }), [line(0, 1, 1000)])
      writer.appendLines(id, [line(1, 2, 250)])
      writer.appendLines(id, [line(2, 1, 1)])
      expect(order(id)).toMatchObject({ subtotal: 1000, total: 900 })
      writer.finish()
      expect(order(id)).toMatchObject({ subtotal: 1501, total: 1401 })
      expect(lineTotals(id)).toEqual([1000, 500, 1])
    }))

  it('an update keeps the order’s campaign unless one is given', () =>
    inTransaction((writer) => {
      const campaign = insertCampaign(db(), { name: 'Double 11' })
      const id = writer.insertOrder(header('SO-30', null, { campaignId: campaign }), [line(0, 1, 100)])
      writer.replaceOrder(id, header('SO-30', null), [line(0, 1, 200)])
      expect(order(id)).toMatchObject({ campaign_id: campaign, subtotal: 200 })
    }))

  it('refuses to write outside a transaction', () => {
    expect(() => bulkOrderWriter(db())).toThrow(/inside a write transaction/)
  })
})
