import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateShop } from '../../../src-main/seed/generate-shop'
import { insertSurveyResponse } from '../../../src-main/service/write'
import type { ServiceResult } from '../../../src-shared/domain/analytics'
import type { AnswerDrill } from '../../../src-shared/ipc/channels/drill'
import { call, callError } from '../../customers/helpers'
import { customer, openTicket, useShanghaiHours } from '../../service/support/service-backend'
import { openTestBackend, type TestBackend } from '../../support/test-db'
import { daysAgo } from '../support/days'

/**
 * The answers list behind the service card's CSAT bars and NPS scores and groups: for every mark
 * and several periods its count equals the card's figure and an SQL count written here, with
 * answers that have no ticket or request, an answer whose ticket was merged away (counted, as the
 * card counts it) and answers either side of a local midnight.
 */
let backend: TestBackend
/** Local midnight starting `day`, `plus` days on, as a UTC instant, worked out without the insights' helpers. */
const midnight = (day: string, plus = 0, ms = 0): string => {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(new Date(y, m - 1, d + plus).getTime() + ms).toISOString()
}
const edge = daysAgo(3)
let mergedAnswerId: number
let midnightAnswerId: number
let beforeMidnightAnswerId: number
let mergedNumber: string

beforeAll(async () => {
  backend = openTestBackend()
  generateShop(backend.db, { customers: 300, orders: 600, tickets: 120, seed: 31, locale: 'zh-CN' })
  await useShanghaiHours(backend)
  // A ticket answered, then merged away into its customer's other ticket.
  const c = await customer(backend, '林小雨')
  const dup = await openTicket(backend, midnight(edge, -2, 10 * 3_600_000), { customerId: c })
  const kept = await openTicket(backend, midnight(edge, -2, 11 * 3_600_000), { customerId: c })
  const resolved = await call(backend, 'tickets.setStatus', {
    id: dup.id,
    status: 'resolved',
    at: midnight(edge, -2, 12 * 3_600_000),
    expectedUpdatedAt: dup.updatedAt,
  })
  const answered = await call(backend, 'surveys.record', {
    requestId: resolved.survey!.id,
    csat: 2,
    comment: '回复太慢',
    channel: 'wechat',
    at: midnight(edge, -1, 9 * 3_600_000),
  })
  mergedAnswerId = answered.answers.csat!.id
  mergedNumber = dup.number
  await call(backend, 'tickets.merge', { keepId: kept.id, mergeId: dup.id })
  // Imported answers without ticket or request, on the edge day's midnight and just before it.
  midnightAnswerId = insertSurveyResponse(backend.db, { kind: 'nps', score: 9, at: midnight(edge), channel: 'import' })
  beforeMidnightAnswerId = insertSurveyResponse(backend.db, {
    kind: 'csat',
    score: 4,
    at: midnight(edge, 0, -1),
    customerId: c,
    channel: 'import',
  })
})
afterAll(() => backend.close())

const answers = (drill: AnswerDrill, offset = 0, limit = 500) => call(backend, 'surveys.answers', { drill, offset, limit })
const bySql = (d: AnswerDrill): number[] =>
  backend.db
    .prepare('SELECT id FROM survey_responses WHERE kind = ? AND score BETWEEN ? AND ? AND at >= ? AND at < ? ORDER BY id')
    .pluck()
    .all(d.kind, d.minScore, d.maxScore, midnight(d.from), midnight(d.to, 1)) as number[]

/** Every answer of a drill, paged through 7 at a time, ids sorted. */
async function allIds(drill: AnswerDrill): Promise<number[]> {
  const ids: number[] = []
  for (let offset = 0; ; offset += 7) {
    const page = await answers(drill, offset, 7)
    ids.push(...page.rows.map((r) => r.id))
    if (page.rows.length < 7) return ids.sort((a, b) => a - b)
  }
}

