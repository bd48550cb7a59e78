import type { marketingGroups as en } from '../en/marketing-groups'

/** 营销页的“RFM 与聚类”标签页：用文字说明客户分组。 */
export const marketingGroups: typeof en = {
  tab: 'RFM 与聚类',
  rfm: {
    title: 'RFM 分层',
    intro:
      '每位有购买记录的客户按最近购买、购买频次和消费金额的得分，恰好属于一个分层。收入为其计入销售的订单（已付款、已发货或已完成）。',
    columns: {
      segment: '分层',
      rule: '规则',
      meaning: '含义',
      customers: '客户数',
      revenue: '收入',
      share: '占比',
      actions: '操作',
    },
    empty: '还没有客户购买过：有了第一笔计入销售的订单后即显示分层。',
    total: '全部购买客户',
    asOf: '截至 {{date}}。',
  },
  rule: {
    r: '最近度 {{range}}',
    f: '频次 {{range}}',
    m: '金额 {{range}}',
    one: '恰好一笔订单',
    several: '多于一笔订单',
    unless: '不属于{{names}}',
    separator: '，',
  },
  clusters: {
    title: '聚类（k 均值）',
    intro: '按最近购买、购买频次和消费金额把客户分组。每组与平均客户比较：高于平均的 {{high}} 倍为高，低于 {{low}} 倍为低。',
    chosenBySilhouette: '按轮廓系数选定 k = {{k}}',
    chosenByOwner: '由您设定 k = {{k}}',
    kLabel: '分组数',
    kAuto: '由数据决定',
    group: '第 {{n}} 组',
    size: '{{count}} 位客户（{{share}}）',
    revenue: '收入 {{amount}}（{{share}}）',
    figures: {
      recencyDays: '上次购买',
      frequency: '订单数',
      monetary: '消费额',
      basket: '客单价',
    },
    days: '{{days}} 天前',
    average: '平均 {{value}}',
    silhouettes: '各 k 的轮廓系数（−1 到 1，越高分得越开）：{{list}}。',
    sampleNote:
      '基于固定抽样（每次相同）：每个 k 在 {{customers}} 位客户中的 {{fitted}} 位上拟合，轮廓系数基于其中 {{sampled}} 位计算；显示的分组使用全部客户拟合。',
  },
  traits: {
    recencyDays: { low: '最近来过', high: '很久没来' },
    frequency: { low: '来得少', high: '来得勤' },
    monetary: { low: '消费低', high: '消费高' },
    basket: { low: '客单价低', high: '客单价高' },
    average: '接近平均客户',
    separator: '，',
  },
  makeSegment: '生成客户群',
  makeSegmentOf: '生成客户群“{{name}}”',
  segmentMade: '已保存客户群“{{name}}”。',
  segmentName: {
    rfm: 'RFM：{{segment}}',
    cluster: '聚类 {{n}}/{{k}}：{{phrase}}',
  },
}
