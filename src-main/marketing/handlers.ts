import type { DomainHandlers } from '../ipc/handler'
import { campaignChoices } from './campaign-choices'
import { campaignPageHandlers } from './campaigns/handlers'

/** Campaigns: the order form's choices and the marketing page's channels. */
export const campaignHandlers: DomainHandlers<'campaigns'> = {
  'campaigns.choices': (_input, ctx) => campaignChoices(ctx.db),
  ...campaignPageHandlers,
}
