import type { marketingReach as en } from '../en/marketing-reach'

/** 合法触达：营销同意、目标名单导出和"一起购买"组合。 */
export const marketingReach: typeof en = {
  consent: {
    title: '营销同意',
    consent: '同意接收营销信息',
    values: { yes: '同意', no: '不同意', unknown: '未询问' },
    on: '同意日期',
    source: '方式',
    sources: { in_store: '到店', form: '签署表格', import: '导入', verbal: '口头', wechat: '微信', other: '其他' },
    noSource: '—',
    doNotContact: '请勿联系',
    doNotContactHint: '无论是否同意，都不会出现在任何目标名单中。',
    wechatId: '微信号',
    save: '保存',
    saved: '营销同意已保存。',
    undo: '撤销',
    undone: '已撤销同意状态的修改。',
    nothingToChange: '请选择要修改的内容。',
    law: '根据《个人信息保护法》，发送营销信息前应取得客户同意。',
  },
}
