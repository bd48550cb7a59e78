import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { generateShop } from '../../src-main/seed/generate-shop'
import { resources } from '../../src-shared/i18n'
import { noBrowserReason, openApp } from './support/browser'
import { noSidewaysSpill, settingsFilled, wholePage as shootWholePage } from './support/page-shots'
import { SHOTS, seededShop } from './support/seeded-shop'

const LOCALES = ['zh-CN', 'en'] as const
const THEMES = ['light', 'dark'] as const

/**
 * The service pages on a seeded shop (tickets with real event logs, surveys), in both
 * languages and themes, saved for a person to look at (test-results/screens/). Asserted: each
 * page shows its content, nothing spills out sideways, no request leaves the app, no script fails.
 */
describe.skipIf(noBrowserReason)('screenshots of the tickets queue, a ticket, surveys, insights and service settings', () => {
  const shop = seededShop({
    prefix: 'kehu-e2e-tickets-',
    locale: 'zh-CN',
    fill: (db) => {
      generateShop(db, { customers: 800, orders: 4000, tickets: 400, seed: 7, locale: 'zh-CN' })
    },
  })

  const wholePage = (page: Page, name: string): Promise<void> => shootWholePage(page, SHOTS, name)

  for (const locale of LOCALES) {
    for (const theme of THEMES) {
      it(`${locale} ${theme}: queue, ticket, surveys, insights, settings`, async () => {
        await shop.harness.invoke('settings.set', { locale, theme })
        const strings = resources[locale].tickets
        const { page, problems } = await openApp(shop.browser, shop.harness.url, locale === 'en' ? 'en-US' : 'zh-CN')
        await page.getByRole('navigation').getByRole('button', { name: resources[locale].nav.tickets }).click()
        const grid = page.getByRole('grid')
        await expect.poll(() => grid.locator('[aria-rowindex="2"]').count()).toBe(1)
        await expect.poll(() => grid.locator('.badge--danger').count()).toBeGreaterThan(0)
        await noSidewaysSpill(page)
        await page.screenshot({ path: join(SHOTS, `tickets-queue-${locale}-${theme}.png`) })

        await grid.locator('[aria-rowindex="2"]').dblclick()
        await expect.poll(() => page.locator('.sla-clock').count()).toBe(2)
        await expect.poll(() => page.locator('.ticket-log__item').count()).toBeGreaterThan(0)
        await noSidewaysSpill(page)
        await wholePage(page, `ticket-${locale}-${theme}`)
        await page.locator('.ticket-log__meta').first().waitFor()
        await page.getByRole('button', { name: strings.detail.back }).click()

        await page.getByRole('radio', { name: strings.tabs.surveys }).check()
        await expect.poll(() => page.locator('.data-table tbody tr').count()).toBeGreaterThan(0)
        await noSidewaysSpill(page)
        await page.screenshot({ path: join(SHOTS, `tickets-surveys-${locale}-${theme}.png`) })

        await page.getByRole('radio', { name: strings.tabs.insights }).check()
        await expect.poll(() => page.locator('.kpi').count()).toBe(5)
        await expect.poll(() => page.locator('.chart canvas').count()).toBe(3)
        await noSidewaysSpill(page)
        await wholePage(page, `tickets-insights-${locale}-${theme}`)

        await page.locator('.sidebar__link').last().click()
        await expect.poll(() => page.getByRole('form', { name: strings.settings.title }).count()).toBe(1)
        await settingsFilled(page)
        await noSidewaysSpill(page)
        await wholePage(page, `settings-service-${locale}-${theme}`)
        expect(problems).toEqual([])
        await page.context().close()
      })
    }
  }
})
