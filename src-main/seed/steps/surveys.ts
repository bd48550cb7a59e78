import { DAY_MS } from '../calendar/festivals'
import { insertSurveyResponse } from '../../service/write'
import type { Rng } from '../random/seed-rng'
import { weightedPicker, type Weighted } from '../random/weighted-table'
import { iso, type SeedContext } from '../seed-context'
import { SURVEY_COMMENTS } from '../vocab/service-text'
import { Lifecycle, type CustomerPlan } from './customer-plan'
import type { TicketLog } from './tickets'

const scores = (weights: number[], first: number): Weighted<number> => weights.map((w, i) => [first + i, w] as const)

// Most service is fine (CSAT ~75% satisfied); complaints and slow fixes score lower.
const csatHappy = weightedPicker(scores([5, 6, 12, 32, 45], 1))
const csatUnhappy = weightedPicker(scores([15, 15, 22, 26, 22], 1))
// NPS around +25 for active customers; customers who left are mostly detractors.
const npsActive = weightedPicker(scores([2, 1, 2, 2, 3, 5, 7, 12, 18, 22, 26], 0))
const npsChurned = weightedPicker(scores([8, 5, 7, 8, 9, 11, 11, 13, 12, 8, 8], 0))

/**
 * CSAT after about half of the resolved tickets, and NPS from about 8% of buyers once
 * during their time with the shop; a quarter leave a comment that fits the score.
 */
export function generateSurveys(ctx: SeedContext, customers: CustomerPlan, tickets: TicketLog): void {
  const rng = ctx.rng('surveys')
  const write = (customer: number, ticket: number | null, kind: 'csat' | 'nps', score: number, ms: number): void => {
    const good = kind === 'csat' ? score >= 4 : score >= 9
    const comment = rng.chance(0.25) ? ctx.say(rng.pick(good ? SURVEY_COMMENTS.good : SURVEY_COMMENTS.bad)) : ''
    const survey = { customerId: customers.ids[customer], ticketId: ticket, kind, score, comment, at: iso(ms) }
    insertSurveyResponse(ctx.db, survey, { uid: ctx.uid(ms), createdAt: iso(ms), updatedAt: iso(ms) })
    rows++
  }
  let rows = 0
  tickets.ids.forEach((ticket, t) => {
    if (!rng.chance(0.55)) return
    const at = tickets.resolvedMs[t] + rng.logNormal(6 * 3_600_000, 1)
    if (at >= ctx.calendar.asOfMs) return
    const unhappy = tickets.kind[t] === 'complaint' || tickets.resolvedMs[t] - tickets.openedMs[t] > 3 * DAY_MS
    write(tickets.customer[t], ticket, 'csat', (unhappy ? csatUnhappy : csatHappy)(rng), at)
  })
  for (let c = 0; c < customers.count; c++) {
    if (customers.lifecycle[c] === Lifecycle.prospect || !rng.chance(0.08)) continue
    const at = npsTime(rng, customers, c, ctx.calendar.asOfMs)
    write(c, null, 'nps', (customers.lifecycle[c] === Lifecycle.churned ? npsChurned : npsActive)(rng), at)
  }
  ctx.wrote('survey_responses', rows)
}

/** Some time after the first purchase, while still a customer. */
function npsTime(rng: Rng, customers: CustomerPlan, c: number, asOfMs: number): number {
  const span = Math.max(1, customers.endDay[c] - customers.firstDay[c]) * DAY_MS
  return Math.min(asOfMs - 1, customers.createdMs[c] + DAY_MS + rng.next() * span)
}
