import { afterAll, describe, expect, it } from 'vitest'
import { i18n } from '../../../src-renderer/src/lib/i18n'

describe('import/export toasts format their counts by locale', () => {
  afterAll(() => void i18n.changeLanguage('en'))
  it.each([
    [
      'en',
      'Exported 100,000 rows to 客户.csv.',
      'Exported 1,204 files.',
      'Import undone: 100,000 records removed, 2,500 restored.',
    ],
    ['zh-CN', '已导出 100,000 行到 客户.csv。', '已导出 1,204 个文件。', '已撤销导入：删除 100,000 条，恢复 2,500 条。'],
  ])('%s', async (locale, list, pack, undo) => {
    await i18n.changeLanguage(locale)
    expect(i18n.t('csv:export.listDone', { rows: 100000, name: '客户.csv' })).toBe(list)
    expect(i18n.t('csv:export.doneFiles', { count: 1204 })).toBe(pack)
    expect(i18n.t('csv:import.undoDone', { removed: 100000, restored: 2500 })).toBe(undo)
  })
})
