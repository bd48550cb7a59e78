import type { CustomerQuery } from '../ipc/channels/customer-schemas'
import type { CustomerFilters, CustomerListPrefs, CustomerViewState, ListView } from '../ipc/channels/views'

// Pinyin order of names: how a Chinese shop owner scans a customer book.
export const DEFAULT_SORT: CustomerViewState['sort'] = { column: 'name', dir: 'asc' }

export const emptyFilters = (): CustomerFilters => ({ tagIds: [], city: '', source: '', createdFrom: '', createdTo: '' })

type Shown = Pick<CustomerViewState, 'search' | 'filters' | 'sort'>

/**
 * The rows a list shows as a query. One derivation for the window's list and for the main
 * process's start answer (`views.load` with `firstPage`), so the two compare equal.
 */
export function customerListQuery(view: 'active' | 'trash', { search, filters, sort }: Shown): CustomerQuery {
  const { tagIds, city, source, createdFrom, createdTo } = filters
  const query: CustomerQuery = { view, sort }
  if (search.trim()) query.query = search.trim()
  if (tagIds.length) query.tagIds = tagIds
  if (city) query.city = city
  if (source) query.source = source
  if (createdFrom) query.createdFrom = createdFrom
  if (createdTo) query.createdTo = createdTo
  return query
}

/** What the list opens with: the default saved view if there is one, else the remembered sort. */
export function startShown(prefs: CustomerListPrefs | null, defaultView: ListView | null): Shown {
  if (defaultView) return defaultView.state
  return { search: '', filters: emptyFilters(), sort: prefs?.sort ?? DEFAULT_SORT }
}
