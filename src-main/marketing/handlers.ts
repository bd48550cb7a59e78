import type { DomainHandlers } from '../ipc/handler'
import { campaignChoices } from './campaign-choices'

/** Campaigns as other modules read them; the marketing module's own channels join here. */
export const campaignHandlers: DomainHandlers<'campaigns'> = {
  'campaigns.choices': (_input, ctx) => campaignChoices(ctx.db),
}
