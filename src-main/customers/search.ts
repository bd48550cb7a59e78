import type Database from 'better-sqlite3'
import type { CustomerSearchHit } from '../../src-shared/domain/customer-types'
import { planSearch } from './search-plan'
import { prepared } from '../db/sql'

/** Command-palette results: live customers, exact matches, then prefix, then by name. */
export function searchCustomers(db: Database.Database, query: string, limit: number): CustomerSearchHit[] {
  const plan = planSearch(query)
  if (!plan) return []
  return prepared(
    db,
    `SELECT c.id, c.name, c.phone, c.city FROM customers c
     WHERE c.deleted_at IS NULL AND ${plan.where}
     ORDER BY ${plan.rank}, c.sort_key, c.id LIMIT @limit`,
  ).all({ ...plan.params, limit }) as CustomerSearchHit[]
}
