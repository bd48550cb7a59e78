import { surveyInput, type SurveyInput } from '../../../src-shared/domain/survey'
import { surveyWriter } from '../commit/surveys'
import { customerRefFields } from './customer-ref-fields'
import type { KindSpec } from './types'
import { MATCH_KEYS } from '../../../src-shared/ipc/channels/csv-import'

export const surveysKind: KindSpec<SurveyInput> = {
  kind: 'surveys',
  fields: [
    {
      key: 'kind',
      type: 'enum',
      required: true,
      synonyms: ['类型', '问卷类型', 'kind', 'type', 'survey'],
      values: { 满意度: 'csat', 推荐度: 'nps', csat: 'csat', nps: 'nps' },
    },
    { key: 'score', type: 'integer', required: true, synonyms: ['评分', '分数', '得分', 'score', 'rating'] },
    { key: 'comment', type: 'text', synonyms: ['评价', '留言', '意见', 'comment', 'feedback', 'comments'] },
    {
      key: 'at',
      type: 'datetime',
      synonyms: ['时间', '日期', '提交时间', 'date', 'at', 'submitted at', 'answered at'],
    },
    { key: 'request', type: 'text', synonyms: ['调查请求', '请求编号', '问卷编号', 'request', 'survey request', 'request id'] },
    { key: 'ticketNumber', type: 'text', synonyms: ['工单号', '工单编号', 'ticket', 'ticket number'] },
    ...customerRefFields,
    { key: 'uid', type: 'text', synonyms: ['uid', 'kehu id'] },
  ],
  schema: surveyInput,
  matchKeys: MATCH_KEYS.surveys,
  defaultMatch: ['uid', 'request'],
  writer: surveyWriter,
  table: 'survey_responses',
  fileKeys: { uid: (r) => r.uid },
  uniqueKeys: ['uid'],
}