describe('surveys.answers with a drill counts what the service card showed', () => {
  const periods: [string, string][] = [
    [daysAgo(120), daysAgo(0)],
    [edge, edge],
    [daysAgo(4), daysAgo(4)],
    [daysAgo(5), daysAgo(3)],
    ['2001-01-01', '2001-01-31'],
  ]
  for (const [from, to] of periods) {
    it(`every CSAT score, NPS score and NPS group: ${from}..${to}`, async () => {
      const card = (await call(backend, 'analytics.service', { from, to })) as ServiceResult
      const marks: [AnswerDrill, number][] = [
        ...card.csatCounts.map((n, i): [AnswerDrill, number] => [
          { kind: 'csat', minScore: i + 1, maxScore: i + 1, from, to },
          n,
        ]),
        ...card.npsCounts.map((n, i): [AnswerDrill, number] => [{ kind: 'nps', minScore: i, maxScore: i, from, to }, n]),
        [{ kind: 'nps', minScore: 0, maxScore: 6, from, to }, card.npsGroups.detractors],
        [{ kind: 'nps', minScore: 7, maxScore: 8, from, to }, card.npsGroups.passives],
        [{ kind: 'nps', minScore: 9, maxScore: 10, from, to }, card.npsGroups.promoters],
      ]
      for (const [drill, value] of marks) {
        const label = `${drill.kind} ${drill.minScore}–${drill.maxScore}`
        const list = await answers(drill, 0, 5)
        expect(list.total, label).toBe(value)
        expect(list.total, label).toBe(bySql(drill).length)
        expect(list.rows.length, label).toBe(Math.min(value, 5))
        expect(list.rows.every((r) => r.kind === drill.kind && r.score >= drill.minScore && r.score <= drill.maxScore)).toBe(true)
      }
      if (from === periods[0][0]) {
        expect(card.csat.responses * card.nps.responses).toBeGreaterThan(0)
        const busiest = marks.reduce((a, b) => (b[1] > a[1] ? b : a))[0]
        expect(await allIds(busiest)).toEqual(bySql(busiest))
      }
    })
  }

  it('lists an answer whose ticket was merged away, and answers without ticket or request, newest first', async () => {
    const wide: AnswerDrill = { kind: 'csat', minScore: 1, maxScore: 5, from: daysAgo(120), to: daysAgo(0) }
    const ids = await allIds(wide)
    expect(ids).toContain(mergedAnswerId)
    expect(ids).toContain(beforeMidnightAnswerId)
    const twoDays = await answers({ ...wide, minScore: 2, maxScore: 4, from: daysAgo(5), to: daysAgo(4) })
    const merged = twoDays.rows.find((r) => r.id === mergedAnswerId)
    expect(merged).toMatchObject({ score: 2, comment: '回复太慢', channel: 'wechat', ticket: { number: mergedNumber } })
    expect(merged?.customer?.name).toBe('林小雨')
    const imported = twoDays.rows.find((r) => r.id === beforeMidnightAnswerId)
    expect(imported).toMatchObject({ kind: 'csat', score: 4, ticket: null, channel: 'import', at: midnight(edge, 0, -1) })
    expect(twoDays.rows.map((r) => r.at)).toEqual(
      twoDays.rows
        .map((r) => r.at)
        .sort()
        .reverse(),
    )
  })

  it('puts an answer at local midnight in the day it starts, and one a millisecond earlier in the day before', async () => {
    const npsOn = (day: string) => answers({ kind: 'nps', minScore: 9, maxScore: 9, from: day, to: day })
    expect((await npsOn(edge)).rows.map((r) => r.id)).toContain(midnightAnswerId)
    expect((await npsOn(daysAgo(4))).rows.map((r) => r.id)).not.toContain(midnightAnswerId)
    const csatOn = (day: string) => answers({ kind: 'csat', minScore: 4, maxScore: 4, from: day, to: day })
    expect((await csatOn(daysAgo(4))).rows.map((r) => r.id)).toContain(beforeMidnightAnswerId)
    expect((await csatOn(edge)).rows.map((r) => r.id)).not.toContain(beforeMidnightAnswerId)
    const noRequest = (await npsOn(edge)).rows.find((r) => r.id === midnightAnswerId)
    expect(noRequest).toMatchObject({ customer: null, ticket: null })
  })

  it('without a drill lists every answer; a reversed score range or period is refused in words', async () => {
    const all = await call(backend, 'surveys.answers', { offset: 0, limit: 1 })
    expect(all.total).toBe(backend.db.prepare('SELECT count(*) FROM survey_responses').pluck().get())
    const drill = { kind: 'csat', minScore: 4, maxScore: 2, from: edge, to: edge }
    const range = await callError(backend, 'surveys.answers', { drill, offset: 0, limit: 5 })
    expect(range.code).toBe('validation')
    expect(range.message).toContain('The lowest score must not be above the highest.')
    const period = await callError(backend, 'surveys.answers', {
      drill: { ...drill, maxScore: 5, from: edge, to: daysAgo(4) },
      offset: 0,
      limit: 5,
    })
    expect(period.message).toContain('The end date must be on or after the start date.')
  })
})
