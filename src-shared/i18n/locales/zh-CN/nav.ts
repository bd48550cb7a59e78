import type { nav as en } from '../en/nav'

export const nav: typeof en = {
  mainNavigation: '主导航',
  customers: '客户',
  customer: '客户详情',
  orders: '订单',
  order: '订单详情',
  pipeline: '销售管道',
  tickets: '工单',
  marketing: '营销',
  dashboard: '数据看板',
  csv: '导入 / 导出',
  settings: '设置',
  today: '今天',
}
