import { z } from 'zod'
import { channel } from '../channel'
import { id, isoDate, sortBy, wellFormed } from '../schemas'
import { CUSTOMER_LIST_COLUMNS, SORT_COLUMNS, type CustomerQuery } from './customer-schemas'
import type { CustomerRow } from '../../domain/customer-types'

/** Lists that remember their layout and have saved views (one so far). */
export const VIEW_LISTS = ['customers'] as const

/** A column the user may show or hide: every list column but the name, which always shows. */
const optionalColumn = z.enum(CUSTOMER_LIST_COLUMNS).exclude(['name'])
const columns = z
  .array(optionalColumn)
  .max(CUSTOMER_LIST_COLUMNS.length)
  .refine((list) => new Set(list).size === list.length, { error: 'each column once' })

/** The customer list's filters as the filter bar holds them ('' = not set). */
export const customerFilters = z.strictObject({
  tagIds: z.array(id).max(50),
  city: wellFormed(z.string()).max(100),
  source: wellFormed(z.string()).max(100),
  createdFrom: z.union([isoDate, z.literal('')]),
  createdTo: z.union([isoDate, z.literal('')]),
})
export type CustomerFilters = z.output<typeof customerFilters>

/** What a saved view of the customer list holds: search and filters, sort, visible columns. */
export const customerViewState = z.strictObject({
  search: wellFormed(z.string()).max(100),
  filters: customerFilters,
  sort: sortBy(SORT_COLUMNS),
  columns,
})
export type CustomerViewState = z.output<typeof customerViewState>

/** Column widths the user dragged, in CSS pixels, by column. */
export const columnWidths = z.partialRecord(z.enum(CUSTOMER_LIST_COLUMNS), z.int().min(48).max(2000))

/** How the list was last laid out (sort, columns, widths), restored at the next start. */
export const customerListPrefs = z.strictObject({
  sort: sortBy(SORT_COLUMNS),
  columns,
  widths: columnWidths,
})
export type CustomerListPrefs = z.output<typeof customerListPrefs>

export interface ListView {
  id: number
  list: (typeof VIEW_LISTS)[number]
  name: string
  state: CustomerViewState
  /** The view the list opens with (at most one per list). */
  isDefault: boolean
  updatedAt: string
}

/** The rows the list opens with, answered with its layout. */
export interface StartPage {
  query: CustomerQuery
  rows: CustomerRow[]
  total: number
}

const list = z.enum(VIEW_LISTS)
const name = wellFormed(z.string().trim().min(1).max(60))

/** Saved views (named filters + sort + columns) and the remembered layout of a list. */
export const viewChannels = {
  /**
   * A list's live saved views, oldest first, and its remembered layout (null before the first
   * save). With `firstPage`, also the first rows of what the list opens with (the start page's
   * rows in one round trip): the query they answer, as `customerListQuery` makes it.
   */
  'views.load': channel<{ views: ListView[]; prefs: CustomerListPrefs | null; firstPage?: StartPage }>()(
    z.strictObject({ list, firstPage: z.int().min(1).max(500).optional() }),
  ),
  'views.create': channel<ListView>()(
    z.strictObject({ list, name, state: customerViewState, isDefault: z.boolean().default(false) }),
  ),
  /** Renames, overwrites the state, or makes it (not) the default; absent fields stay. */
  'views.update': channel<ListView>()(
    z.strictObject({ id, name: name.optional(), state: customerViewState.optional(), isDefault: z.boolean().optional() }),
  ),
  /** Soft delete; `views.restore` undoes it. */
  'views.delete': channel<ListView>()(z.strictObject({ id })),
  'views.restore': channel<ListView>()(z.strictObject({ id })),
  /** Remembers the layout as the user changes it (a preference: no audit row, no event). */
  'views.savePrefs': channel<{ saved: true }>()(z.strictObject({ list, prefs: customerListPrefs })),
}
