import { customerListQuery } from '../../../../../../src-shared/domain/customer-list-query'
import type { CustomerQuery } from '../../../../../../src-shared/ipc/channels/customer-schemas'
import type { CustomerListPrefs, CustomerViewState } from '../../../../../../src-shared/ipc/channels/views'
import type { CustomerListStore } from './action'
import type { CustomerFilters, CustomerListState } from './initial-state'

export type { CustomerQuery }

/** The store's filters as a list query; `search` is passed in already debounced. */
export const toQuery = (s: Pick<CustomerListStore, 'filters' | 'view' | 'sort'>, search: string): CustomerQuery =>
  customerListQuery(s.view, { search, filters: s.filters, sort: s.sort })

export const hasFilters = (filters: CustomerFilters): boolean =>
  filters.tagIds.length > 0 || [filters.city, filters.source, filters.createdFrom, filters.createdTo].some(Boolean)

/** What a saved view of the list holds, as the list shows it now. */
export const toViewState = (s: CustomerListState): CustomerViewState => ({
  search: s.search,
  filters: s.filters,
  sort: s.sort,
  columns: s.columns,
})

/** The layout remembered across restarts. */
export const toPrefs = (s: CustomerListState): CustomerListPrefs => ({ sort: s.sort, columns: s.columns, widths: s.widths })

/** True when the list no longer shows its saved view as saved (search, filters, sort or columns changed). */
export function viewChanged(s: CustomerListState): boolean {
  if (!s.savedView) return false
  const saved = s.savedView.state
  const now = toViewState(s)
  return JSON.stringify(normalise(saved)) !== JSON.stringify(normalise(now))
}

const normalise = (v: CustomerViewState): CustomerViewState => ({
  search: v.search.trim(),
  filters: { ...v.filters, tagIds: [...v.filters.tagIds].sort((a, b) => a - b) },
  sort: { column: v.sort.column, dir: v.sort.dir },
  columns: v.columns,
})
