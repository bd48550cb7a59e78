import type { empty as en } from '../en/empty'

export const empty: typeof en = {
  comingSoon: '将在下个版本推出',
  marketing: {
    title: '将在下个版本推出：营销',
    body: '查看每个活动的花费与回报，用通俗的话说明客户分组。',
  },
  nextStepCustomers: '现在可以先查看客户',
}
