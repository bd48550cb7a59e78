import type { privacy as en } from '../en/privacy'

/** 客户的个人信息（个人信息保护法下的查阅与删除请求），在客户页上。 */
export const privacy: typeof en = {
  panelTitle: '个人信息',
  panelBody: '应客户依《个人信息保护法》提出的请求：导出 Kehu 保存的该客户全部信息给客户，或删除该客户的个人信息。',
  export: '导出该客户的信息',
  exportTitle: '保存该客户的信息',
  exportFileName: '客户信息',
  exported: '已保存 {{files}} 个文件（共 {{count}} 行）',
  erase: '删除该客户的个人信息…',
  erased: '已删除 {{name}} 的个人信息。{{orders}} 笔订单仍保留在账目中，不再关联客户。',
  dialog: {
    title: '永久删除 {{name}} 的个人信息？',
    intro: '此操作无法撤销。仅在客户要求删除时使用；否则请将客户移入回收站。',
    keeps: '保留但不再关联客户，销售总额不变',
    empties: '保留但清空文字内容',
    deletes: '删除',
    orders: '订单：{{count}}',
    deals: '商机：{{count}}',
    tickets: '工单：{{count}}',
    surveyResponses: '调查回答：{{count}}',
    activities: '时间线记录：{{count}}',
    tasks: '任务：{{count}}',
    tags: '标签：{{count}}',
    segments: '所属分群：{{count}}',
    campaigns: '参与的营销活动：{{count}}',
    merged: '曾合并到此客户的客户：{{count}}',
    audit: '操作日志中该客户的姓名与联系方式将被清除（{{count}} 条更改）；日志会记录发生过一次删除。',
    typeName: '输入客户姓名以确认',
    confirm: '永久删除',
    cancel: '取消',
  },
}
