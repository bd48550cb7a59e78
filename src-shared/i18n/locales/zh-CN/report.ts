import type { report as en } from '../en/report'

/** 保存页面内容：图表存为图片，仪表盘打印为报告。 */
export const report: typeof en = {
  export: {
    menu: '保存',
    menuLabel: '保存图表“{{title}}”',
    png: '保存为 PNG',
    svg: '保存为 SVG',
    saved: '已保存 {{name}}。',
  },
  print: {
    button: '打印报告',
    preparing: '正在准备报告…',
    saved: '报告已保存为 {{name}}。',
    title: '店铺经营报告',
    fileName: 'Kehu 报告 {{from}} 至 {{to}}',
    period: '期间：{{from}} 至 {{to}}',
    printedAt: '打印于 {{at}}',
  },
  errors: {
    badName: '文件名不能包含 / \\ : * ? " < > | 或控制字符。',
    notPng: '该图片不是 PNG 格式。',
    notSvg: '该图形不是 SVG 文档。',
  },
}
