import type { CustomerRow } from '../../src-shared/domain/customer-types'

/** A `customers` row as SQLite returns it (snake_case, nullable text). */
export interface CustomerRecord {
  id: number
  uid: string
  code: string | null
  name: string
  phone: string | null
  phone_norm: string | null
  email: string | null
  email_norm: string | null
  gender: 'female' | 'male' | 'other' | null
  birthday: string | null
  address: string | null
  city: string | null
  source: string | null
  notes: string
  merged_into_id: number | null
  /** Set while a "delete for good" waits for its Undo (purge.ts). */
  purge_batch: string | null
  created_at: string
  updated_at: string
  deleted_at: string | null
  lifetime_value: number
  order_count: number
  last_purchase_at: string | null
}

/** The list shows this much of the notes; a longer note is cut (its page shows it whole). */
export const NOTES_EXCERPT = 200

/** Columns of a table row, notes cut to `notesChars` characters (a page of the list stays small). */
export const rowColumns = (notesChars: number): string => `c.id, c.uid, c.code, c.name, c.phone, c.email, c.gender,
  c.birthday, c.address, c.city, c.source, substr(c.notes, 1, ${Math.trunc(notesChars)}) AS notes, c.created_at,
  c.updated_at, c.deleted_at, c.lifetime_value, c.order_count, c.last_purchase_at`

export type RowRecord = Pick<
  CustomerRecord,
  | 'id'
  | 'uid'
  | 'code'
  | 'name'
  | 'phone'
  | 'email'
  | 'gender'
  | 'birthday'
  | 'address'
  | 'city'
  | 'source'
  | 'notes'
  | 'created_at'
  | 'updated_at'
  | 'deleted_at'
  | 'lifetime_value'
  | 'order_count'
  | 'last_purchase_at'
>

export function toCustomerRow(r: RowRecord, tags: CustomerRow['tags']): CustomerRow {
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
    tags,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    deletedAt: r.deleted_at,
    lifetimeValue: r.lifetime_value,
    orderCount: r.order_count,
    lastPurchaseAt: r.last_purchase_at,
  }
}
