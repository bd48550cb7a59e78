import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateShop } from '../../src-main/seed/generate-shop'
import type { ServiceResult } from '../../src-shared/domain/analytics'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { daysAgo } from './support/days'

let backend: TestBackend
beforeAll(() => {
  backend = openTestBackend()
  generateShop(backend.db, { customers: 400, orders: 800, seed: 23, locale: 'zh-CN' })
})
afterAll(() => backend.close())

/** Local midnight of a day as a UTC instant, worked out here without the insights' helpers. */
const midnight = (day: string, plus = 0): string => {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(y, m - 1, d + plus).toISOString()
}

function answersBySql(kind: 'csat' | 'nps', from: string, to: string): Map<number, number> {
  const rows = backend.db
    .prepare('SELECT score, count(*) AS n FROM survey_responses WHERE kind = ? AND at >= ? AND at < ? GROUP BY score')
    .all(kind, midnight(from), midnight(to, 1)) as { score: number; n: number }[]
  return new Map(rows.map((r) => [r.score, r.n]))
}

describe('analytics.service score distributions', () => {
  for (const [from, to] of [
    [daysAgo(120), daysAgo(0)],
    [daysAgo(30), daysAgo(10)],
    ['2001-01-01', '2001-03-31'],
  ]) {
    it(`CSAT per score, NPS per score and groups, tickets per month: ${from}..${to}`, async () => {
      const result = await backend.dispatch('analytics.service', { from, to })
      if (!result.ok) throw new Error(result.error.message)
      const data = result.data as ServiceResult
      const csat = answersBySql('csat', from, to)
      const nps = answersBySql('nps', from, to)
      expect(data.csatCounts).toEqual([1, 2, 3, 4, 5].map((s) => csat.get(s) ?? 0))
      expect(data.npsCounts).toEqual(Array.from({ length: 11 }, (_, s) => nps.get(s) ?? 0))
      const group = (lo: number, hi: number): number =>
        [...nps].filter(([s]) => s >= lo && s <= hi).reduce((a, [, n]) => a + n, 0)
      expect(data.npsGroups).toEqual({ detractors: group(0, 6), passives: group(7, 8), promoters: group(9, 10) })
      if (from === daysAgo(120)) expect(data.csat.responses * data.nps.responses * data.tickets.opened).toBeGreaterThan(0)
      expect(data.csatCounts.reduce((a, b) => a + b, 0)).toBe(data.csat.responses)
      if (data.nps.score !== null) {
        expect(data.nps.score).toBeCloseTo(((data.npsGroups.promoters - data.npsGroups.detractors) / data.nps.responses) * 100, 9)
      }
      const opened = backend.db
        .prepare(
          `SELECT substr(datetime(opened_at, 'localtime'), 1, 7) AS month, count(*) AS n FROM tickets
            WHERE deleted_at IS NULL AND merged_into_id IS NULL AND opened_at >= ? AND opened_at < ? GROUP BY month`,
        )
        .all(midnight(from), midnight(to, 1)) as { month: string; n: number }[]
      const byMonth = new Map(opened.map((r) => [r.month, r.n]))
      expect(data.monthlyTickets.map((m) => [m.month, m.opened])).toEqual(
        data.monthlyTickets.map((m) => [m.month, byMonth.get(m.month) ?? 0]),
      )
      expect(data.monthlyTickets[0].from).toBe(from)
      expect(data.monthlyTickets.at(-1)!.to).toBe(to)
    })
  }
})
