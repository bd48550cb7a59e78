import { z } from 'zod'
import { customerDrill } from './drill'
import { id, ids, isoDate, paging, sortBy, text, wellFormed } from '../schemas'

/** Shared pieces of the customer-domain input schemas. */

export const SORT_COLUMNS = [
  'name',
  'phone',
  'city',
  'source',
  'createdAt',
  'updatedAt',
  'lifetimeValue',
  'lastPurchaseAt',
  'orderCount',
] as const
export type SortColumn = (typeof SORT_COLUMNS)[number]

export { CUSTOMER_LIST_COLUMNS, type CustomerListColumn } from './customer-columns'

export const listInput = z.strictObject({
  /** Free text: name, pinyin (full or initials), phone digits, email, notes. */
  query: text(100).optional(),
  /** Customers carrying ANY of these tags. */
  tagIds: z.array(id).max(50).optional(),
  city: text(100).optional(),
  source: text(100).optional(),
  /** Inclusive local dates on created_at. */
  createdFrom: isoDate.optional(),
  createdTo: isoDate.optional(),
  view: z.enum(['active', 'trash']),
  /** The customers behind a dashboard mark (drill-down). */
  drill: customerDrill.optional(),
  sort: sortBy(SORT_COLUMNS),
  ...paging(500),
})
export type ListInput = z.output<typeof listInput>
/** The part of a `customers.list` request that defines which rows, in which order. */
export type CustomerQuery = Omit<ListInput, 'offset' | 'limit'>

/** Either an existing tag id or a name (created if new): exactly one. */
export const tagInput = z
  .strictObject({
    ids,
    tagName: wellFormed(z.string().trim().min(1).max(50)).optional(),
    tagId: id.optional(),
  })
  .refine((v) => (v.tagName === undefined) !== (v.tagId === undefined), {
    error: 'customers.validation.tagChoice',
    path: ['tagName'],
  })
