import type { palette as en } from '../en/palette'

export const palette: typeof en = {
  label: '命令面板',
  placeholder: '输入页面、操作或客户…',
  results: '结果',
  noResults: '没有与“{{query}}”匹配的结果。',
  searching: '正在搜索…',
  hint: '↑↓ 选择 · Enter 打开 · Esc 关闭',
  groupPages: '前往',
  groupActions: '操作',
  goTo: '前往{{page}}',
  newCustomer: '新建客户',
  switchLanguage: '切换语言为 {{language}}',
  toggleTheme: '切换到{{theme}}主题',
}
