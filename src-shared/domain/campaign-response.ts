import { z } from 'zod'
import { CAMPAIGN_MARKS } from './campaign'
import { customerRef, isoDate, requiredText } from './common'

/**
 * One row of a campaign's responses file (what an SMS or WeChat tool exports, plus the
 * campaign's name): the member by customer code or phone, the mark (responded when the file
 * does not say) and the local day (the day of the import when it does not say).
 */
export const campaignResponseInput = z
  .strictObject({
    campaign: requiredText(200),
    mark: z.enum(CAMPAIGN_MARKS).default('responded'),
    on: isoDate.optional(),
    customer: customerRef.strict().optional(),
  })
  .refine((r) => r.customer?.code || r.customer?.phone, {
    message: 'csv.import.reasons.member_required',
    path: ['customer'],
  })

export type CampaignResponseInput = z.output<typeof campaignResponseInput>
