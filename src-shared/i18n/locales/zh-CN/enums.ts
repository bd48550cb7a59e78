import type { enums as en } from '../en/enums'

type Catalog<T> = { [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> }

export const enums: Catalog<typeof en> = {
  orderStatus: {
    pending: '待付款',
    paid: '已付款',
    shipped: '已发货',
    completed: '已完成',
    cancelled: '已取消',
    refunded: '已退款',
  },
  dealStatus: { open: '进行中', won: '赢单', lost: '输单' },
  stageKind: { open: '进行中', won: '赢单', lost: '输单' },
  ticketKind: { inquiry: '咨询', complaint: '投诉', return: '退货', repair: '维修' },
  ticketPriority: { low: '低', normal: '普通', high: '高', urgent: '紧急' },
  ticketStatus: { open: '待处理', pending: '等待客户', resolved: '已解决', closed: '已关闭' },
  ticketEventKind: {
    opened: '创建',
    replied: '已回复',
    received: '客户来信',
    status: '状态变更',
    note: '内部备注',
    merged: '已合并',
  },
  messageChannel: { phone: '电话', wechat: '微信', in_person: '当面', sms: '短信', email: '邮件' },
  answerChannel: { phone: '电话', wechat: '微信', paper: '纸质卡片', in_person: '当面', sms: '短信', import: '导入' },
  surveyKind: { csat: '满意度（CSAT）', nps: '推荐度（NPS）' },
  segmentKind: { manual: '手动挑选', filter: '按条件筛选', rfm: 'RFM 分群', cluster: '聚类分群' },
  importStatus: { committed: '已导入', undone: '已撤销' },
  integrityStatus: { checking: '检查中…', ok: '未发现损坏', corrupt: '已损坏' },
}
