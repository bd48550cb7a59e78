/** Where a campaign reaches people; stored as these keys, shown translated (`marketing-campaigns:channel.*`). */
export const CAMPAIGN_CHANNELS = ['wechat', 'sms', 'phone', 'flyer', 'douyin', 'xiaohongshu', 'inStore', 'other'] as const
export type CampaignChannel = (typeof CAMPAIGN_CHANNELS)[number]

/**
 * draft: being prepared, no members → running: launched, its target list frozen into members →
 * ended: closed by the owner (marks and attribution go on: late replies still count).
 */
export const CAMPAIGN_STATUSES = ['draft', 'running', 'ended'] as const
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number]

/** What a campaign earned, by the attribution rule of `src-main/marketing/campaigns/attribution.ts`. */
export interface CampaignFigures {
  members: number
  contacted: number
  responders: number
  /** Distinct customers with an attributed order. */
  buyers: number
  orders: number
  /** Σ (order total − refunded) of the attributed counted orders, minor units. */
  revenue: number
  /** Σ (line total − quantity × product cost) over lines whose product has a cost, less refunded lines' margin. */
  grossProfit: number
  /** Attributed order lines whose product has no cost: they add revenue but no profit. */
  linesWithoutCost: number
  /** Σ cost lines, minor units. */
  cost: number
  /** (gross profit − cost) / cost; null when the campaign cost nothing. */
  roi: number | null
  /** revenue / cost; null when the campaign cost nothing. */
  roas: number | null
  /** cost / buyers; null when nobody bought. */
  costPerBuyer: number | null
  /** The held-out part of the target segment, when the launch kept one. */
  control: ControlFigures | null
}

/** Non-members of the target segment held out at launch, over the same window after the launch. */
export interface ControlFigures {
  customers: number
  buyers: number
  revenue: number
  /** buyers / customers, and the members' buyers / members to compare with. */
  buyerRate: number | null
  memberBuyerRate: number | null
}

export interface CampaignSummary {
  id: number
  name: string
  channel: CampaignChannel
  status: CampaignStatus
  startsOn: string | null
  endsOn: string | null
  attributionDays: number
  launchedAt: string | null
  figures: CampaignFigures
}

export interface CampaignCostLine {
  id: number
  spentOn: string
  item: string
  amount: number
}

export interface CampaignDetail extends CampaignSummary {
  segmentId: number | null
  notes: string
  updatedAt: string
  costLines: CampaignCostLine[]
}

export interface CampaignMemberRow {
  customerId: number
  name: string
  phone: string | null
  contactedAt: string | null
  respondedAt: string | null
  /** Attributed orders of this member to this campaign. */
  orders: number
  revenue: number
}
