import type { tickets as en } from '../en/tickets'
import { ticketsUi } from './tickets-ui'

type Catalog<T> = { [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> }

export const tickets: Catalog<typeof en> = {
  ...ticketsUi,
  validation: {
    customerChoice: '请选择已有客户或新建客户，二者只能选其一。',
    mergeSelf: '工单不能合并到它自己。',
    firstResponseAfterResolution: '首次响应目标不能长于解决目标。',
    surveyNeedsQuestion: '至少要问一个问题：CSAT、NPS 或两者。',
    surveyNeedsScore: '请输入 CSAT 或 NPS 评分。',
    periodOrder: '结束日期不能早于开始日期。',
    surveyScoreRequired: '需要评分（CSAT 1–5 或 NPS 0–10）。',
    surveyTimeRequired: '回答时间是多少？除非该行注明了调查请求，否则需要时间。',
    scoreRange: '最低分不能高于最高分。',
  },
}
