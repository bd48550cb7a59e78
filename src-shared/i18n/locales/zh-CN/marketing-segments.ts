import type { marketingSegments as en } from '../en/marketing-segments'

/** 营销页的客户分群、分群条件编辑器和客户生命周期阶段。 */
export const marketingSegments: typeof en = {
  validation: {
    bounds: '请至少填写一个界限。',
    minAboveMax: '最小值大于最大值。',
    fromAfterTo: '开始日期晚于结束日期。',
    clusterOutOfRange: '有簇编号不在 k 个簇之内。',
    duplicates: '有重复的值。',
  },
}
