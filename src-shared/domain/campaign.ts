import { z } from 'zod'
import { id, ids, isoDate, text, wellFormed } from '../ipc/schemas'
import { CAMPAIGN_CHANNELS } from './campaign-types'

export const DEFAULT_ATTRIBUTION_DAYS = 14

const name = wellFormed(z.string().trim().min(1).max(200))
const amount = z.int().min(0).max(1_000_000_000_000)

/** The fields a person edits on a campaign (every one optional on update). */
export const campaignFields = z.strictObject({
  name,
  channel: z.enum(CAMPAIGN_CHANNELS),
  startsOn: isoDate.nullable(),
  endsOn: isoDate.nullable(),
  attributionDays: z.int().min(0).max(365),
  segmentId: id.nullable(),
  notes: text(5_000),
})

const inOrder = (c: { startsOn?: string | null; endsOn?: string | null }): boolean =>
  !c.startsOn || !c.endsOn || c.endsOn >= c.startsOn
const endsAfterStart = { error: 'marketing-campaigns.validation.endsBeforeStart', path: ['endsOn'] }

export const campaignInput = campaignFields
  .partial({ channel: true, startsOn: true, endsOn: true, attributionDays: true, segmentId: true, notes: true })
  .refine(inOrder, endsAfterStart)
export type CampaignInput = z.output<typeof campaignInput>

export const campaignPatch = campaignFields.partial().refine(inOrder, endsAfterStart)
export type CampaignPatch = z.output<typeof campaignPatch>

/** One line of what a campaign cost: the day it was spent, what for, how much (minor units). */
export const costLineFields = z.strictObject({ spentOn: isoDate, item: wellFormed(z.string().trim().max(200)), amount })
export type CostLineFields = z.output<typeof costLineFields>

/** Members' marks set in bulk: contacted or responded on a local day, or cleared (null). */
export const CAMPAIGN_MARKS = ['contacted', 'responded'] as const
export type CampaignMark = (typeof CAMPAIGN_MARKS)[number]
export const campaignMarkInput = z.strictObject({
  id,
  customerIds: ids,
  mark: z.enum(CAMPAIGN_MARKS),
  on: isoDate.nullable(),
})

/**
 * Launch: the target list is frozen into members — the campaign's saved segment, or the chosen
 * customers when it has none. `controlPercent` of them (drawn at random) are held out as the
 * control, never contacted.
 */
export const campaignLaunchInput = z.strictObject({
  id,
  customerIds: ids.optional(),
  controlPercent: z.int().min(0).max(50).optional(),
})
