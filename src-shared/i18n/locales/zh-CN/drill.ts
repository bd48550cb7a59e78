import type { drill as en } from '../en/drill'

/** 从仪表盘图表下钻到背后的记录、服务卡片的分布，以及用文字说明的流失原因。 */
export const drill: typeof en = {
  chip: {
    label: '当前显示：{{label}}',
    clear: '显示全部（移除“{{label}}”）',
    deals: '{{count, number}} 个商机',
  },
  label: {
    countedOrders: '计入销售的订单，{{range}}',
    campaignOrders: '归属于“{{campaign}}”的订单',
    bundleOrders: '同时包含 {{items}} 的订单',
    rfm: 'RFM 分群“{{segment}}”（截至 {{date}}）',
    cluster: '{{k}} 个客户分组中的{{group}}',
    funnel: '到达“{{stage}}”的商机',
    funnelRange: '{{range}} 创建并到达“{{stage}}”的商机',
    tickets: '{{range}} 新建的工单',
  },
  churnWhy: '这位客户的原因',
  marks: '打开图表背后的记录',
  mark: '{{name}}：{{value}}',
  service: {
    cardTitle: '工单与满意度',
    csatTitle: '满意度（CSAT）各分值回答数',
    csatDescription: '{{from}} 至 {{to}} 的满意度回答，按分值：{{list}}。',
    score: '{{score}} 分',
    npsTitle: '净推荐值（NPS）',
    npsDescription: 'NPS {{nps}}，共 {{responses}} 份回答：推荐者 {{promoters}}，中立者 {{passives}}，贬损者 {{detractors}}。',
    npsGroups: '推荐者 {{promoters}} · 中立者 {{passives}} · 贬损者 {{detractors}}',
    volumeTitle: '每月新建工单',
    volumeDescription: '{{from}} 至 {{to}} 每月新建工单：{{list}}。',
  },
  churn: {
    recencyDays: '已 {{days}} 天未购买',
    recencyGap: '已 {{days}} 天未购买，是平时间隔的 {{ratio}} 倍',
    frequencyLow: '仅下过 {{count}} 单',
    frequencyHigh: '下过 {{count}} 单',
    monetaryLow: '累计仅消费 {{money}}',
    monetaryHigh: '累计消费 {{money}}',
    tenureDays: '成为客户 {{days}} 天',
    tickets: '{{count}} 张服务工单',
    lastSatisfaction: '最近一次满意度 {{score}} 分（满分 5）',
    neverSurveyed: '从未回答过满意度调查',
  },
}
