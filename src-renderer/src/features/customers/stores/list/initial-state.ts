import type { CustomerListColumn, SortColumn } from '../../../../../../src-shared/ipc/channels/customer-schemas'
import { CUSTOMER_LIST_COLUMNS } from '../../../../../../src-shared/ipc/channels/customer-columns'
import type { CustomerFilters, ListView } from '../../../../../../src-shared/ipc/channels/views'
import type { ColumnWidths } from '../../../../components/data-grid/grid-types'
import { emptySelection, type Selection } from '../../../../lib/selection'
import { DEFAULT_SORT, emptyFilters } from '../../../../../../src-shared/domain/customer-list-query'

export { DEFAULT_SORT, emptyFilters }

export type { CustomerFilters }
export type CustomerView = 'active' | 'trash'

/** Columns the user can show or hide (the name column always shows), in the table's order. */
export type OptionalColumn = Exclude<CustomerListColumn, 'name'>
export const OPTIONAL_COLUMNS = CUSTOMER_LIST_COLUMNS.filter((c): c is OptionalColumn => c !== 'name')

/** What a new shop sees: who, how to reach them, and what they are worth. */
export const DEFAULT_COLUMNS: readonly OptionalColumn[] = [
  'phone',
  'city',
  'tags',
  'orderCount',
  'lifetimeValue',
  'lastPurchaseAt',
]

export interface CustomerListState {
  /** The search box as typed; the page debounces it before querying. */
  search: string
  filters: CustomerFilters
  view: CustomerView
  sort: { column: SortColumn; dir: 'asc' | 'desc' }
  /** Visible optional columns, always in OPTIONAL_COLUMNS order. */
  columns: OptionalColumn[]
  /** Widths the user dragged, in CSS pixels; remembered across restarts. */
  widths: ColumnWidths
  selection: Selection<number>
  /** The row the user opened last, so coming back shows it again; null after the list changes. */
  opened: number | null
  /** The saved view last applied (as saved), or null for "All customers". */
  savedView: ListView | null
  /** False until the remembered layout and the default view are applied: the table waits. */
  ready: boolean
}

export const initialCustomerListState = (): CustomerListState => ({
  search: '',
  filters: emptyFilters(),
  view: 'active',
  sort: DEFAULT_SORT,
  columns: [...DEFAULT_COLUMNS],
  widths: {},
  selection: emptySelection<number>(),
  opened: null,
  savedView: null,
  ready: false,
})
