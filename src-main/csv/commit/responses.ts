import type { CampaignResponseInput } from '../../../src-shared/domain/campaign-response'
import { normalizePhone } from '../../../src-shared/domain/phone'
import { idFinder } from '../../db/sql'
import { localToday } from '../../insights/lib/dates'
import { campaignByName, campaignMemberRows, isMember, markMember } from '../../marketing/campaigns/response-marks'
import { RowFailure, type KindWriter, type Outcome, type WriterOptions } from './types'

/**
 * Members' responses: each row marks one member of a named campaign contacted or responded on
 * a day. A response file never creates anyone: an unknown customer, campaign or a customer who
 * is not a member fails the row. The campaign is logged with all its members before its first
 * mark, so undoing the import puts every mark back as it was.
 */
export function responseWriter({ db, changes }: WriterOptions): KindWriter<CampaignResponseInput> {
  const campaigns = new Map<string, number>()
  const byCode = idFinder(db, 'customers', 'code')
  const byPhone = idFinder(db, 'customers', 'phone_norm')
  const today = localToday()
  const campaignId = (name: string): number => {
    const cached = campaigns.get(name)
    if (cached !== undefined) return cached
    const found = campaignByName(db, name)
    if (found === 'unknown') throw new RowFailure('unknown_campaign', { value: name })
    if (found === 'ambiguous') throw new RowFailure('ambiguous_campaign', { value: name })
    changes.updated('campaigns', found, (before) => (before.members = campaignMemberRows(db, found)))
    campaigns.set(name, found)
    return found
  }
  const customerId = (ref: CampaignResponseInput['customer']): number => {
    const phone = ref?.phone ? normalizePhone(ref.phone) : null
    const id = ref?.code ? byCode(ref.code) : phone ? byPhone(phone) : undefined
    if (id === undefined) throw new RowFailure('unknown_customer', { value: ref?.code ?? ref?.phone ?? '' })
    return id
  }
  return {
    write(record): Outcome {
      const campaign = campaignId(record.campaign)
      const customer = customerId(record.customer)
      if (!isMember(db, campaign, customer)) throw new RowFailure('not_campaign_member', { value: record.campaign })
      const on = record.on ?? today
      return markMember(db, { campaignId: campaign, customerId: customer, mark: record.mark, on }) ? 'updated' : 'skipped'
    },
    finish: () => undefined,
  }
}
