import type Database from 'better-sqlite3'
import { prepared } from '../../customers/statements'

/** An order's own columns as an order file gives them (the first row of each order). */
export interface OrderHeader {
  number: string
  customerId: number | null
  orderedAt: string
  status: string
  channel: string | null
  paymentMethod: string | null
  discount: number
  tax: number
  notes: string
  /** Kept from an export; absent means the SQL default makes one. */
  uid: string | undefined
}

/** position, product_id, description, quantity, unit_price, line_total */
export type LineValues = [number, number | null, string, number, number, number]

const ORDER_COLUMNS = 'number, customer_id, ordered_at, status, channel, payment_method, discount, tax, notes, subtotal, total'
const ORDER_PARAMS = '?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?'

/**
 * The order importer's writes as positional statements prepared once per import: an order
 * file is a million of these, and building SQL text and named parameters per row was a
 * large share of the time.
 */
export function orderStatements(db: Database.Database) {
  const insertWithUid = prepared(db, `INSERT INTO orders (${ORDER_COLUMNS}, uid) VALUES (${ORDER_PARAMS}, ?)`)
  const insert = prepared(db, `INSERT INTO orders (${ORDER_COLUMNS}) VALUES (${ORDER_PARAMS})`)
  const update = prepared(
    db,
    `UPDATE orders SET (${ORDER_COLUMNS}, updated_at) = (${ORDER_PARAMS}, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) WHERE id = ?`,
  )
  const line = prepared(
    db,
    `INSERT INTO order_lines (order_id, position, product_id, description, quantity, unit_price, line_total)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  )
  const values = (h: OrderHeader, subtotal: number) => [
    h.number, h.customerId, h.orderedAt, h.status, h.channel, h.paymentMethod, h.discount, h.tax, h.notes,
    subtotal, subtotal - h.discount + h.tax,
  ]
  return {
    insertOrder(h: OrderHeader, subtotal: number): number {
      const id = h.uid === undefined ? insert.run(values(h, subtotal)) : insertWithUid.run([...values(h, subtotal), h.uid])
      return Number(id.lastInsertRowid)
    },
    updateOrder(id: number, h: OrderHeader, subtotal: number): void {
      update.run([...values(h, subtotal), id])
    },
    insertLine(orderId: number, l: LineValues): void {
      line.run(orderId, l[0], l[1], l[2], l[3], l[4], l[5])
    },
    deleteLines(orderId: number): void {
      prepared(db, 'DELETE FROM order_lines WHERE order_id = ?').run(orderId)
    },
    /** Sums the totals of these orders again from their lines. */
    resumTotals(ids: number[]): void {
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
