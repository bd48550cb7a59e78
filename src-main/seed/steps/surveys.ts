import { DAY_MS } from '../calendar/festivals'
import { rowInserter } from '../../db/sql'
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
const pickChannel = weightedPicker<string>([
  ['wechat', 45],
  ['phone', 25],
  ['sms', 20],
  ['paper', 10],
])

/**
 * Survey requests and their answers, as the app makes them: one CSAT request per ticket when it
 * was first resolved, answered for about half of them; NPS requests to about 12% of buyers
 * (periodic surveys, batched by month), two thirds answered. A quarter of the answers carry a
 * comment that fits the score.
 */
export function generateSurveys(ctx: SeedContext, customers: CustomerPlan, tickets: TicketLog): void {
  const rng = ctx.rng('surveys')
  const { asOfMs } = ctx.calendar
  const request = rowInserter(ctx.db, 'survey_requests', [
    'uid',
    'ticket_id',
    'customer_id',
    'asks_csat',
    'asks_nps',
    'batch',
    'requested_at',
    'created_at',
    'updated_at',
  ])
  let requests = 0
  let rows = 0
  const answer = (
    requestId: number,
    customer: number,
    ticket: number | null,
    kind: 'csat' | 'nps',
    score: number,
    ms: number,
  ) => {
    const good = kind === 'csat' ? score >= 4 : score >= 9
    const comment = rng.chance(0.25) ? ctx.say(rng.pick(good ? SURVEY_COMMENTS.good : SURVEY_COMMENTS.bad)) : ''
    const survey = {
      customerId: customers.ids[customer],
      ticketId: ticket,
      requestId,
      channel: pickChannel(rng),
      kind,
      score,
      comment,
      at: iso(ms),
    }
    insertSurveyResponse(ctx.db, survey, { uid: ctx.uid(ms), createdAt: iso(ms), updatedAt: iso(ms) })
    rows++
  }
  tickets.ids.forEach((ticket, t) => {
    const asked = tickets.resolvedMs[t]
    const id = request([
      ctx.uid(asked),
      ticket,
      customers.ids[tickets.customer[t]],
      1,
      0,
      null,
      iso(asked),
      iso(asked),
      iso(asked),
    ])
    requests++
    if (!rng.chance(0.55)) return
    const at = tickets.finalResolvedMs[t] + rng.logNormal(6 * 3_600_000, 1)
    if (at >= asOfMs) return
    const unhappy = tickets.kind[t] === 'complaint' || tickets.finalResolvedMs[t] - tickets.openedMs[t] > 3 * DAY_MS
    answer(id, tickets.customer[t], ticket, 'csat', (unhappy ? csatUnhappy : csatHappy)(rng), at)
  })
  for (let c = 0; c < customers.count; c++) {
    if (customers.lifecycle[c] === Lifecycle.prospect || !rng.chance(0.12)) continue
    const asked = npsTime(rng, customers, c, asOfMs)
    const batch = `nps-${iso(asked).slice(0, 7)}`
    const id = request([ctx.uid(asked), null, customers.ids[c], 0, 1, batch, iso(asked), iso(asked), iso(asked)])
    requests++
    const at = asked + rng.logNormal(DAY_MS, 1)
    if (!rng.chance(2 / 3) || at >= asOfMs) continue
    answer(id, c, null, 'nps', (customers.lifecycle[c] === Lifecycle.churned ? npsChurned : npsActive)(rng), at)
  }
  ctx.wrote('survey_requests', requests)
  ctx.wrote('survey_responses', rows)
}

/** Some time after the first purchase, while still a customer. */
function npsTime(rng: Rng, customers: CustomerPlan, c: number, asOfMs: number): number {
  const span = Math.max(1, customers.endDay[c] - customers.firstDay[c]) * DAY_MS
  return Math.min(asOfMs - 1, customers.createdMs[c] + DAY_MS + rng.next() * span)
}
