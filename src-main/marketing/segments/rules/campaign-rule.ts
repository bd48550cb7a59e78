import type { RuleOf } from '../../../../src-shared/domain/segment'
import type { CompileEnv } from '../compile-env'

const MEMBER_FILTER = {
  member: '',
  contacted: ' AND m.contacted_at IS NOT NULL',
  responded: ' AND m.responded_at IS NOT NULL',
  notResponded: ' AND m.responded_at IS NULL',
  bought: '',
} as const

/**
 * Members of a campaign by their response. "Bought": a member with an order the campaign's
 * figures count as its own (the one attribution rule: the order carries the campaign, or came
 * within the window after a contact).
 */
export function campaignSql(rule: RuleOf<'campaign'>, env: CompileEnv): string {
  const campaign = env.param(rule.campaignId)
  const bought =
    rule.response === 'bought'
      ? ` AND m.customer_id IN (SELECT value FROM json_each(${env.param(JSON.stringify(env.campaignBuyers(rule.campaignId)))}))`
      : ''
  return `c.id IN (SELECT m.customer_id FROM campaign_members m
    WHERE m.campaign_id = ${campaign}${MEMBER_FILTER[rule.response]}${bought})`
}
