import type { settings as en } from '../en/settings'

export const settings: typeof en = {
  title: '设置',
  subtitle: '更改会立即保存。',
  saveFailed: '设置未保存：{{message}}',
  general: {
    title: '语言与货币',
    language: '界面语言',
    languageHint: '在此选择之前，Kehu 使用电脑的系统语言。',
    currency: '货币',
    currencyHint: '用于价格、订单金额和营业额。金额不会换算。',
  },
  security: { title: '安全' },
  appearance: {
    title: '外观',
    theme: '主题',
    system: '跟随系统',
    light: '浅色',
    dark: '深色',
  },
  currencies: {
    CNY: '人民币（CNY）',
    USD: '美元（USD）',
    EUR: '欧元（EUR）',
    HKD: '港币（HKD）',
    TWD: '新台币（TWD）',
    GBP: '英镑（GBP）',
    JPY: '日元（JPY）',
  },
  about: {
    title: '关于 Kehu',
    version: '版本',
    dataFile: '数据文件',
    schemaVersion: '数据格式版本',
    platform: '运行方式',
    platformElectron: '桌面应用',
    platformWeb: '浏览器测试环境',
    platformCli: '命令行',
    integrity: '数据文件检查',
    unavailable: '暂时无法获取这些信息。',
    privacy: 'Kehu 离线工作：您的数据只保存在这台电脑上的这个文件里。',
  },
}
