import type Database from 'better-sqlite3'
import { lineTotal, orderTotals } from '../../src-shared/domain/order-math'
import { NEXT_UPDATED_AT, prepared, rowInserter, type RowMeta, type RowValues } from '../db/sql'

/** An order's own columns (what an order file repeats on each of its lines). */
export interface OrderHeader {
  number: string
  customerId: number | null
  orderedAt: string
  status: string
  channel: string | null
  paymentMethod: string | null
  /** The campaign credited; on an update, null keeps the order's own (order files carry none). */
  campaignId: number | null
  discount: number
  tax: number
  notes: string
}

/** One line; its total is the writer's to work out (`lineTotal`, the order form's own arithmetic). */
export interface OrderLine {
  position: number
  productId: number | null
  description: string
  quantity: number
  unitPrice: number
  /** Minor units off this line; 0 when absent. */
  discount?: number
}

export interface BulkOrderWriter {
  /** Inserts the order with its lines and totals; returns its id. */
  insertOrder(header: OrderHeader, lines: readonly OrderLine[], meta?: RowMeta): number
  /** Replaces an order's header, lines and totals. */
  replaceOrder(id: number, header: OrderHeader, lines: readonly OrderLine[]): void
  /** Adds lines to an order already written; its totals are summed again in `finish`. */
  appendLines(orderId: number, lines: readonly OrderLine[]): void
  /** Sums again the totals of orders that got lines after they were written. */
  finish(): void
}

const COLUMNS = [
  'number',
  'customer_id',
  'ordered_at',
  'status',
  'channel',
  'payment_method',
  'campaign_id',
  'discount',
  'tax',
  'notes',
  'subtotal',
  'total',
] as const
const META: readonly (readonly [keyof RowMeta, string])[] = [
  ['uid', 'uid'],
  ['createdAt', 'created_at'],
  ['updatedAt', 'updated_at'],
]

/**
 * The orders domain's writer, for the order form, the importer and the seed: an order's totals
 * are always subtotal = Σ line totals and total = subtotal − discount + tax, worked out by the
 * shared `orderTotals` arithmetic the form shows, its lines written with it.
 * Statements are positional and prepared once per writer: an order file is a million lines,
 * and building SQL text and named parameters per row was a large share of the time. An order
 * is written once with its totals: a later UPDATE of the totals would run the
 * customer-statistics trigger (migration 0002) a second time per order.
 */
export function bulkOrderWriter(db: Database.Database): BulkOrderWriter {
  // An order and its lines are several statements: outside a transaction a failure would leave
  // an order whose totals are not its lines'. Bulk callers hold one transaction for all orders.
  if (!db.inTransaction) throw new Error('bulkOrderWriter must run inside a write transaction')
  const inserters: ((values: RowValues) => number)[] = []
  const update = prepared(
    db,
    `UPDATE orders SET number = ?, customer_id = ?, ordered_at = ?, status = ?, channel = ?, payment_method = ?,
       campaign_id = coalesce(?, campaign_id), discount = ?, tax = ?, notes = ?, subtotal = ?, total = ?,
       updated_at = ${NEXT_UPDATED_AT}
     WHERE id = ?`,
  )
  const insertLine = prepared(
    db,
    `INSERT INTO order_lines (order_id, position, product_id, description, quantity, unit_price, discount, line_total)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  /** Orders that got lines after they were written. */
  const appended = new Set<number>()

  const writeLines = (orderId: number, lines: readonly OrderLine[]): void => {
    for (const l of lines) {
      insertLine.run(orderId, l.position, l.productId, l.description, l.quantity, l.unitPrice, l.discount ?? 0, lineTotal(l))
    }
  }
  // One statement per set of meta columns given (at most eight), made on first use.
  const inserter = (mask: number): ((values: RowValues) => number) =>
    (inserters[mask] ??= rowInserter(db, 'orders', [
      ...COLUMNS,
      ...META.filter((_, bit) => mask & (1 << bit)).map(([, column]) => column),
    ]))

  return {
    insertOrder(header, lines, meta = {}) {
      const values = headerValues(header, lines)
      let mask = 0
      META.forEach(([key], bit) => {
        const value = meta[key]
        if (value === undefined) return
        mask |= 1 << bit
        values.push(value)
      })
      const id = inserter(mask)(values)
      writeLines(id, lines)
      return id
    },
    replaceOrder(id, header, lines) {
      prepared(db, 'DELETE FROM order_lines WHERE order_id = ?').run(id)
      update.run([...headerValues(header, lines), id])
      writeLines(id, lines)
    },
    appendLines(orderId, lines) {
      writeLines(orderId, lines)
      appended.add(orderId)
    },
    finish() {
      if (appended.size === 0) return
      prepared(
        db,
        `UPDATE orders SET subtotal = s.sum, total = s.sum - orders.discount + orders.tax
         FROM (SELECT order_id, SUM(line_total) AS sum FROM order_lines
               WHERE order_id IN (SELECT value FROM json_each(?)) GROUP BY order_id) AS s
         WHERE orders.id = s.order_id`,
      ).run(JSON.stringify([...appended]))
      appended.clear()
    },
  }
}

function headerValues(h: OrderHeader, lines: readonly OrderLine[]): (string | number | null)[] {
  const { subtotal, total } = orderTotals({ lines, discount: h.discount, tax: h.tax })
  return [
    h.number,
    h.customerId,
    h.orderedAt,
    h.status,
    h.channel,
    h.paymentMethod,
    h.campaignId,
    h.discount,
    h.tax,
    h.notes,
    subtotal,
    total,
  ]
}
