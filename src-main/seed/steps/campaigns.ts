import type { CampaignChannel } from '../../../src-shared/domain/campaign-types'
import { DAY_MS } from '../calendar/festivals'
import { insertCampaign } from '../../marketing/write'
import { iso, isoDate, type SeedContext } from '../seed-context'
import { CAMPAIGN_NAMES } from '../vocab/sales-text'
import type { CustomerPlan } from './customer-plan'

/** One campaign per festival window, with the customers it reached. */
export interface CampaignPlan {
  ids: number[]
  /** Day-index windows `[from, to)`. */
  windows: { from: number; to: number }[]
  /** Customer indexes reached by each campaign. */
  members: number[][]
  /** Members who respond (buy during the window), as [campaign, customer index]. */
  responders: [campaign: number, customer: number][]
}

/** The channels a small shop's festival campaigns use (keys of the fixed list, shown translated). */
const SEED_CHANNELS: readonly CampaignChannel[] = ['wechat', 'douyin', 'xiaohongshu', 'sms', 'flyer']

/** Share of reached customers who buy because of a campaign: a typical promotion response. */
const RESPONSE_RATE = 0.18

/**
 * Inserts a campaign for every festival window in the history (Double 11, 618, New Year
 * goods, Mid-Autumn gifts, Christmas), costs in fen, and picks members among customers who
 * already existed. Members' rows are written after the orders, when responses are known.
 */
export function generateCampaigns(ctx: SeedContext, customers: CustomerPlan): CampaignPlan {
  const rng = ctx.rng('campaigns')
  const plan: CampaignPlan = { ids: [], windows: [], members: [], responders: [] }
  const reach = Math.round(Math.min(customers.count * 0.05, 6000))
  for (const window of ctx.calendar.windows) {
    const startMs = ctx.calendar.asOfMs - (ctx.calendar.days - window.from) * DAY_MS
    const endMs = startMs + (window.to - window.from - 1) * DAY_MS
    const createdMs = startMs - rng.int(3, 15) * DAY_MS + rng.int(0, DAY_MS)
    const name = ctx.say(CAMPAIGN_NAMES[window.kind]).replace('{year}', String(window.year))
    const cost = rng.int(20, 300) * 10_000 // 2,000-30,000 yuan in fen
    const uid = ctx.uid(createdMs)
    const values = {
      name,
      channel: rng.pick(SEED_CHANNELS),
      startsOn: isoDate(startMs),
      endsOn: isoDate(endMs),
      cost,
      notes: '',
      // Launched when prepared (its members are written later, with their contacts).
      status: endMs < ctx.calendar.asOfMs ? 'ended' : 'running',
      launchedAt: iso(createdMs),
    }
    const id = insertCampaign(ctx.db, values, { uid, createdAt: iso(createdMs), updatedAt: iso(createdMs) })
    const members = pickMembers(customers, window.from, reach, rng.next)
    const campaign = plan.ids.length
    for (const member of members) if (rng.chance(RESPONSE_RATE)) plan.responders.push([campaign, member])
    plan.ids.push(id)
    plan.windows.push({ from: window.from, to: window.to })
    plan.members.push(members)
  }
  ctx.wrote('campaigns', plan.ids.length)
  return plan
}

/** Up to `count` distinct customers who arrived before `day`, by rejection sampling. */
function pickMembers(customers: CustomerPlan, day: number, count: number, random: () => number): number[] {
  const chosen = new Set<number>()
  for (let attempt = 0; attempt < count * 20 && chosen.size < count; attempt++) {
    const index = Math.floor(random() * customers.count)
    if (customers.firstDay[index] < day) chosen.add(index)
  }
  return [...chosen]
}
