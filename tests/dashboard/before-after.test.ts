import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateShop } from '../../src-main/seed/generate-shop'
import type { Clock } from '../../src-main/ipc/clock'
import { BEFORE_AFTER_FIGURES, type BeforeAfterReport } from '../../src-shared/domain/before-after-types'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { bounds, buyersBetween, salesBetween, scoresBetween } from './support/independent'
import { AS_OF } from './support/shop'

/** "Today" for the report: ten days after the seeded history ends, midday in Shanghai. */
const clock: Clock = {
  now: () => Date.parse('2026-07-10T04:00:00Z'),
  timeZone: () => 'Asia/Shanghai',
  setTimer: () => () => undefined,
}

let backend: TestBackend
const zone = process.env.TZ
beforeAll(() => {
  process.env.TZ = 'Asia/Shanghai'
  backend = openTestBackend({ clock })
  generateShop(backend.db, { customers: 400, orders: 4_000, seed: 5, asOf: AS_OF, openDeals: 40 })
})
afterAll(() => {
  process.env.TZ = zone
  backend.close()
})

async function report(input: unknown): Promise<BeforeAfterReport> {
  const result = await backend.dispatch('dashboard.beforeAfter', input)
  if (!result.ok) throw new Error(result.error.message)
  return result.data as BeforeAfterReport
}

/** Each campaign's cost spread over its days, the overlap with [from, to] summed — in SQL, by julianday. */
function campaignCostBetween(from: string, to: string): { cost: number; campaigns: number } {
  return backend.db
    .prepare(
      `SELECT count(*) AS campaigns, coalesce(round(sum(cost * (julianday(min(e, @to)) - julianday(max(s, @from)) + 1)
                / (julianday(e) - julianday(s) + 1))), 0) AS cost
         FROM (SELECT starts_on AS s, coalesce(ends_on, starts_on) AS e, cost FROM campaigns
                WHERE deleted_at IS NULL AND starts_on IS NOT NULL)
        WHERE s <= @to AND e >= @from`,
    )
    .get({ from, to }) as { cost: number; campaigns: number }
}

/** Every figure of one side from the raw tables (null where the report must give a reason). */
function independent(from: string, to: string) {
  const [start, end] = bounds(backend.db, from, to, 480)
  const sales = salesBetween(backend.db, start, end)
  const people = buyersBetween(backend.db, start, end)
  const scores = scoresBetween(backend.db, start, end)
  const campaigns = campaignCostBetween(from, to)
  return {
    revenue: sales.orders ? sales.revenue : null,
    orders: sales.orders || null,
    averageOrderValue: sales.orders ? Math.round(sales.revenue / sales.orders) : null,
    returningShare: people.buyers ? people.returning / people.buyers : null,
    csat: scores.csat,
    nps: scores.nps,
    campaignCost: campaigns.campaigns ? campaigns.cost : null,
  }
}

const PAIRS: [string, number][] = [
  ['2026-05-01', 28],
  ['2026-03-15', 7],
  ['2026-06-11', 1],
  ['2026-01-01', 90],
]

