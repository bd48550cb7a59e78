import type Database from 'better-sqlite3'
import type { EncodedBaskets } from '../../analytics'
import type { BundleProduct } from '../../../src-shared/domain/analytics'
import { localDayMemo, periodInstants } from '../lib/dates'
import { int32Column } from '../lib/typed-column'
import { COUNTED_ORDER } from './counted-orders'

export interface Baskets extends EncodedBaskets {
  /** Counted orders with product lines. */
  count: number
  firstDay: string | null
  lastDay: string | null
}

/**
 * Order lines grouped into baskets in one ordered pass (the order_lines_order index gives the
 * order), straight into the engine's integer columns: item labels are product ids as text.
 * Lines without a product (free-text lines) cannot be matched across orders and are skipped;
 * a product twice in one order counts once. With a period, the orders placed in it.
 */
export function loadBaskets(db: Database.Database, period: { from?: string; to?: string } = {}): Baskets {
  const rows = db
    .prepare(
      `SELECT ol.order_id, ol.product_id, o.ordered_at
         FROM order_lines ol JOIN orders o ON o.id = ol.order_id
        WHERE ${COUNTED_ORDER} AND ol.product_id IS NOT NULL AND o.ordered_at >= ? AND o.ordered_at < ?
        ORDER BY ol.order_id`,
    )
    .raw()
    .iterate(...periodInstants(period)) as IterableIterator<[number, number, string]>
  const indexOf = new Map<number, number>()
  const labels: string[] = []
  /** The basket each item index was last put in, to keep it once per basket. */
  const lastBasket: number[] = []
  const starts = int32Column()
  const items = int32Column()
  let basket = -1
  let currentOrder = -1
  let first = ''
  let last = ''
  for (const [orderId, productId, orderedAt] of rows) {
    if (orderId !== currentOrder) {
      currentOrder = orderId
      basket = starts.length
      starts.push(items.length)
    }
    let item = indexOf.get(productId)
    if (item === undefined) {
      indexOf.set(productId, (item = labels.length))
      labels.push(String(productId))
      lastBasket.push(-1)
    }
    if (lastBasket[item] === basket) continue
    lastBasket[item] = basket
    items.push(item)
    if (first === '' || orderedAt < first) first = orderedAt
    if (orderedAt > last) last = orderedAt
  }
  const count = starts.length
  starts.push(items.length)
  const localDay = localDayMemo()
  return {
    offsets: starts.done(),
    items: items.done(),
    labels,
    count,
    firstDay: first ? localDay(first) : null,
    lastDay: last ? localDay(last) : null,
  }
}

/** Names and SKUs of the given products (deleted ones too: old baskets still hold them). */
export function productLabels(db: Database.Database, ids: number[]): Map<number, BundleProduct> {
  const stmt = db.prepare('SELECT id AS productId, sku, name FROM products WHERE id = ?')
  const out = new Map<number, BundleProduct>()
  for (const id of new Set(ids)) {
    const row = stmt.get(id) as BundleProduct | undefined
    if (row) out.set(id, row)
  }
  return out
}
