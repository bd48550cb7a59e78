import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ServiceResult } from '../../src-shared/domain/analytics'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { aroundTheClock } from './support/around-the-clock'
import { daysAgo } from './support/days'
import { Shop } from './support/shop'

let backend: TestBackend
beforeEach(async () => {
  backend = openTestBackend()
  // Durations are business time on the SLA calendar (see service-business-time.test.ts); around
  // the clock they are the clock minutes these figures were worked out in.
  await aroundTheClock(backend)
})
afterEach(() => backend.close())

const later = (iso: string, minutes: number): string => new Date(Date.parse(iso) + minutes * 60_000).toISOString()

describe('analytics.service', () => {
  it('medians and p90 of response and resolution times, CSAT and NPS over the period', async () => {
    const shop = new Shop(backend.db)
    const c = shop.customer('a')
    // Ten tickets answered after 10, 20 … 100 minutes; the first five resolved after 1 … 5 hours.
    for (let i = 1; i <= 10; i++) {
      const opened = Shop.at(daysAgo(i))
      shop.ticket({
        customerId: c,
        openedAt: opened,
        firstResponseAt: later(opened, i * 10),
        resolvedAt: i <= 5 ? later(opened, i * 60) : undefined,
      })
    }
    shop.ticket({ customerId: c, openedAt: Shop.at(daysAgo(20)) }) // unanswered, still counted as opened
    shop.ticket({ customerId: c, openedAt: Shop.at(daysAgo(200)), firstResponseAt: later(Shop.at(daysAgo(200)), 9999) }) // outside
    for (const score of [5, 4, 3, 1]) shop.survey({ customerId: c, kind: 'csat', score, at: Shop.at(daysAgo(2)) })
    for (const score of [10, 9, 9, 8, 6, 0]) shop.survey({ customerId: c, kind: 'nps', score, at: Shop.at(daysAgo(3)) })
    shop.survey({ customerId: c, kind: 'nps', score: 0, at: Shop.at(daysAgo(300)) }) // outside

    const result = await backend.dispatch('analytics.service', { from: daysAgo(30), to: daysAgo(0) })
    if (!result.ok) throw new Error(result.error.message)
    const data = result.data as ServiceResult
    expect(data.tickets.opened).toBe(11)
    // Type-7 quantiles of 10…100: median (50 + 60) / 2, p90 at rank 9.1 → 90 + 0.1 · 10.
    expect(data.tickets.firstResponseMinutes.count).toBe(10)
    expect(data.tickets.firstResponseMinutes.median).toBeCloseTo(55, 6)
    expect(data.tickets.firstResponseMinutes.p90).toBeCloseTo(91, 6)
    expect(data.tickets.resolutionHours).toMatchObject({ count: 5 })
    expect(data.tickets.resolutionHours.median).toBeCloseTo(3, 6)
    expect(data.tickets.resolutionHours.p90).toBeCloseTo(4.6, 6)
    expect(data.csat).toEqual({ score: 50, responses: 4 })
    expect(data.nps.responses).toBe(6)
    expect(data.nps.score).toBeCloseTo(((3 - 2) / 6) * 100, 10)
    expect(data.basis).toMatchObject({ rows: 11, unit: 'tickets', from: daysAgo(30), to: daysAgo(0) })
  })

  it('defaults to the last 90 days and has no scores without answers', async () => {
    const result = await backend.dispatch('analytics.service', {})
    expect(result).toMatchObject({
      ok: true,
      data: {
        from: daysAgo(89),
        to: daysAgo(0),
        tickets: { opened: 0, firstResponseMinutes: { count: 0, median: null, p90: null } },
        csat: { score: null, responses: 0 },
        nps: { score: null, responses: 0 },
      },
    })
  })

  it('rejects an end before the start with a translated message', async () => {
    const result = await backend.dispatch('analytics.service', { from: '2026-03-02', to: '2026-03-01' })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'validation', issues: [{ path: 'to', message: 'The end date must be on or after the start date.' }] },
    })
    expect(await backend.dispatch('analytics.service', { from: 'yesterday' })).toMatchObject({ ok: false })
  })
})
