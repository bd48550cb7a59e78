import type Database from 'better-sqlite3'
import type { CustomerDetail } from '../../src-shared/domain/customer-types'
import { AppError } from '../../src-shared/ipc/app-error'
import { prepared } from '../db/sql'
import { openDealsOf } from '../deals/queries'
import { openTicketsOf } from '../service/queries'
import { toCustomerRow, type CustomerRecord } from './customer-columns'
import { tagsOf } from './tags'

/** The raw row, deleted or not; undefined when there is no such id. */
export function findCustomerRecord(db: Database.Database, id: number): CustomerRecord | undefined {
  return prepared(db, 'SELECT * FROM customers WHERE id = ?').get(id) as CustomerRecord | undefined
}

/** The raw row, or `customer_not_found`. */
export function requireCustomerRecord(db: Database.Database, id: number): CustomerRecord {
  const record = findCustomerRecord(db, id)
  if (!record) throw new AppError('customer_not_found', { id })
  return record
}

/** The raw row of a customer not in the Trash, or `customer_not_found`. */
export function requireLiveCustomer(db: Database.Database, id: number): CustomerRecord {
  const record = requireCustomerRecord(db, id)
  if (record.deleted_at !== null) throw new AppError('customer_not_found', { id })
  return record
}

/** Everything the detail page shows in its header, plus the open deals and tickets (asked of their domains). */
export function loadCustomerDetail(db: Database.Database, id: number): CustomerDetail {
  const r = requireCustomerRecord(db, id)
  const { lifetimeValue, orderCount, lastPurchaseAt, ...profile } = toCustomerRow(r, tagsOf(db, id))
  return {
    ...profile,
    mergedIntoId: r.merged_into_id,
    stats: {
      lifetimeValue,
      orderCount,
      lastPurchaseAt,
      averageOrder: orderCount === 0 ? 0 : Math.round(lifetimeValue / orderCount),
    },
    openDeals: openDealsOf(db, id),
    openTickets: openTicketsOf(db, id),
  }
}
