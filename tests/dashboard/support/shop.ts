import { generateShop } from '../../../src-main/seed/generate-shop'
import type { DashboardKpis, DashboardTrend } from '../../../src-shared/domain/dashboard-types'
import { openTestBackend, type TestBackend } from '../../support/test-db'

/** A small seeded shop whose history ends on AS_OF (UTC day), with orders, deals, tickets and surveys. */
export const AS_OF = '2026-06-30'

export function seededBackend(): TestBackend {
  const backend = openTestBackend()
  generateShop(backend.db, { customers: 400, orders: 4_000, seed: 5, asOf: AS_OF, openDeals: 40 })
  return backend
}

export async function kpis(backend: TestBackend, from: string, to: string): Promise<DashboardKpis> {
  const result = await backend.dispatch('dashboard.kpis', { from, to })
  if (!result.ok) throw new Error(result.error.message)
  return result.data as DashboardKpis
}

export async function trend(
  backend: TestBackend,
  from: string,
  to: string,
  bucket: 'day' | 'week' | 'month',
): Promise<DashboardTrend> {
  const result = await backend.dispatch('dashboard.trend', { from, to, bucket })
  if (!result.ok) throw new Error(result.error.message)
  return result.data as DashboardTrend
}
