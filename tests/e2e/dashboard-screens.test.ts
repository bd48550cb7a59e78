import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src-main/db'
import { generateShop } from '../../src-main/seed/generate-shop'
import { resources } from '../../src-shared/i18n'
import { makeTempDir } from '../support/temp-dir'
import { launchBrowser, noBrowserReason, openApp } from './support/browser'
import { startHarness, type Harness } from './support/harness'
import { noSidewaysSpill, wholePage } from './support/page-shots'

const SHOTS = resolve(__dirname, '../../test-results/screens')
const CARDS = 9

/**
 * The dashboard on a seeded shop (zh-CN light, English dark) and on a shop with no orders,
 * saved for a person to look at (test-results/screens/). Asserted: every card finishes (a chart,
 * a list, or its own reason in the UI language — none left computing), nothing spills out
 * sideways, no request leaves the app, no script fails.
 */
describe.skipIf(noBrowserReason)('screenshots of the dashboard', () => {
  const seeded = makeTempDir('kehu-e2e-dash-shots-')
  let shop: Harness
  let empty: Harness
  let browser: Browser
  beforeAll(async () => {
    const { db } = openDatabase(join(seeded.dir, 'kehu.sqlite'), { create: true })
    generateShop(db, { customers: 800, orders: 5000, tickets: 300, seed: 7, locale: 'zh-CN' })
    db.close()
    shop = await startHarness({ locale: 'zh-CN', dataDir: seeded.dir })
    empty = await startHarness({ locale: 'en' })
    // A few customers and no orders: the cards say why (a shop with nothing at all shows its first steps: demo-shop.test.ts).
    for (const name of ['王芳', 'Anna Lee', '李强']) await empty.invoke('customers.create', { name })
    browser = await launchBrowser()
    mkdirSync(SHOTS, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
    await shop?.stop()
    await empty?.stop()
    seeded.cleanup()
  })

  const cases = [
    { name: 'seeded', locale: 'zh-CN', theme: 'light', charts: 9 },
    { name: 'seeded', locale: 'en', theme: 'dark', charts: 9 },
    // The revenue trend draws its empty days.
    { name: 'no-orders', locale: 'en', theme: 'light', charts: 1 },
    { name: 'no-orders', locale: 'zh-CN', theme: 'dark', charts: 1 },
  ] as const

  for (const c of cases) {
    it(`${c.name} shop, ${c.locale} ${c.theme}`, async () => {
      const harness = c.name === 'seeded' ? shop : empty
      await harness.invoke('settings.set', { locale: c.locale, theme: c.theme })
      const strings = resources[c.locale]
      const { page, problems } = await openApp(browser, harness.url, c.locale === 'en' ? 'en-US' : 'zh-CN')
      await page.getByRole('navigation').getByRole('button', { name: strings.nav.dashboard }).click()
      await expect.poll(() => page.locator('.dashboard-card').count()).toBe(CARDS)
      // The seeded shop by month over the last 12 months: every card full, the forecast after the trend.
      if (c.name === 'seeded') await page.getByLabel(strings.dashboard.period.label, { exact: true }).selectOption('last12Months')
      // Every card done: nothing still says "computing".
      await expect.poll(() => page.getByText(strings.dashboard.loading).count(), { timeout: 60_000 }).toBe(0)
      await expect.poll(() => page.locator('.chart__box[aria-label]').count()).toBe(c.charts)
      if (c.name === 'no-orders') {
        // The models that need sales say why, each in its own card, muted (a reason, not an error);
        // the others say there is nothing yet.
        expect(await page.getByRole('alert').count()).toBe(0)
        // A heavy card can still say it waits for the worker ("queued") a moment after the last "computing" went.
        const reasons = (): Promise<string[]> => page.locator('.dashboard-card [role="status"].muted').allTextContents()
        const prefix = strings.dashboard.failed.split('{{')[0]
        await expect.poll(async () => (await reasons()).filter((reason) => !reason.startsWith(prefix))).toEqual([])
        expect((await reasons()).length).toBeGreaterThan(0)
      } else {
        expect(await page.getByRole('alert').count()).toBe(0)
        // The forecast after the period; its "How this was made" note open, to see it in the shot.
        const trend = page.getByRole('region', { name: strings.dashboard.trend.title })
        await expect.poll(() => trend.locator('.chart__box').getAttribute('aria-label'), { timeout: 30_000 }).toMatch(/95/)
        await trend.getByText(strings.analytics.basis.howMade).click()
        await expect.poll(() => trend.locator('.forecast-model').count()).toBe(1)
        // ECharts draws the lines in from the left over a second: the forecast, on the right, comes last.
        await page.waitForTimeout(1500)
      }
      await noSidewaysSpill(page)
      await wholePage(page, SHOTS, `dashboard-${c.name}-${c.locale}-${c.theme}`)
      expect(problems).toEqual([])
      await page.context().close()
    })
  }
})
