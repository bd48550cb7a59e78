import type Database from 'better-sqlite3'
import type { BundleProduct } from '../../../src-shared/domain/analytics'
import { localDayMemo } from '../lib/dates'
import { COUNTED_ORDER } from './counted-orders'

export interface Baskets {
  /** Product ids (as text, the engine's item labels) per counted order with product lines. */
  baskets: string[][]
  lines: number
  firstDay: string | null
  lastDay: string | null
}

/**
 * Order lines grouped into baskets in one ordered pass (the order_lines_order index gives the
 * order). Lines without a product (free-text lines) cannot be matched across orders and are
 * skipped; a product twice in one order counts once.
 */
export function loadBaskets(db: Database.Database): Baskets {
  const rows = db
    .prepare(
      `SELECT ol.order_id, ol.product_id, o.ordered_at
         FROM order_lines ol JOIN orders o ON o.id = ol.order_id
        WHERE ${COUNTED_ORDER} AND ol.product_id IS NOT NULL
        ORDER BY ol.order_id`,
    )
    .raw()
    .iterate() as IterableIterator<[number, number, string]>
  const out: Baskets = { baskets: [], lines: 0, firstDay: null, lastDay: null }
  let first = ''
  let last = ''
  let currentOrder = -1
  let basket: string[] = []
  for (const [orderId, productId, orderedAt] of rows) {
    if (orderId !== currentOrder) {
      if (basket.length > 0) out.baskets.push(basket)
      basket = []
      currentOrder = orderId
    }
    const item = String(productId)
    if (!basket.includes(item)) basket.push(item)
    out.lines++
    if (first === '' || orderedAt < first) first = orderedAt
    if (orderedAt > last) last = orderedAt
  }
  if (basket.length > 0) out.baskets.push(basket)
  const localDay = localDayMemo()
  out.firstDay = first ? localDay(first) : null
  out.lastDay = last ? localDay(last) : null
  return out
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
