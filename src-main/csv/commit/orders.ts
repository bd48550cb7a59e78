import type { OrderLineRow } from '../../../src-shared/domain/order'
import { prepared } from '../../customers/statements'
import { customerResolver } from './customer-ref'
import { findDuplicate, type KeyLookup } from './match'
import { findId, insertRow, updateRow } from './sql'
import { RowFailure, type KindWriter, type Outcome, type WriterOptions } from './types'

interface OrderState {
  id: number
  outcome: Outcome
  lines: number
}

/** Marketplace convention (Online Retail among them): `C536379` cancels an invoice. */
const CANCELLATION = /^C\d/

/**
 * Order files have one row per line, the order's header repeated on each. The first row of an
 * order number creates (or updates, or skips) the order; every row adds its line; totals are
 * summed from the lines at the end, so rows of one order need not be adjacent.
 */
export function orderWriter({ db, rules, changes, mapped }: WriterOptions): KindWriter<OrderLineRow> {
  const orders = new Map<string, OrderState>()
  const products = new Map<string, number>()
  const resolveCustomer = customerResolver(db, changes)
  const lookups: Record<string, KeyLookup<OrderLineRow>> = {
    uid: { value: (r) => r.uid, find: (v) => findId(db, 'orders', 'uid', v) },
    number: { value: (r) => r.number, find: (v) => findId(db, 'orders', 'number', v) },
  }
  const insertLine = prepared(
    db,
    `INSERT INTO order_lines (order_id, position, product_id, description, quantity, unit_price, line_total)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  )

  const header = (row: OrderLineRow) => ({
    number: row.number,
    customer_id: resolveCustomer(row.customer, row.customerAddress),
    ordered_at: row.orderedAt,
    status: !mapped.has('status') && CANCELLATION.test(row.number) ? 'cancelled' : row.status,
    channel: row.channel ?? null,
    payment_method: row.paymentMethod ?? null,
    discount: row.discount,
    tax: row.tax,
    notes: row.notes,
  })

  const startOrder = (row: OrderLineRow): OrderState => {
    const match = findDuplicate(rules, lookups, row)
    if (match?.action === 'skip') return { id: match.id, outcome: 'skipped', lines: 0 }
    if (match?.action === 'create') throw new RowFailure('duplicate_unique', { value: row.number })
    if (match) {
      changes.updated('orders', match.id, (before) => {
        before.lines = prepared(db, 'SELECT * FROM order_lines WHERE order_id = ? ORDER BY position').all(match.id)
      })
      prepared(db, 'DELETE FROM order_lines WHERE order_id = ?').run(match.id)
      updateRow(db, 'orders', match.id, header(row))
      return { id: match.id, outcome: 'updated', lines: 0 }
    }
    const id = insertRow(db, 'orders', { ...header(row), uid: row.uid })
    changes.created('orders', id)
    return { id, outcome: 'created', lines: 0 }
  }

  const productId = (row: OrderLineRow): number | null => {
    if (!row.sku) return null
    let id = products.get(row.sku) ?? findId(db, 'products', 'sku', row.sku)
    if (id === undefined) {
      id = insertRow(db, 'products', { sku: row.sku, name: row.description, price: row.unitPrice })
      changes.created('products', id)
    }
    products.set(row.sku, id)
    return id
  }

  return {
    write(row): Outcome {
      let order = orders.get(row.number)
      if (!order) {
        order = startOrder(row)
        orders.set(row.number, order)
      }
      if (order.outcome === 'skipped') return 'skipped'
      const lineTotal = Math.round(row.quantity * row.unitPrice)
      insertLine.run(order.id, order.lines++, productId(row), row.description, row.quantity, row.unitPrice, lineTotal)
      changes.countCreated('order_lines')
      return order.outcome
    },
    finish(): void {
      const ids = [...orders.values()].filter((o) => o.outcome !== 'skipped').map((o) => o.id)
      prepared(
        db,
        `UPDATE orders SET subtotal = s.sum, total = s.sum - orders.discount + orders.tax
         FROM (SELECT order_id, SUM(line_total) AS sum FROM order_lines
               WHERE order_id IN (SELECT value FROM json_each(?)) GROUP BY order_id) AS s
         WHERE orders.id = s.order_id`,
      ).run(JSON.stringify(ids))
    },
  }
}
