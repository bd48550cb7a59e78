import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resources } from '../../src-shared/i18n'
import type { AppInfo } from '../../src-shared/ipc/channels/app'
import { launchBrowser, noBrowserReason, openApp } from './support/browser'
import { startHarness, type Harness } from './support/harness'
import { noSidewaysSpill, wholePage } from './support/page-shots'

const SHOTS = resolve(__dirname, '../../test-results/screens')

/**
 * First run in Chromium through the harness: an empty shop's dashboard says what to do next;
 * "Open the demo shop" serves the demo file (banner, window title, a dashboard with data);
 * "Back to my shop" serves the owner's empty shop again; the demo keeps what was done in it
 * until "Reset demo". Screenshots of the guidance panel and of the demo banner (zh-CN light,
 * English dark) go to test-results/screens/.
 */
describe.skipIf(noBrowserReason)('the demo shop, from an empty dashboard and back', () => {
  let harness: Harness
  let browser: Browser
  beforeAll(async () => {
    harness = await startHarness({ locale: 'zh-CN' })
    browser = await launchBrowser()
    mkdirSync(SHOTS, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
  })

  const openDashboard = async (page: Page, strings: (typeof resources)['en']): Promise<void> => {
    await page.getByRole('navigation').getByRole('button', { name: strings.nav.dashboard }).click()
  }

  it('shows the first steps in zh-CN (light), and each step goes where it says', async () => {
    await harness.invoke('settings.set', { locale: 'zh-CN', theme: 'light' })
    const strings = resources['zh-CN']
    const { page, problems } = await openApp(browser, harness.url, 'zh-CN')
    await openDashboard(page, strings)
    await page.getByRole('heading', { name: strings.shop.firstRun.title }).waitFor()
    expect(await page.locator('.dashboard-card').count()).toBe(0)
    for (const step of ['import', 'customer', 'order', 'demo'] as const)
      expect(await page.getByRole('button', { name: strings.shop.firstRun[step].action }).count()).toBe(1)
    await noSidewaysSpill(page)
    await wholePage(page, SHOTS, 'first-run-zh-CN-light')

    await page.getByRole('button', { name: strings.shop.firstRun.import.action }).click()
    await page.getByRole('heading', { name: strings.csv.import.title, level: 1 }).waitFor()
    await openDashboard(page, strings)
    await page.getByRole('button', { name: strings.shop.firstRun.customer.action }).click()
    await page.getByRole('dialog').waitFor()
    await page.keyboard.press('Escape')
    // Once the shop has data the demo stays one click away, on the Settings page.
    await page.getByRole('navigation').getByRole('button', { name: strings.nav.settings }).click()
    const section = page.getByRole('heading', { name: strings.shop.settings.title })
    await section.scrollIntoViewIfNeeded()
    expect(await page.getByRole('button', { name: strings.shop.firstRun.demo.action }).count()).toBe(1)
    await page.screenshot({ path: join(SHOTS, 'settings-demo-zh-CN-light.png') })
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('opens the demo shop (English, dark), marks it everywhere, and goes back to the empty shop in one click', async () => {
    await harness.invoke('settings.set', { locale: 'en', theme: 'dark' })
    const strings = resources.en
    const { page, problems } = await openApp(browser, harness.url, 'en-US')
    await openDashboard(page, strings)
    const banner = page.getByRole('region', { name: strings.shop.banner.label })
    expect(await banner.count()).toBe(0)

    await page.getByRole('button', { name: strings.shop.firstRun.demo.action }).click()
    // The window reloads on the demo shop, back on the dashboard.
    await banner.waitFor({ timeout: 30_000 })
    expect(await banner.textContent()).toContain(strings.shop.banner.title)
    expect(await page.title()).toBe('Kehu — Demo shop')
    expect((await harness.invoke<AppInfo>('app.info', {})).shop).toBe('demo')
    expect(existsSync(join(harness.dataDir, 'kehu-demo.sqlite'))).toBe(true)
    await expect.poll(() => page.locator('.dashboard-card').count()).toBe(9)
    await expect.poll(() => page.locator('.chart__box[aria-label]').count(), { timeout: 60_000 }).toBeGreaterThan(0)
    expect(await page.getByRole('heading', { name: strings.shop.firstRun.title }).count()).toBe(0)
    await noSidewaysSpill(page)
    await page.screenshot({ path: join(SHOTS, 'demo-banner-en-dark.png') })

    await banner.getByRole('button', { name: strings.shop.banner.back }).click()
    await page.getByRole('heading', { name: strings.shop.firstRun.title }).waitFor({ timeout: 30_000 })
    expect(await banner.count()).toBe(0)
    expect(await page.title()).toBe('Kehu')
    expect((await harness.invoke<AppInfo>('app.info', {})).shop).toBe('own')
    await wholePage(page, SHOTS, 'first-run-en-dark')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('keeps the demo as it was left, and Reset demo remakes it in the owner’s language (zh-CN, light)', async () => {
    await harness.invoke('settings.set', { locale: 'zh-CN', theme: 'light' })
    const { page, problems } = await openApp(browser, harness.url, 'zh-CN')
    await openDashboard(page, resources['zh-CN'])
    await page.getByRole('button', { name: resources['zh-CN'].shop.firstRun.demo.action }).click()
    // The demo kept its own settings (English, dark) and what was done in it.
    const english = page.getByRole('region', { name: resources.en.shop.banner.label })
    await english.waitFor({ timeout: 30_000 })
    await harness.invoke('customers.create', { name: '练习客户' })
    const practised = async (): Promise<number> =>
      (
        await harness.invoke<{ total: number }>('customers.list', {
          query: '练习客户',
          view: 'active',
          sort: { column: 'name', dir: 'asc' },
          offset: 0,
          limit: 1,
        })
      ).total
    expect(await practised()).toBe(1)

    await english.getByRole('button', { name: resources.en.shop.banner.reset }).click()
    await page.getByRole('dialog').getByRole('button', { name: resources.en.shop.reset.confirm }).click()
    const strings = resources['zh-CN']
    const banner = page.getByRole('region', { name: strings.shop.banner.label })
    await banner.waitFor({ timeout: 30_000 })
    expect(await page.title()).toBe('Kehu 客户 — 演示店铺')
    expect(await practised()).toBe(0)
    await expect.poll(() => page.locator('.chart__box[aria-label]').count(), { timeout: 60_000 }).toBeGreaterThan(0)
    await page.screenshot({ path: join(SHOTS, 'demo-banner-zh-CN-light.png') })
    await banner.getByRole('button', { name: strings.shop.banner.back }).click()
    await page.getByRole('heading', { name: strings.shop.firstRun.title }).waitFor({ timeout: 30_000 })
    expect(problems).toEqual([])
    await page.context().close()
  })
})
