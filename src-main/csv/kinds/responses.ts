import { campaignResponseInput, type CampaignResponseInput } from '../../../src-shared/domain/campaign-response'
import { MATCH_KEYS } from '../../../src-shared/ipc/channels/csv-import'
import { responseWriter } from '../commit/responses'
import { customerRefFields } from './customer-ref-fields'
import type { KindSpec } from './types'

/** A campaign's members' responses: campaign name, member (code or phone), mark, day. */
export const responsesKind: KindSpec<CampaignResponseInput> = {
  kind: 'responses',
  fields: [
    {
      key: 'campaign',
      type: 'text',
      required: true,
      synonyms: ['活动', '活动名称', '营销活动', 'campaign', 'campaign name'],
    },
    {
      key: 'mark',
      type: 'enum',
      synonyms: ['回应', '反馈', '状态', 'response', 'mark', 'status'],
      values: {
        已联系: 'contacted',
        已触达: 'contacted',
        联系: 'contacted',
        已回应: 'responded',
        已回复: 'responded',
        回复: 'responded',
        回应: 'responded',
        contacted: 'contacted',
        responded: 'responded',
        replied: 'responded',
      },
    },
    { key: 'on', type: 'date', synonyms: ['日期', '回应日期', '联系日期', '时间', 'date', 'on', 'day'] },
    ...customerRefFields.filter((f) => f.key === 'customer.code' || f.key === 'customer.phone'),
  ],
  schema: campaignResponseInput,
  matchKeys: MATCH_KEYS.responses,
  defaultMatch: [],
  writer: responseWriter,
  table: 'campaigns',
}
