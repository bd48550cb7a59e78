import { z } from 'zod'

/** Shared pieces of the customer-domain input schemas. */
export const id = z.int().positive()
export const ids = z.array(id).min(1).max(10000)
export const isoDate = z.iso.date()
export const isoDateTime = z.iso.datetime({ offset: true })

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

export const listInput = z.strictObject({
  /** Free text: name, pinyin (full or initials), phone digits, email, notes. */
  query: z.string().max(100).optional(),
  /** Customers carrying ANY of these tags. */
  tagIds: z.array(id).max(50).optional(),
  city: z.string().max(100).optional(),
  source: z.string().max(100).optional(),
  /** Inclusive local dates on created_at. */
  createdFrom: isoDate.optional(),
  createdTo: isoDate.optional(),
  view: z.enum(['active', 'trash']),
  sort: z.strictObject({ column: z.enum(SORT_COLUMNS), dir: z.enum(['asc', 'desc']) }),
  offset: z.int().min(0).max(10_000_000),
  limit: z.int().min(1).max(500),
})
export type ListInput = z.output<typeof listInput>

/** Either an existing tag id or a name (created if new): exactly one. */
export const tagInput = z
  .strictObject({
    ids,
    tagName: z.string().trim().min(1).max(50).optional(),
    tagId: id.optional(),
  })
  .refine((v) => (v.tagName === undefined) !== (v.tagId === undefined), {
    error: 'customers.validation.tagChoice',
    path: ['tagName'],
  })
