import { dealInput, type DealInput } from '../../../src-shared/domain/deal'
import { dealWriter } from '../commit/deals'
import { customerRefFields } from './customer-ref-fields'
import type { KindSpec } from './types'
import { MATCH_KEYS } from '../../../src-shared/ipc/channels/csv-import'

export const dealsKind: KindSpec<DealInput> = {
  kind: 'deals',
  fields: [
    {
      key: 'title',
      type: 'text',
      required: true,
      synonyms: ['商机名称', '商机', '标题', '名称', 'title', 'deal', 'deal name', 'opportunity'],
    },
    { key: 'value', type: 'money', synonyms: ['金额', '预计金额', '商机金额', 'value', 'amount', 'deal value'] },
    { key: 'stage', type: 'text', synonyms: ['阶段', '销售阶段', 'stage', 'pipeline stage'] },
    { key: 'probability', type: 'ratio', synonyms: ['赢率', '成交概率', '概率', 'probability', 'win probability'] },
    {
      key: 'expectedClose',
      type: 'date',
      synonyms: ['预计成交日期', '预计成交', 'expected close', 'close date', 'expected close date'],
    },
    {
      key: 'status',
      type: 'enum',
      synonyms: ['状态', 'status'],
      values: { 进行中: 'open', 赢单: 'won', 输单: 'lost', open: 'open', won: 'won', lost: 'lost' },
    },
    { key: 'lostReason', type: 'text', synonyms: ['输单原因', 'lost reason', 'reason'] },
    ...customerRefFields,
    { key: 'uid', type: 'text', synonyms: ['uid', 'kehu id'] },
  ],
  schema: dealInput,
  matchKeys: MATCH_KEYS.deals,
  defaultMatch: ['uid'],
  writer: dealWriter,
  table: 'deals',
  fileKeys: { uid: (r) => r.uid },
  uniqueKeys: ['uid'],
}
