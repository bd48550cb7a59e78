import type { beforeAfter as en } from '../en/before-after'

/** 前后对比报告：“这次改变有用吗？”——某一天前后等长的两个期间。 */
export const beforeAfter: typeof en = {
  title: '前后对比',
  intro: '某项改变有没有效果？选择改变发生的日期，Kehu 会比较其前后相同天数的数据。',
  date: '改变日期',
  days: '每侧天数',
  compared: '比较 {{beforeFrom}} 至 {{beforeTo}} 的 {{count}} 天与 {{afterFrom}} 至 {{afterTo}} 的 {{count}} 天。',
  compared_one: '比较 {{beforeFrom}} 与 {{afterFrom}}。',
  toCome_one: '所选 {{requested}} 天中还有 {{count}} 天尚未到来：两侧目前只比较已经过去的天数，随时间推移逐步补齐。',
  toCome_other: '所选 {{requested}} 天中还有 {{count}} 天尚未到来：两侧目前只比较已经过去的天数，随时间推移逐步补齐。',
  allToCome: '“之后”期间尚未开始。',
  figure: '指标',
  before: '之前',
  after: '之后',
  change: '变化',
  figures: {
    revenue: '销售额',
    orders: '订单数',
    averageOrderValue: '平均订单金额',
    returningShare: '回头客占比',
    csat: 'CSAT',
    nps: 'NPS',
    campaignCost: '活动费用',
  },
  points: '{{value}} 个百分点',
  reasons: {
    noOrders: '无订单',
    noBuyers: '无购买客户',
    noResponses: '无调查回复',
    currentOnly: '仅当前',
    future: '尚未到来',
    noCampaigns: '无带日期的活动',
  },
  costNote: '活动费用按其天数平均分摊；没有开始日期的活动不计入。',
}
