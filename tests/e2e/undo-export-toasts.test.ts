import { randomUUID } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resources } from '../../src-shared/i18n'
import type { ImportAnalysis } from '../../src-shared/ipc/channels/csv-import'
import { makeTempDir } from '../support/temp-dir'
import { launchBrowser, noBrowserReason, openApp } from './support/browser'
import { startHarness, type Harness } from './support/harness'

const SHOTS = resolve(__dirname, '../../test-results/screens')
const LOCALES = ['zh-CN', 'en'] as const
const THEMES = ['light', 'dark'] as const
const WORDS = {
  'zh-CN': { undo: '撤销', exportTitle: '导出', exportRun: '导出…', kept: '保留', owners: '客户.csv', exported: '客户 (2).csv' },
  en: {
    undo: 'Undo',
    exportTitle: 'Export',
    exportRun: 'Export…',
    kept: 'Kept',
    owners: 'customers.csv',
    exported: 'customers (2).csv',
  },
}

/**
 * What the owner reads after an undo that kept their work, and after an export into a folder
 * that already held the file it writes (the panel names files in the UI language by default:
 * 客户.csv, customers.csv): in both languages and themes, saved for a person to look at
 * (test-results/screens/undo-kept-*, export-numbered-*). Asserted: the toast names what was kept
 * and the file the export took, and no catalog key shows through.
 */
describe.skipIf(noBrowserReason)('the undo and export toasts say what was kept and written', () => {
  const temp = makeTempDir('kehu-e2e-toasts-')
  let harness: Harness
  let browser: Browser
  beforeAll(async () => {
    harness = await startHarness({ locale: 'zh-CN', dataDir: temp.dir })
    browser = await launchBrowser()
    mkdirSync(SHOTS, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
    temp.cleanup()
  })

  /** Imports three customers, then logs a call on the first and tags the second, as the owner would. */
  async function importAndWorkOn(tag: string): Promise<string> {
    const fileName = `customers-${tag}.csv`
    const file = join(temp.dir, fileName)
    writeFileSync(
      file,
      ['姓名,手机', `陈大文${tag},1380013${tag}01`, `林小美${tag},1380013${tag}02`, `周杰${tag},1380013${tag}03`].join('\n'),
    )
    await harness.queueDialog('openFile', file)
    const picked = await harness.invoke<ImportAnalysis>('csv.pick', { kind: 'customers' })
    await harness.invoke('csv.import', { fileId: picked.fileId, jobId: randomUUID(), kind: 'customers', dryRun: false })
    const idOf = async (name: string): Promise<number> =>
      (await harness.invoke<{ id: number }[]>('customers.search', { query: name, limit: 1 }))[0].id
    await harness.invoke('activities.add', { customerId: await idOf(`陈大文${tag}`), kind: 'call', body: '回访：想再订一批' })
    await harness.invoke('customers.tag', { ids: [await idOf(`林小美${tag}`)], tagName: 'VIP' })
    return fileName
  }

  for (const locale of LOCALES) {
    for (const theme of THEMES) {
      it(`${locale} ${theme}`, async () => {
        const tag = String(LOCALES.indexOf(locale) * 2 + THEMES.indexOf(theme))
        await harness.invoke('settings.set', { locale, theme })
        const fileName = await importAndWorkOn(tag)
        const { page, problems } = await openApp(browser, harness.url, locale === 'en' ? 'en-US' : 'zh-CN')
        // By name, not position: other modules add pages to the sidebar.
        await page
          .getByRole('navigation', { name: resources[locale].nav.mainNavigation })
          .getByRole('button', { name: resources[locale].nav.csv })
          .click()
        await page.getByRole('button', { name: `${WORDS[locale].undo}: ${fileName}` }).click()
        const toast = page.locator('.toast__message').last()
        await expect.poll(() => toast.textContent()).toContain(WORDS[locale].kept)
        const undone = (await toast.textContent()) ?? ''
        expect(undone).toContain(`陈大文${tag}`)
        expect(undone).toContain(`林小美${tag}`)
        expect(undone).not.toMatch(/[a-z]+\.[a-z]+\.[a-z]+|\{\{/) // no catalog key, no unfilled placeholder
        await page.screenshot({ path: join(SHOTS, `undo-kept-${locale}-${theme}.png`) })

        const folder = join(temp.dir, `export-${tag}`)
        mkdirSync(folder)
        writeFileSync(join(folder, WORDS[locale].owners), 'the owner’s own file')
        await harness.queueDialog('chooseFolder', folder)
        await page.getByRole('combobox', { name: WORDS[locale].exportTitle, exact: true }).selectOption('customers')
        await page.getByRole('button', { name: WORDS[locale].exportRun }).click()
        const exported = page.locator('.toast__message', { hasText: WORDS[locale].exported })
        await expect.poll(() => exported.count()).toBe(1)
        expect(readFileSync(join(folder, WORDS[locale].owners), 'utf8')).toBe('the owner’s own file')
        await page.screenshot({ path: join(SHOTS, `export-numbered-${locale}-${theme}.png`) })
        expect(problems).toEqual([])
        await page.context().close()
      })
    }
  }
})
