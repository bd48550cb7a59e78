import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateShop } from '../../src-main/seed/generate-shop'
import { resources } from '../../src-shared/i18n'
import { noBrowserReason, openApp } from './support/browser'
import { noSidewaysSpill, wholePage } from './support/page-shots'
import { SHOTS, seededShop } from './support/seeded-shop'

/**
 * The chart's Save menu and the Before / after card (zh-CN light, English dark), saved for a
 * person to look at. Asserted: the menu offers both formats, the card shows every figure with a
 * value or its reason and the days compared in words, nothing spills sideways, no request leaves.
 */
describe.skipIf(noBrowserReason)('screenshots of chart export and before / after', () => {
  const shop = seededShop({
    prefix: 'kehu-e2e-ba-shots-',
    locale: 'zh-CN',
    fill: (db) => {
      generateShop(db, { customers: 600, orders: 4000, tickets: 200, seed: 5, locale: 'zh-CN' })
    },
    dismissDigest: true,
  })

  for (const c of [
    { locale: 'zh-CN', theme: 'light' },
    { locale: 'en', theme: 'dark' },
  ] as const) {
    it(`${c.locale} ${c.theme}`, async () => {
      await shop.harness.invoke('settings.set', { locale: c.locale, theme: c.theme })
      const strings = resources[c.locale]
      const { page, problems } = await openApp(shop.browser, shop.harness.url, c.locale === 'en' ? 'en-US' : 'zh-CN')
      await page.getByRole('navigation').getByRole('button', { name: strings.nav.dashboard }).click()

      const card = page.getByRole('region', { name: strings.beforeAfter.title })
      await expect.poll(() => card.locator('tbody tr').count(), { timeout: 60_000 }).toBe(7)
      for (const label of Object.values(strings.beforeAfter.figures))
        expect(await card.getByRole('rowheader', { name: label }).count()).toBe(1)
      expect(await card.locator('.before-after__days').innerText()).toMatch(/28/)
      // A change still under way: two weeks ago, 28 days each side — the after period is partly to come.
      await card.getByLabel(strings.beforeAfter.days).fill('28')
      const twoWeeksAgo = new Date(Date.now() - 14 * 86_400_000).toLocaleDateString('sv-SE')
      await card.getByLabel(strings.beforeAfter.date).fill(twoWeeksAgo)
      await expect.poll(() => card.locator('.before-after__to-come').count(), { timeout: 30_000 }).toBe(1)
      await card.screenshot({ path: join(SHOTS, `before-after-${c.locale}-${c.theme}.png`) })

      const forecast = page.getByRole('region', { name: strings.dashboard.trend.title })
      await expect.poll(() => forecast.locator('.chart__box').getAttribute('aria-label'), { timeout: 60_000 }).toBeTruthy()
      await forecast.locator('.menu > summary').click()
      for (const format of ['png', 'svg'] as const)
        await expect.poll(() => page.getByRole('button', { name: strings.report.export[format] }).count()).toBe(1)
      await forecast.screenshot({ path: join(SHOTS, `chart-menu-${c.locale}-${c.theme}.png`) })
      await noSidewaysSpill(page)
      await wholePage(page, SHOTS, `dashboard-export-${c.locale}-${c.theme}`)
      expect(problems).toEqual([])
      await page.context().close()
    })
  }
})
