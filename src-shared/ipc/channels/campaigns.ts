import { z } from 'zod'
import { channel } from '../channel'
import type { CampaignChoice } from '../../domain/order-types'

/** Campaigns as other modules read them; the marketing module will add its own channels here. */
export const campaignChannels = {
  /** Campaigns an order can be credited to: not deleted, newest first. */
  'campaigns.choices': channel<CampaignChoice[]>()(z.strictObject({})),
}
