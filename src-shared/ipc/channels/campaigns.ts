import { z } from 'zod'
import { channel } from '../channel'
import type { CampaignChoice } from '../../domain/order-types'
import {
  campaignInput,
  campaignLaunchInput,
  campaignMarkInput,
  campaignPatch,
  costLineFields,
  CAMPAIGN_MARKS,
} from '../../domain/campaign'
import type { CampaignCostLine, CampaignDetail, CampaignMemberRow, CampaignSummary } from '../../domain/campaign-types'
import { id, isoDateTime, paging } from '../schemas'

/** Campaigns: the order form's choices, and the marketing page's campaigns with their figures. */
export const campaignChannels = {
  /** Campaigns an order can be credited to: not deleted, newest first. */
  'campaigns.choices': channel<CampaignChoice[]>()(z.strictObject({})),
  /** Every live campaign with its figures (attribution, ROI), newest first. */
  'campaigns.list': channel<CampaignSummary[]>()(z.strictObject({})),
  'campaigns.get': channel<CampaignDetail>()(z.strictObject({ id })),
  /** Members page by page, by name; `filter` keeps those with or without a mark. */
  'campaigns.members': channel<{ rows: CampaignMemberRow[]; total: number }>()(
    z.strictObject({
      id,
      ...paging(500),
      filter: z.enum([...CAMPAIGN_MARKS, 'notContacted', 'notResponded', 'bought']).optional(),
    }),
  ),
  'campaigns.create': channel<CampaignDetail>()(campaignInput),
  /** Refused with `stale_edit` when the campaign changed after `expectedUpdatedAt`. */
  'campaigns.update': channel<CampaignDetail>()(z.strictObject({ id, expectedUpdatedAt: isoDateTime, patch: campaignPatch })),
  /** To the trash; `campaigns.restore` undoes it. */
  'campaigns.delete': channel<{ id: number }>()(z.strictObject({ id })),
  'campaigns.restore': channel<CampaignDetail>()(z.strictObject({ id })),
  'campaigns.addCostLine': channel<CampaignCostLine>()(z.strictObject({ campaignId: id, line: costLineFields })),
  'campaigns.updateCostLine': channel<CampaignCostLine>()(z.strictObject({ id, line: costLineFields })),
  /** Removes a line and returns it, so Undo can add it back. */
  'campaigns.removeCostLine': channel<CampaignCostLine & { campaignId: number }>()(z.strictObject({ id })),
  /** Freezes the target list into members; a draft only. */
  'campaigns.launch': channel<CampaignDetail>()(campaignLaunchInput),
  /** A running campaign is closed; marks and attribution go on. */
  'campaigns.end': channel<CampaignDetail>()(z.strictObject({ id })),
  /** Contacted / responded on a day (or cleared) for many members at once; returns how many changed. */
  'campaigns.mark': channel<{ changed: number; batch?: number }>()(campaignMarkInput),
  /** Puts back what one `campaigns.mark` changed (its `batch`), unless a member was marked again since. */
  'campaigns.undoMark': channel<{ restored: number }>()(z.strictObject({ id, batch: id })),
}
