import type { OrderLineRow } from '../../../src-shared/domain/order'
import { insertProduct } from '../../catalog/write'
import { idFinder } from '../../db/sql'
import { orderLineRows } from '../../orders/queries'
import { bulkOrderWriter, type OrderHeader, type OrderLine } from '../../orders/write'
import { customerResolver } from './customer-ref'
import { findDuplicate, type KeyLookup } from './match'
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
  /** Kept from an export for a new order; an update keeps the order's own. */
  uid: string | undefined
  lines: OrderLine[]
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
 * number comes and the order is then written once with its totals by the orders domain's bulk
 * writer. Rows of an order already written (not adjacent) are appended at once and the writer
 * sums that order's totals again at the end, so the file's row order never changes the result.
 */
export function orderWriter({ db, rules, changes, mapped }: WriterOptions): KindWriter<OrderLineRow> {
  const orders = new Map<string, OrderState>()
  const products = new Map<string, number>()
  const resolveCustomer = customerResolver(db, changes)
  const writer = bulkOrderWriter(db)
  const productBySku = idFinder(db, 'products', 'sku')
  const lookups: Record<string, KeyLookup<OrderLineRow>> = {
    uid: { value: (r) => r.uid, find: idFinder(db, 'orders', 'uid') },
    number: { value: (r) => r.number, find: idFinder(db, 'orders', 'number') },
  }
  let open: OpenOrder | null = null

  const header = (row: OrderLineRow): OrderHeader => ({
    number: row.number,
    customerId: resolveCustomer(row.customer, row.customerAddress),
    orderedAt: row.orderedAt,
    status: !mapped.has('status') && CANCELLATION.test(row.number) ? 'cancelled' : row.status,
    channel: row.channel ?? null,
    paymentMethod: row.paymentMethod ?? null,
    campaignId: null,
    discount: row.discount,
    tax: row.tax,
    notes: row.notes,
  })

  const startOrder = (row: OrderLineRow): OrderState => {
    const match = findDuplicate(rules, lookups, row)
    if (match?.action === 'skip') return { id: match.id, outcome: 'skipped', lines: 0 }
    if (match?.action === 'create') throw new RowFailure('duplicate_unique', { value: row.number })
    if (match) changes.updated('orders', match.id, (before) => (before.lines = orderLineRows(db, match.id)))
    const state: OrderState = { id: match?.id ?? 0, outcome: match ? 'updated' : 'created', lines: 0 }
    open = { state, header: header(row), uid: match ? undefined : row.uid, lines: [] }
    return state
  }

  /** Writes the open order with its lines and totals. */
  const writeOpen = (): void => {
    if (!open) return
    const { state, header: values, uid, lines } = open
    open = null
    if (state.outcome === 'created') {
      state.id = writer.insertOrder(values, lines, { uid })
      changes.created('orders', state.id)
    } else writer.replaceOrder(state.id, values, lines)
  }

  const productId = (row: OrderLineRow): number | null => {
    if (!row.sku) return null
    const known = products.get(row.sku)
    if (known !== undefined) return known
    let id = productBySku(row.sku)
    if (id === undefined) {
      id = insertProduct(db, { sku: row.sku, name: row.description, price: row.unitPrice })
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
        }
      }
      if (order.outcome === 'skipped') return 'skipped'
      const line: OrderLine = {
        position: order.lines++,
        productId: productId(row),
        description: row.description,
        quantity: row.quantity,
        unitPrice: row.unitPrice,
      }
      changes.countCreated('order_lines')
      if (!open) writer.appendLines(order.id, [line])
      else {
        open.lines.push(line)
        if (open.lines.length === OPEN_LINES_LIMIT) writeOpen()
      }
      return order.outcome
    },
    finish(): void {
      writeOpen()
      writer.finish()
    },
  }
}
