import { DAY_MS } from '../calendar/festivals'
import { addCampaignMember } from '../../marketing/write'
import { iso, type SeedContext } from '../seed-context'
import type { CampaignPlan } from './campaigns'
import type { CustomerPlan } from './customer-plan'
import type { OrderLog } from './orders'

/**
 * Writes who each campaign reached: contacted a day or three before the window, and
 * responded at their first order credited to the campaign (so response rate and ROI agree
 * with the orders).
 */
export function generateCampaignMembers(
  ctx: SeedContext,
  campaigns: CampaignPlan,
  customers: CustomerPlan,
  orders: OrderLog,
): void {
  const rng = ctx.rng('campaign-members')
  let rows = 0
  campaigns.members.forEach((members, campaign) => {
    const startMs = ctx.calendar.asOfMs - (ctx.calendar.days - campaigns.windows[campaign].from) * DAY_MS
    for (const customer of members) {
      const contacted = Math.max(
        customers.createdMs[customer] + 60_000,
        startMs - rng.int(1, 4) * DAY_MS + rng.int(9, 20) * 3_600_000,
      )
      const responded = orders.responses.get(campaign * customers.count + customer)
      addCampaignMember(ctx.db, {
        campaignId: campaigns.ids[campaign],
        customerId: customers.ids[customer],
        contactedAt: iso(contacted),
        respondedAt: responded === undefined ? null : iso(Math.max(responded, contacted)),
      })
      rows++
    }
  })
  ctx.wrote('campaign_members', rows)
}
