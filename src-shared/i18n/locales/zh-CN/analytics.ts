import type { analytics as en } from '../en/analytics'

type Catalog<T> = { [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> }

export const analytics: Catalog<typeof en> = {
  rfm: {
    segments: {
      champions: { name: '重要价值客户', explanation: '最近买过、买得勤、花得最多。' },
      loyal: { name: '忠诚客户', explanation: '经常购买，而且不久前刚来过。' },
      potentialLoyalist: { name: '潜在忠诚客户', explanation: '最近买过，而且不止一次，但还不算勤：有望成为忠诚客户。' },
      new: { name: '新客户', explanation: '最近刚完成第一次购买，也只买过这一次。' },
      promising: { name: '潜力客户', explanation: '买过一次，时间不算久：下一步是让他们再买一次。' },
      needAttention: { name: '需要关注', explanation: '买过不止一次，但既不算近也不算勤：现在提醒一下也许能留住。' },
      aboutToSleep: { name: '即将沉睡', explanation: '买过一次，已经有一段时间了：没有再来的理由就会流失。' },
      cantLose: { name: '不能流失', explanation: '以前买得勤、花得多，但已经很久没来了。' },
      atRisk: { name: '流失风险', explanation: '以前常买，最近没有再来。' },
      hibernating: { name: '沉睡客户', explanation: '很久以前买过，次数少。' },
      lost: { name: '已流失', explanation: '上次购买是所有客户中最久远的，次数少：最不可能再回来。' },
    },
    scores: '1–5 分按最近购买、购买频次和消费金额把客户分成五等份（5 分最好）。',
  },
  models: {
    holtWinters: 'Holt-Winters（季节性指数平滑）',
    arima: 'ARIMA',
    linear: '线性趋势',
  },
  churn: {
    features: {
      recencyDays: '距上次购买天数',
      frequency: '订单数',
      monetary: '累计消费',
      tenureDays: '距首次购买天数',
      tickets: '服务工单数',
      lastSatisfaction: '最近满意度评分',
      intercept: '截距',
    },
    method: '用 {{windowDays}} 天前的客户数据训练：他们在之后的 {{windowDays}} 天里是否再次购买？再用今天的数据为现有客户打分。',
  },
  basis: {
    howMade: '计算方法',
    summary: '依据 {{from}} 至 {{to}} 的 {{rows}} 个{{unit}}。',
    units: {
      orders: '订单',
      customers: '客户',
      baskets: '含商品的订单',
      tickets: '工单',
      deals: '商机',
      campaigns: '营销活动',
    },
  },
  errors: {
    fromAfterTo: '结束日期不能早于开始日期。',
  },
  /** The forecast's model in words (pipeline insights and the dashboard). */
  forecast: {
    model: '模型：{{model}}。选择它是因为它对留出的最近 {{holdout}} 个月预测最准（典型误差 {{error}}）。',
    modelFit: '用全部月份拟合：{{fit}}。',
    candidates: '各模型在留出月份上的误差',
    candidate: '{{model}}：典型误差 {{error}}',
    notRun: '{{model}}：需要 {{needed}} 个月的数据',
    models: {
      holtWinters: 'Holt-Winters（季节性）',
      arima: 'ARIMA',
      linear: '线性趋势',
    },
    fits: {
      sse: '拟合月份的典型误差 {{value}}',
      sigma2: '残差标准差 {{value}}',
      r2: 'R² {{value}}',
    },
  },
}
