import type { ListInput } from '../../../../../../src-shared/ipc/channels/customer-schemas'
import type { CustomerListStore } from './action'
import type { CustomerFilters } from './initial-state'

/** The part of a `customers.list` request that defines which rows, in which order. */
export type CustomerQuery = Omit<ListInput, 'offset' | 'limit'>

/** The store's filters as a list query; `search` is passed in already debounced. */
export function toQuery(s: Pick<CustomerListStore, 'filters' | 'view' | 'sort'>, search: string): CustomerQuery {
  const { tagIds, city, source, createdFrom, createdTo } = s.filters
  const query: CustomerQuery = { view: s.view, sort: s.sort }
  if (search.trim()) query.query = search.trim()
  if (tagIds.length) query.tagIds = tagIds
  if (city) query.city = city
  if (source) query.source = source
  if (createdFrom) query.createdFrom = createdFrom
  if (createdTo) query.createdTo = createdTo
  return query
}

export const hasFilters = (filters: CustomerFilters): boolean =>
  filters.tagIds.length > 0 || [filters.city, filters.source, filters.createdFrom, filters.createdTo].some(Boolean)
