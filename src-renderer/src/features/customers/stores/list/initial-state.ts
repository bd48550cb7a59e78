import type { SortColumn } from '../../../../../../src-shared/ipc/channels/customer-schemas'
import { emptySelection, type Selection } from '../../../../lib/selection'

export type CustomerView = 'active' | 'trash'

export interface CustomerFilters {
  tagIds: number[]
  city: string
  source: string
  /** Inclusive local dates (`YYYY-MM-DD`), '' for open-ended. */
  createdFrom: string
  createdTo: string
}

/** Columns the user can show or hide (the name column always shows). */
export const OPTIONAL_COLUMNS = [
  'phone',
  'city',
  'source',
  'tags',
  'orderCount',
  'lifetimeValue',
  'lastPurchaseAt',
  'createdAt',
] as const
export type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number]

export interface CustomerListState {
  /** The search box as typed; the page debounces it before querying. */
  search: string
  filters: CustomerFilters
  view: CustomerView
  sort: { column: SortColumn; dir: 'asc' | 'desc' }
  columns: OptionalColumn[]
  selection: Selection<number>
}

export const emptyFilters = (): CustomerFilters => ({ tagIds: [], city: '', source: '', createdFrom: '', createdTo: '' })

export const initialCustomerListState = (): CustomerListState => ({
  search: '',
  filters: emptyFilters(),
  view: 'active',
  // Pinyin order of names: how a Chinese shop owner scans a customer book.
  sort: { column: 'name', dir: 'asc' },
  columns: ['phone', 'city', 'tags', 'orderCount', 'lifetimeValue', 'lastPurchaseAt'],
  selection: emptySelection<number>(),
})
