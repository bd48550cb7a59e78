import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src-main/db'
import { generateShop } from '../../src-main/seed/generate-shop'
import type { ServiceResult } from '../../src-shared/domain/analytics'
import { resources } from '../../src-shared/i18n'
import { makeTempDir } from '../support/temp-dir'
import { presetRange } from '../../src-renderer/src/features/dashboard/period/presets'
import { launchBrowser, noBrowserReason, openApp } from './support/browser'
import { startHarness, type Harness } from './support/harness'
import { noSidewaysSpill } from './support/page-shots'

const SHOTS = resolve(__dirname, '../../test-results/screens')

/**
 * Drilled lists with their chip and the service details card, saved for a person to look at
 * (test-results/screens/): zh-CN light and English dark. Asserted: the chip names the filter
 * and the count equals the bar, nothing spills sideways, no request leaves the app.
 */
describe.skipIf(noBrowserReason)('screenshots of drill-down', () => {
  const seeded = makeTempDir('kehu-e2e-drill-shots-')
  let shop: Harness
  let browser: Browser
  beforeAll(async () => {
    const { db } = openDatabase(join(seeded.dir, 'kehu.sqlite'), { create: true })
    generateShop(db, { customers: 800, orders: 5000, tickets: 300, seed: 7, locale: 'zh-CN' })
    db.close()
    shop = await startHarness({ locale: 'zh-CN', dataDir: seeded.dir })
    browser = await launchBrowser()
    mkdirSync(SHOTS, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
    await shop?.stop()
    seeded.cleanup()
  })

  for (const c of [
    { locale: 'zh-CN', theme: 'light' },
    { locale: 'en', theme: 'dark' },
  ] as const) {
    it(`service details and a month's tickets, ${c.locale} ${c.theme}`, async () => {
      await shop.invoke('settings.set', { locale: c.locale, theme: c.theme })
      const strings = resources[c.locale]
      const { page, problems } = await openApp(browser, shop.url, c.locale === 'en' ? 'en-US' : 'zh-CN')
      await page.getByRole('navigation').getByRole('button', { name: strings.nav.dashboard }).click()
      // The cards follow the page's period: the last 12 months hold most of the seeded tickets.
      await page.getByLabel(strings.dashboard.period.label, { exact: true }).selectOption('last12Months')
      const card = page.getByRole('region', { name: strings.drill.service.cardTitle })
      await expect.poll(() => card.locator('.chart__box[aria-label]').count(), { timeout: 60_000 }).toBe(3)
      await card.scrollIntoViewIfNeeded()
      await page.waitForTimeout(300)
      await card.screenshot({ path: join(SHOTS, `dashboard-service-details-${c.locale}-${c.theme}.png`) })

      const service = await shop.invoke<ServiceResult>('analytics.service', presetRange('last12Months'))
      const month = service.monthlyTickets.findLast((m) => m.opened > 0)!
      const mark = card.getByRole('button', { name: new RegExp(`^${month.month}[:：]`) })
      await mark.focus()
      await page.keyboard.press('Enter')
      const chip = page.locator('.drill-chip')
      await expect
        .poll(() => chip.getByRole('status').textContent(), { timeout: 30_000 })
        .toMatch(new RegExp(`\\b${month.opened}\\b`))
      await noSidewaysSpill(page)
      await page.screenshot({ path: join(SHOTS, `drill-tickets-${c.locale}-${c.theme}.png`) })

      // The busiest CSAT bar from its keyboard mark: its survey answers, as many as the bar.
      await page.getByRole('button', { name: strings.common.back, exact: true }).click()
      const busiest = service.csatCounts.indexOf(Math.max(...service.csatCounts))
      const score = strings.drill.service.score.replace('{{score}}', String(busiest + 1))
      await card.getByRole('button', { name: new RegExp(`^${score}[:：]`) }).focus()
      await page.keyboard.press('Enter')
      await expect
        .poll(() => chip.getByRole('status').textContent(), { timeout: 30_000 })
        .toMatch(new RegExp(`^${service.csatCounts[busiest].toLocaleString('en')}\\b`))
      await expect.poll(() => page.locator('.data-table tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(1)
      await noSidewaysSpill(page)
      await page.screenshot({ path: join(SHOTS, `drill-answers-${c.locale}-${c.theme}.png`) })

      await page.getByRole('button', { name: strings.common.back, exact: true }).click()
      const clusters = page.getByRole('region', { name: strings.dashboard.clusters.title })
      await expect.poll(() => clusters.locator('.chart__box[aria-label]').count(), { timeout: 60_000 }).toBe(1)
      await clusters
        .getByRole('button')
        .filter({ hasText: strings.dashboard.clusters.group.replace('{{n}}', '1') })
        .first()
        .focus()
      await page.keyboard.press('Enter')
      await expect.poll(() => chip.count(), { timeout: 30_000 }).toBe(1)
      await expect.poll(() => page.getByRole('row').count(), { timeout: 30_000 }).toBeGreaterThan(1)
      await noSidewaysSpill(page)
      await page.screenshot({ path: join(SHOTS, `drill-customers-${c.locale}-${c.theme}.png`) })

      // A month of the revenue trend (the last 12 months, by month), from its keyboard list: its counted orders.
      await page.getByRole('button', { name: strings.common.back, exact: true }).click()
      await page.getByLabel(strings.dashboard.period.label, { exact: true }).selectOption('last12Months')
      const history = page.getByRole('region', { name: strings.dashboard.trend.title })
      await expect.poll(() => history.locator('.chart__box[aria-label]').count(), { timeout: 60_000 }).toBe(1)
      const bucket = (await history.locator('.chart__marks button').nth(-2).textContent())!
      await history.locator('.chart__marks button').nth(-2).focus()
      expect(bucket).toMatch(/^\d{4}-\d{2}[:：]/)
      await page.keyboard.press('Enter')
      await expect.poll(() => chip.count(), { timeout: 30_000 }).toBe(1)
      await expect.poll(() => page.getByRole('row').count(), { timeout: 30_000 }).toBeGreaterThan(1)
      await noSidewaysSpill(page)
      await page.screenshot({ path: join(SHOTS, `drill-orders-${c.locale}-${c.theme}.png`) })
      expect(problems).toEqual([])
      await page.context().close()
    })
  }
})
