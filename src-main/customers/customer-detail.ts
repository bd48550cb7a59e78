import type Database from 'better-sqlite3'
import type { CustomerDetail } from '../../src-shared/domain/customer-types'
import { AppError } from '../../src-shared/ipc/app-error'
import { prepared } from '../db/sql'
import { openDealsOf } from '../deals/queries'
import { openTicketsOf } from '../service/queries'
import type { CustomerRecord } from './customer-columns'
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
  return {
    id: r.id,
    uid: r.uid,
    code: r.code,
    name: r.name,
    phone: r.phone,
    email: r.email,
    gender: r.gender,
    birthday: r.birthday,
    address: r.address,
    city: r.city,
    source: r.source,
    notes: r.notes,
    tags: tagsOf(db, id),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
    mergedIntoId: r.merged_into_id,
    stats: {
      lifetimeValue: r.lifetime_value,
      orderCount: r.order_count,
      lastPurchaseAt: r.last_purchase_at,
      averageOrder: r.order_count === 0 ? 0 : Math.round(r.lifetime_value / r.order_count),
    },
    openDeals: openDealsOf(db, id),
    openTickets: openTicketsOf(db, id),
  }
}