describe('dashboard.beforeAfter against SQL over the raw tables (Asia/Shanghai)', () => {
  it.each(PAIRS)('%s, %i days each side', async (date, days) => {
    const result = await report({ date, days })
    const shift = (n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10)
    expect(result.before).toEqual({ from: shift(-days), to: shift(-1) })
    expect(result.after).toEqual({ from: date, to: shift(days - 1) })
    expect(result).toMatchObject({ days, requestedDays: days, daysToCome: 0 })
    const before = independent(result.before.from, result.before.to)
    const after = independent(result.after.from, result.after.to)
    // The seeded shop has something on both sides, so agreement is not between empty periods.
    expect(before.revenue).toBeGreaterThan(0)
    expect(after.revenue).toBeGreaterThan(0)
    for (const key of BEFORE_AFTER_FIGURES) {
      const row = result.figures[key]
      for (const [side, want] of [
        [row.before, before[key]],
        [row.after, after[key]],
      ] as const) {
        if (want === null) expect(side.value, key).toBeNull()
        else expect(side.value, key).toBeCloseTo(want, 9)
        expect(side.reason === null, key).toBe(want !== null)
      }
      const points = ['returningShare', 'csat', 'nps'].includes(key)
      const b = before[key]
      const a = after[key]
      const change = a === null || b === null ? null : points ? a - b : b === 0 ? null : a / b - 1
      if (change === null) expect(row.change, key).toBeNull()
      else expect(row.change, key).toBeCloseTo(change, 9)
    }
  })

  it('gives reasons, not zeros, for an after period with no data', async () => {
    // History ends 30 June; the week from 1 July is over by "today" (10 July) and empty.
    const result = await report({ date: '2026-07-01', days: 7 })
    expect(result.daysToCome).toBe(0)
    const after = (key: (typeof BEFORE_AFTER_FIGURES)[number]) => result.figures[key].after
    expect(after('revenue')).toEqual({ value: null, basis: 0, reason: 'noOrders' })
    expect(after('orders')).toEqual({ value: null, basis: 0, reason: 'noOrders' })
    expect(after('averageOrderValue')).toEqual({ value: null, basis: 0, reason: 'noOrders' })
    expect(after('returningShare')).toEqual({ value: null, basis: 0, reason: 'noBuyers' })
    expect(after('csat')).toEqual({ value: null, basis: 0, reason: 'noResponses' })
    expect(after('nps')).toEqual({ value: null, basis: 0, reason: 'noResponses' })
    for (const key of BEFORE_AFTER_FIGURES) expect(result.figures[key].change, key).toBeNull()
    expect(result.figures.revenue.before.value).toBeGreaterThan(0)
  })

  it('compares only the days that have passed, on both sides, while the after period is under way', async () => {
    const future = await report({ date: '2026-07-10', days: 14 })
    expect(future).toMatchObject({ days: 14, daysToCome: 14, before: { from: '2026-06-26', to: '2026-07-09' } })
    for (const key of BEFORE_AFTER_FIGURES) {
      expect(future.figures[key].after).toEqual({ value: null, basis: null, reason: 'future' })
      expect(future.figures[key].change).toBeNull()
    }
    // From 5 July, 28 days asked: 5 whole days have passed by 10 July, so 5 against 5.
    const partial = await report({ date: '2026-07-05', days: 28 })
    expect(partial).toMatchObject({ days: 5, requestedDays: 28, daysToCome: 23 })
    expect(partial.before).toEqual({ from: '2026-06-30', to: '2026-07-04' })
    expect(partial.after).toEqual({ from: '2026-07-05', to: '2026-07-09' })
    expect(partial.figures.revenue.before.value).toBe(independent('2026-06-30', '2026-07-04').revenue)
    expect(partial.figures.revenue.after.reason).toBe('noOrders')
  })

  it("spreads a campaign's cost over its days and leaves out one with no start", async () => {
    const insert = backend.db.prepare('INSERT INTO campaigns (name, starts_on, ends_on, cost, deleted_at) VALUES (?, ?, ?, ?, ?)')
    insert.run('Ten days', '2019-03-01', '2019-03-10', 10_000, null)
    insert.run('One day', '2019-03-08', null, 999, null)
    insert.run('Undated', null, null, 50_000, null)
    insert.run('Deleted', '2019-03-01', '2019-03-10', 70_000, '2019-04-01T00:00:00.000Z')
    const result = await report({ date: '2019-03-06', days: 5 })
    expect(result.figures.campaignCost.before).toEqual({ value: 5_000, basis: 1, reason: null })
    expect(result.figures.campaignCost.after).toEqual({ value: 5_999, basis: 2, reason: null })
    expect(result.figures.campaignCost.change).toBeCloseTo(0.1998, 9)
    const none = await report({ date: '2019-05-01', days: 5 })
    expect(none.figures.campaignCost.after).toEqual({ value: null, basis: 0, reason: 'noCampaigns' })
  })

  it('compares 28 days by default and refuses a length out of range or a bad date', async () => {
    expect((await report({ date: '2026-05-01' })).days).toBe(28)
    for (const input of [
      { date: '2026-05-01', days: 0 },
      { date: '2026-05-01', days: 367 },
      { date: '2026-02-30', days: 7 },
    ]) {
      const result = await backend.dispatch('dashboard.beforeAfter', input)
      expect(result).toMatchObject({ ok: false, error: { code: 'validation' } })
    }
  })
})
