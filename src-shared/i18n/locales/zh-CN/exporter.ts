import type { exporter as en } from '../en/exporter'

export const exporter: typeof en = {
  columns: { date: '日期', customer: '客户', net: '净额', total: '合计', lineTotal: '行金额' },
  manifest: { file: '文件', rows: '行数', amount: '金额合计', sha256: 'SHA-256' },
  title: '导出',
  kinds: { customers: '客户', orders: '订单（每行一个商品）', accountant: '会计资料包' },
  period: '期间',
  from: '从',
  to: '到',
  encoding: '编码',
  encodings: { utf8bom: 'UTF-8（Excel 可正确显示中文）', gb18030: 'GB18030（旧版中文软件）' },
  headers: '列名',
  headerStyles: { ui: '使用界面语言', keys: '固定英文键名' },
  zip: '打包为一个 .zip 文件',
  run: '导出…',
  done: '已导出 {{count}} 个文件。',
  exportList: '导出为 CSV',
  lists: { customers: '客户' },
}
