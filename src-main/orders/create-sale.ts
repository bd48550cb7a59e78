import type Database from 'better-sqlite3'
import type { SaleInput } from '../../src-shared/domain/sale'
import { AppError } from '../../src-shared/ipc/app-error'
import { writeAudit } from '../audit/audit-log'
import { prepared } from '../db/sql'
import { writeTransaction } from '../db/transaction'
import { loadOrderDetail } from './detail'
import { nextOrderNumber } from './order-number'
import { bulkOrderWriter, type OrderLine } from './write'

/**
 * Rings up a sale from the order form: the customer (or none, a walk-in), its products and the
 * campaign must exist now; the totals are the domain's (`orderTotals`, as the form showed them).
 * One transaction with its audit row; the customer figures follow by trigger (migration 0004).
 */
export function createSale(db: Database.Database, input: SaleInput, now: Date = new Date()): number {
  return writeTransaction(db, () => {
    if (input.customerId !== null) requireLiveCustomer(db, input.customerId)
    if (input.campaignId != null) requireCampaign(db, input.campaignId)
    const lines = input.lines.map((line, position): OrderLine => {
      const product = line.productId === null ? null : requireSellable(db, line.productId)
      return {
        position,
        productId: line.productId,
        description: line.description || (product?.name ?? ''),
        quantity: line.quantity,
        unitPrice: line.unitPrice,
        discount: line.discount,
      }
    })
    const orderedAt = input.orderedAt === undefined ? now : new Date(input.orderedAt)
    const id = bulkOrderWriter(db).insertOrder(
      {
        number: nextOrderNumber(db, orderedAt),
        customerId: input.customerId,
        orderedAt: orderedAt.toISOString(),
        status: input.status,
        channel: input.channel ?? null,
        paymentMethod: input.paymentMethod,
        campaignId: input.campaignId ?? null,
        discount: input.discount,
        tax: input.tax,
        notes: input.notes,
      },
      lines,
    )
    writeAudit(db, { entity: 'order', entityId: id, action: 'create', after: loadOrderDetail(db, id) })
    return id
  })
}

/** An order for a customer in the Trash (or merged away) is refused, naming them. */
function requireLiveCustomer(db: Database.Database, id: number): void {
  const customer = prepared(db, 'SELECT name, deleted_at AS deletedAt FROM customers WHERE id = ?').get(id) as
    { name: string; deletedAt: string | null } | undefined
  if (!customer) throw new AppError('customer_not_found', { id })
  if (customer.deletedAt !== null) throw new AppError('order_customer_deleted', { name: customer.name })
}

export function requireCampaign(db: Database.Database, id: number): void {
  if (!prepared(db, 'SELECT 1 FROM campaigns WHERE id = ? AND deleted_at IS NULL').get(id)) {
    throw new AppError('campaign_not_found', { id })
  }
}

function requireSellable(db: Database.Database, id: number): { name: string } {
  const product = prepared(db, 'SELECT name, active FROM products WHERE id = ? AND deleted_at IS NULL').get(id) as
    { name: string; active: number } | undefined
  if (!product) throw new AppError('product_not_found', { id })
  if (product.active !== 1) throw new AppError('product_inactive', { name: product.name })
  return product
}
