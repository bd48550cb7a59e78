import type { common as en } from '../en/common'

export const common: typeof en = {
  appName: 'Kehu 客户',
  appTagline: '小店的客户、销售与服务',
  skipToContent: '跳到主要内容',
  loading: '正在加载…',
  close: '关闭',
  dismiss: '关闭提示',
  undo: '撤销',
  back: '返回',
  retry: '重试',
  notifications: '通知',
  search: '搜索或跳转…',
  openPalette: '打开命令面板（{{shortcut}}）',
  themeToggle: '切换到{{theme}}主题',
  themeLight: '浅色',
  themeDark: '深色',
  editHint: '点击编辑；回车保存，Esc 取消',
  addValue: '添加…',
  pagerRange: '第 {{from}}–{{to}} 条，共 {{total}} 条',
  resizeColumn: '调整“{{column}}”列宽（← →）',
  actionFailed: '操作未成功：{{message}}',
  bridgeMissing: 'Kehu 无法读取数据。请重启应用；您的数据未被更改。',
  integrityTitle: '数据文件已损坏',
  integrityBody:
    'Kehu 发现 {{file}} 中有损坏的页面（{{detail}}）。为保护剩余数据，Kehu 不会再修改它。请在下方恢复最近的完好备份（损坏的文件会另存为一份备份），或先把该文件复制到安全的地方再寻求帮助。',
  passphraseFields: {
    repeat: '再输一次口令',
    tooShort: '至少 {{min}} 个字符。',
    mismatch: '两次输入的口令不一致。',
    strength: { weak: '弱：容易被猜到', fair: '一般：越长越好', strong: '强' },
  },
  validation: {
    dateRange: '日期必须在 1900-01-01 到 2200-12-31 之间。',
    badCharacter: '这段文字含有残缺的字符（半个表情符号或类似符号），请重新输入或粘贴。',
    nulCharacter: '这段文字含有不可见的 NUL 字符（常见于从其他程序复制的内容），请删除后重试。',
  },
}
