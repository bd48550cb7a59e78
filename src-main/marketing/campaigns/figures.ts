import type Database from 'better-sqlite3'
import type { CampaignFigures, ControlFigures } from '../../../src-shared/domain/campaign-types'
import { dayStartUtc, localDayOf, periodInstants, shiftDays } from '../../insights/lib/dates'
import { prepared } from '../../db/sql'
import { contactWindows } from './attribution'
import { ATTRIBUTED_FIGURES, CONTROL_FIGURES, MEMBER_COUNTS } from './figures-sql'

interface Sales {
  campaignId: number
  orders: number
  buyers: number
  memberBuyers: number
  revenue: number
  grossProfit: number
  linesWithoutCost: number
}
interface Members {
  campaignId: number
  members: number
  contacted: number
  responders: number
}
interface Control {
  campaignId: number
  customers: number
  buyers: number
  revenue: number
}
interface CampaignCost {
  id: number
  cost: number
  attributionDays: number
  launchedAt: string | null
}

/** A ratio that is undefined (null) when its denominator is 0: a free campaign has no ROI. */
const ratio = (numerator: number, denominator: number): number | null => (denominator > 0 ? numerator / denominator : null)

/**
 * The figures of every live campaign, by the attribution rule (`attribution.ts`). With a period
 * (local days), only the attributed orders placed in it count; cost and members stay whole.
 * ROI = (gross profit − cost) / cost, ROAS = revenue / cost, cost per buyer = cost / buyers.
 */
export function campaignFigures(
  db: Database.Database,
  period: { from?: string; to?: string } = {},
): Map<number, CampaignFigures> {
  const campaigns = prepared(
    db,
    `SELECT id, cost, attribution_days AS attributionDays, launched_at AS launchedAt FROM campaigns WHERE deleted_at IS NULL`,
  ).all() as CampaignCost[]
  const [start, end] = periodInstants(period)
  const sales = byCampaign(db.prepare(ATTRIBUTED_FIGURES).all({ windows: contactWindows(db), start, end }) as Sales[])
  const members = byCampaign(prepared(db, MEMBER_COUNTS).all() as Members[])
  const controls = byCampaign(db.prepare(CONTROL_FIGURES).all({ controlWindows: controlWindows(campaigns) }) as Control[])
  const figures = new Map<number, CampaignFigures>()
  for (const c of campaigns) {
    const s = sales.get(c.id)
    const m = members.get(c.id)
    const revenue = s?.revenue ?? 0
    const buyers = s?.buyers ?? 0
    const memberCount = m?.members ?? 0
    figures.set(c.id, {
      members: memberCount,
      contacted: m?.contacted ?? 0,
      responders: m?.responders ?? 0,
      buyers,
      orders: s?.orders ?? 0,
      revenue,
      grossProfit: s?.grossProfit ?? 0,
      linesWithoutCost: s?.linesWithoutCost ?? 0,
      cost: c.cost,
      roi: ratio((s?.grossProfit ?? 0) - c.cost, c.cost),
      roas: ratio(revenue, c.cost),
      costPerBuyer: ratio(c.cost, buyers),
      control: controlFigures(controls.get(c.id), s?.memberBuyers ?? 0, memberCount),
    })
  }
  return figures
}

function controlFigures(control: Control | undefined, memberBuyers: number, members: number): ControlFigures | null {
  if (!control || control.customers === 0) return null
  return {
    customers: control.customers,
    buyers: control.buyers,
    revenue: control.revenue,
    buyerRate: ratio(control.buyers, control.customers),
    memberBuyerRate: ratio(memberBuyers, members),
  }
}

/** `[campaign, launch instant, end of the window after the launch day]` of each launched campaign. */
function controlWindows(campaigns: CampaignCost[]): string {
  return JSON.stringify(
    campaigns.flatMap((c) =>
      c.launchedAt ? [[c.id, c.launchedAt, dayStartUtc(shiftDays(localDayOf(c.launchedAt), c.attributionDays + 1))]] : [],
    ),
  )
}

function byCampaign<T extends { campaignId: number }>(rows: T[]): Map<number, T> {
  return new Map(rows.map((r) => [r.campaignId, r]))
}
