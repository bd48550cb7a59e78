import type { OrderLineRow } from '../../../src-shared/domain/order'
import { prepared } from '../../customers/statements'
import { customerResolver } from './customer-ref'
import { findDuplicate, type KeyLookup } from './match'
import { orderStatements, type LineValues, type OrderHeader } from './order-statements'
import { idFinder, insertRow } from './sql'
import { RowFailure, type KindWriter, type Outcome, type WriterOptions } from './types'

interface OrderState {
  id: number
  outcome: Outcome
  lines: number
}

/** The order whose rows are arriving: its lines wait so the order is written once, with its totals. */
interface OpenOrder {
  state: OrderState
  header: OrderHeader
  lines: LineValues[]
  subtotal: number
}

/** Marketplace convention (Online Retail among them): `C536379` cancels an invoice. */
const CANCELLATION = /^C\d/
/** Bounds what an open order holds in memory; a longer order is written in parts. */
const OPEN_LINES_LIMIT = 1000

/**
 * Order files have one row per line, the order's header repeated on each. The first row of an
 * order number creates (or updates, or skips) the order; every row adds its line.
 *
 * Files keep an order's lines together, so the open order's lines are held until another
 * number comes and the order is then written once with its totals: a later UPDATE of the totals
 * would run the customer-statistics trigger a second time per order (migration 0002). Rows of
 * an order already written (not adjacent) are added at once and that order's totals are summed
 * again from its lines at the end, so the file's row order never changes the result.
 */
export function orderWriter({ db, rules, changes, mapped }: WriterOptions): KindWriter<OrderLineRow> {
  const orders = new Map<string, OrderState>()
  const products = new Map<string, number>()
  const resolveCustomer = customerResolver(db, changes)
  const sql = orderStatements(db)
  const productBySku = idFinder(db, 'products', 'sku')
  const lookups: Record<string, KeyLookup<OrderLineRow>> = {
    uid: { value: (r) => r.uid, find: idFinder(db, 'orders', 'uid') },
    number: { value: (r) => r.number, find: idFinder(db, 'orders', 'number') },
  }
  /** Orders written before all their lines were seen: totals are summed again in `finish`. */
  const resum = new Set<number>()
  let open: OpenOrder | null = null

  const header = (row: OrderLineRow): Omit<OrderHeader, 'uid'> => ({
    number: row.number,
    customerId: resolveCustomer(row.customer, row.customerAddress),
    orderedAt: row.orderedAt,
    status: !mapped.has('status') && CANCELLATION.test(row.number) ? 'cancelled' : row.status,
    channel: row.channel ?? null,
    paymentMethod: row.paymentMethod ?? null,
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
      sql.deleteLines(match.id)
    }
    const state: OrderState = { id: match?.id ?? 0, outcome: match ? 'updated' : 'created', lines: 0 }
    // An update keeps the order's uid; a new order takes the file's (an export re-imported).
    open = { state, header: { ...header(row), uid: match ? undefined : row.uid }, lines: [], subtotal: 0 }
    return state
  }

  /** Writes the open order with its totals, then its lines. */
  const writeOpen = (): void => {
    if (!open) return
    const { state, header: values, lines, subtotal } = open
    open = null
    if (state.outcome === 'created') {
      state.id = sql.insertOrder(values, subtotal)
      changes.created('orders', state.id)
    } else sql.updateOrder(state.id, values, subtotal)
    for (const line of lines) sql.insertLine(state.id, line)
  }

  const productId = (row: OrderLineRow): number | null => {
    if (!row.sku) return null
    const known = products.get(row.sku)
    if (known !== undefined) return known
    let id = productBySku(row.sku)
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
      if (!order || order !== open?.state) {
        writeOpen()
        if (!order) {
          order = startOrder(row)
          orders.set(row.number, order)
        } else if (order.outcome !== 'skipped') resum.add(order.id)
      }
      if (order.outcome === 'skipped') return 'skipped'
      const lineTotal = Math.round(row.quantity * row.unitPrice)
      const line: LineValues = [order.lines++, productId(row), row.description, row.quantity, row.unitPrice, lineTotal]
      changes.countCreated('order_lines')
      if (!open) sql.insertLine(order.id, line)
      else {
        open.lines.push(line)
        open.subtotal += lineTotal
        if (open.lines.length === OPEN_LINES_LIMIT) {
          writeOpen()
          resum.add(order.id)
        }
      }
      return order.outcome
    },
    finish(): void {
      writeOpen()
      if (resum.size > 0) sql.resumTotals([...resum])
    },
  }
}
