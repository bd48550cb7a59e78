import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse } from 'csv-parse/sync'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src-main/db'
import { generateShop } from '../../src-main/seed/generate-shop'
import { resources } from '../../src-shared/i18n'
import type { TargetCount } from '../../src-shared/ipc/channels/target-lists'
import { makeTempDir } from '../support/temp-dir'
import { dismissStartDigest, launchBrowser, noBrowserReason, openApp } from './support/browser'
import { startHarness, type Harness } from './support/harness'
import { consentOfEveryKind } from './support/marketing-steps'
import { noSidewaysSpill } from './support/page-shots'

const SHOTS = resolve(__dirname, '../../test-results/screens')
const LOCALES = ['zh-CN', 'en'] as const
const THEMES = ['light', 'dark'] as const
const CUSTOMERS = 600

/**
 * Reaching people lawfully, in Chromium over the real handlers on a seeded shop: consent set
 * on the customer page and in bulk, the bundles tab's rule in words, its one-click segment, and
 * that segment's target list exported — the file's rows read back and compared with the count
 * and the left-out figures the dialog showed. Then screenshots of the tab and the dialog.
 */
describe.skipIf(noBrowserReason)('marketing: consent, bundles and the target-list export', () => {
  const temp = makeTempDir('kehu-e2e-reach-')
  const out = makeTempDir('kehu-e2e-reach-out-')
  let harness: Harness
  let browser: Browser
  beforeAll(async () => {
    const { db } = openDatabase(join(temp.dir, 'kehu.sqlite'), { create: true })
    generateShop(db, { customers: CUSTOMERS, orders: 4000, seed: 5, locale: 'zh-CN' })
    db.close()
    harness = await startHarness({ locale: 'zh-CN', dataDir: temp.dir })
    await consentOfEveryKind(harness, CUSTOMERS)
    browser = await launchBrowser()
    await dismissStartDigest(browser, harness)
    mkdirSync(SHOTS, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
    temp.cleanup()
    out.cleanup()
  })

  const openBundles = async (page: Page, locale: (typeof LOCALES)[number]): Promise<void> => {
    await page.getByRole('navigation').getByRole('button', { name: resources[locale].nav.marketing }).click()
    await page.getByRole('radio', { name: resources[locale]['marketing-reach'].bundles.tab }).check()
    await expect.poll(() => page.getByTestId('bundle-rule').count(), { timeout: 60_000 }).toBeGreaterThan(0)
  }

  /** Clicks rule `index`'s (negative: from the end, where confidence is lowest and most never bought Y) "target buyers of X who never bought Y", then the toast's Export. */
  const targetAndOpenExport = async (page: Page, locale: (typeof LOCALES)[number], index: number): Promise<string> => {
    const strings = resources[locale]['marketing-reach']
    const all = page.getByTestId('bundle-rule')
    const rule = index < 0 ? all.nth((await all.count()) + index) : all.nth(index)
    await rule.getByRole('button').click()
    const toast = page.locator('.toast__message').filter({ hasText: '“' })
    await expect.poll(() => toast.count(), { timeout: 15_000 }).toBe(1)
    const name = /“(.+)”/.exec((await toast.textContent()) ?? '')?.[1] ?? ''
    await page.getByRole('button', { name: strings.bundles.exportList }).click()
    await expect.poll(() => page.getByTestId('target-rows').count(), { timeout: 15_000 }).toBe(1)
    return name
  }

  it('sets consent on the customer page, and it is stored', async () => {
    const { page, problems } = await openApp(browser, harness.url, 'zh-CN')
    const zh = resources['zh-CN']['marketing-reach'].consent
    await page.getByRole('grid').locator('[aria-rowindex="2"]').dblclick()
    const panel = page.locator('.consent-panel')
    await expect.poll(() => panel.count(), { timeout: 15_000 }).toBe(1)
    const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? ''
    await panel.getByRole('radio', { name: zh.values.yes, exact: true }).check()
    await panel.getByRole('combobox', { name: zh.source }).selectOption('verbal')
    await panel.getByRole('textbox', { name: zh.wechatId }).fill('wx_e2e_01')
    await panel.getByRole('button', { name: zh.save }).click()
    await page.screenshot({ path: join(SHOTS, 'marketing-consent-panel-zh-CN-light.png') })
    await expect.poll(() => page.getByText(zh.saved).count(), { timeout: 15_000 }).toBe(1)
    const [hit] = await harness.invoke<{ id: number }[]>('customers.search', { query: heading.trim(), limit: 1 })
    expect(await harness.invoke('consent.get', { customerId: hit.id })).toMatchObject({
      consent: 'yes',
      source: 'verbal',
      wechatId: 'wx_e2e_01',
    })
    expect(problems).toEqual([])
  })

  it('shows a bundle rule in words, creates its segment in one click and exports its target list lawfully', async () => {
    const { page, problems } = await openApp(browser, harness.url, 'zh-CN')
    await openBundles(page, 'zh-CN')
    const words = (await page.locator('.bundles__words').first().textContent()) ?? ''
    expect(words).toMatch(/^买了.+的顾客中，每 \d+ 位有 \d+ 位也买了.+，((仅为|是)平均水平的 [\d.]+ 倍|与平均水平相当)。$/)
    const name = await targetAndOpenExport(page, 'zh-CN', -1)
    const segments = await harness.invoke<{ id: number; name: string; count: number }[]>('segments.list', {})
    const segment = segments.find((s) => s.name === name)
    expect(segment).toBeDefined()
    const counted = await harness.invoke<TargetCount>('targets.count', { source: { kind: 'segment', segmentId: segment!.id } })
    expect(counted.members).toBe(segment!.count)
    const shownExcluded = async (reason: string): Promise<number> => {
      const cell = page.getByTestId(`excluded-${reason}`)
      return (await cell.count()) === 0 ? 0 : Number(((await cell.textContent()) ?? '').replace(/\D/g, ''))
    }
    expect(await shownExcluded('doNotContact')).toBe(counted.excluded.doNotContact)
    expect(await shownExcluded('refused')).toBe(counted.excluded.refused)
    expect(await shownExcluded('unknown')).toBe(counted.excluded.unknown)
    expect(counted.excluded.refused + counted.excluded.unknown).toBeGreaterThan(0)
    const rowsText = (await page.getByTestId('target-rows').textContent()) ?? ''
    expect(rowsText).toContain(`文件将包含 ${counted.rows.toLocaleString('zh-CN')} 行`)
    await page.screenshot({ path: join(SHOTS, 'marketing-export-dialog-excluded-zh-CN-light.png') })

    const path = join(out.dir, 'target.csv')
    await harness.queueDialog('saveFile', path)
    await page.getByRole('button', { name: resources['zh-CN']['marketing-reach'].export.run }).click()
    await expect.poll(() => page.getByTestId('target-written').count(), { timeout: 30_000 }).toBe(1)
    expect(existsSync(path)).toBe(true)
    const rows = parse(readFileSync(path).subarray(3).toString('utf8')) as string[][]
    expect(rows[0]).toEqual(['姓名', '电话', '微信号', '标签'])
    expect(rows.length - 1).toBe(counted.rows)
    expect(counted.rows).toBe(
      counted.members - counted.excluded.doNotContact - counted.excluded.refused - counted.excluded.unknown,
    )
    expect((await page.getByTestId('target-written').textContent()) ?? '').toContain(
      `共 ${counted.rows.toLocaleString('zh-CN')} 行`,
    )

    await page.locator('.modal__footer').getByRole('button', { name: resources['zh-CN']['marketing-reach'].export.close }).click()
    await page.getByRole('radio', { name: resources['zh-CN']['marketing-segments'].tabs.segments }).check()
    await expect.poll(() => page.getByText(name).count(), { timeout: 15_000 }).toBeGreaterThan(0)
    expect(problems).toEqual([])
  })

  let shot = 1
  for (const locale of LOCALES) {
    for (const theme of THEMES) {
      it(`${locale} ${theme}: screenshots of the bundles tab and the export dialog`, async () => {
        await harness.invoke('settings.set', { locale, theme })
        const { page, problems } = await openApp(browser, harness.url, locale === 'en' ? 'en-US' : 'zh-CN')
        await openBundles(page, locale)
        await noSidewaysSpill(page)
        await page.screenshot({ path: join(SHOTS, `marketing-bundles-${locale}-${theme}.png`) })
        await targetAndOpenExport(page, locale, shot++)
        await page.screenshot({ path: join(SHOTS, `marketing-export-dialog-${locale}-${theme}.png`) })
        expect(problems).toEqual([])
      })
    }
  }
})
