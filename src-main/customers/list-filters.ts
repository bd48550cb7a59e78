import type { ListInput } from '../../src-shared/ipc/channels/customer-schemas'
import { planSearch } from './search-plan'

/** WHERE clause (over `customers c`) and named parameters for a list request. */
export interface ListFilter {
  where: string
  rank: string | null
  params: Record<string, string | number | null>
}

/** `within`: the ids a drill-down resolved to (`input.drill`, answered by the insights). */
export function buildListFilter(input: ListInput, within?: readonly number[]): ListFilter {
  // Merged rows are soft-deleted too, but they were not deleted by the user: this view leaves
  // them out (the Trash page lists both, `customers.trash`), and rows being deleted for good.
  const clauses = [
    input.view === 'active'
      ? 'c.deleted_at IS NULL'
      : 'c.deleted_at IS NOT NULL AND c.merged_into_id IS NULL AND c.purge_batch IS NULL',
  ]
  const params: ListFilter['params'] = {}
  if (input.city !== undefined) {
    clauses.push('c.city = @city')
    params.city = input.city
  }
  if (input.source !== undefined) {
    clauses.push('c.source = @source')
    params.source = input.source
  }
  if (input.createdFrom !== undefined) {
    clauses.push('c.created_at >= @createdFrom')
    params.createdFrom = localDayStartUtc(input.createdFrom, 0)
  }
  if (input.createdTo !== undefined) {
    clauses.push('c.created_at < @createdTo')
    params.createdTo = localDayStartUtc(input.createdTo, 1)
  }
  if (input.tagIds !== undefined && input.tagIds.length > 0) {
    clauses.push('c.id IN (SELECT customer_id FROM customer_tags WHERE tag_id IN (SELECT value FROM json_each(@tagIds)))')
    params.tagIds = JSON.stringify(input.tagIds)
  }
  if (within !== undefined) {
    clauses.push('c.id IN (SELECT value FROM json_each(@within))')
    params.within = JSON.stringify(within)
  }
  const search = planSearch(input.query ?? '')
  if (search) {
    clauses.push(search.where)
    Object.assign(params, search.params)
  }
  return { where: clauses.join(' AND '), rank: search?.rank ?? null, params }
}

/**
 * Filter dates are the user's calendar days; created_at is UTC. The day starts at local
 * midnight on this machine (where the shop is), `plusDays` later for an exclusive end.
 */
export function localDayStartUtc(day: string, plusDays: number): string {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(y, m - 1, d + plusDays).toISOString()
}
