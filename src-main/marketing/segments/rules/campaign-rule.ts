import type { RuleOf } from '../../../../src-shared/domain/segment'
import { COUNTED_ORDER } from '../../../insights/sql/counted-orders'
import type { CompileEnv } from '../compile-env'

const MEMBER_FILTER = {
  member: '',
  contacted: ' AND m.contacted_at IS NOT NULL',
  responded: ' AND m.responded_at IS NOT NULL',
  notResponded: ' AND m.responded_at IS NULL',
  bought: '',
} as const

/**
 * Members of a campaign by their response. "Bought": a member with a counted order credited to
 * the campaign (the order carries it, as the campaign revenue figures count it).
 */
export function campaignSql(rule: RuleOf<'campaign'>, env: CompileEnv): string {
  const campaign = env.param(rule.campaignId)
  const bought =
    rule.response === 'bought'
      ? ` AND m.customer_id IN (SELECT o.customer_id FROM orders o WHERE o.campaign_id = ${campaign} AND ${COUNTED_ORDER})`
      : ''
  return `c.id IN (SELECT m.customer_id FROM campaign_members m
    WHERE m.campaign_id = ${campaign}${MEMBER_FILTER[rule.response]}${bought})`
}
