import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ensureDefaultPipelineStages } from '../../src-main/deals/default-stages'
import { generateShop } from '../../src-main/seed/generate-shop'
import { resources } from '../../src-shared/i18n'
import { noBrowserReason, openApp } from './support/browser'
import { noSidewaysSpill, wholePage } from './support/page-shots'
import { SHOTS, seededShop } from './support/seeded-shop'

const LOCALES = ['zh-CN', 'en'] as const
const THEMES = ['light', 'dark'] as const

/**
 * The Pipeline pages on a seeded shop (a few hundred open deals, two years of orders), in both
 * languages and themes, saved to test-results/screens/ for a person to look at. Asserted: each
 * view shows its content, nothing spills sideways, no request leaves the app, no script fails.
 */
describe.skipIf(noBrowserReason)('screenshots of the pipeline: board, deal page, funnel, forecast, settings', () => {
  const shop = seededShop({
    prefix: 'kehu-e2e-pipeline-screens-',
    locale: 'zh-CN',
    fill: (db) => {
      ensureDefaultPipelineStages(db, 'zh-CN')
      generateShop(db, { customers: 800, orders: 6000, seed: 7, locale: 'zh-CN', asOf: '2026-11-20', openDeals: 300 })
    },
    dismissDigest: true,
  })

  for (const locale of LOCALES) {
    for (const theme of THEMES) {
      it(`${locale} ${theme}: board, deal page, funnel, forecast, settings`, async () => {
        const strings = resources[locale].pipeline
        await shop.harness.invoke('settings.set', { locale, theme })
        const { page, problems } = await openApp(shop.browser, shop.harness.url, locale === 'en' ? 'en-US' : 'zh-CN')
        const name = (view: string): string => `pipeline-${view}-${locale}-${theme}`
        const shot = (view: string): string => join(SHOTS, `${name(view)}.png`)
        await page.getByRole('button', { name: resources[locale].nav.pipeline }).first().click()
        const board = page.getByRole('group', { name: strings.board.label })
        await expect.poll(() => board.getByRole('list').count()).toBeGreaterThanOrEqual(6)
        await expect.poll(() => board.getByRole('listitem').count()).toBeGreaterThan(10)
        await page.screenshot({ path: shot('board') })

        await board.getByRole('listitem').first().focus()
        await page.keyboard.press('Enter')
        await expect.poll(() => page.locator('.deal-history__item').count()).toBeGreaterThan(0)
        await noSidewaysSpill(page)
        await wholePage(page, SHOTS, name('deal'))
        await page.getByRole('button', { name: strings.deal.edit }).click()
        await expect.poll(() => page.getByRole('dialog').count()).toBe(1)
        await page.screenshot({ path: shot('deal-form') })
        await page.keyboard.press('Escape')

        await page.getByRole('button', { name: strings.deal.back }).click()

        // The first deal's customer page: its deals panel, and New deal with that customer chosen.
        await board.getByRole('listitem').first().focus()
        await page.keyboard.press('Enter')
        await page.locator('.deal-details .link-button').click()
        const customerDeals = page.getByRole('region', { name: strings.customerPanel.title })
        await customerDeals.getByRole('button', { name: strings.customerPanel.newDeal }).click()
        const newDeal = page.getByRole('dialog', { name: strings.form.newTitle })
        await expect.poll(() => newDeal.getByRole('button', { name: strings.form.clearCustomer }).count()).toBe(1)
        await page.screenshot({ path: shot('customer-new-deal') })
        await page.keyboard.press('Escape')
        await customerDeals.scrollIntoViewIfNeeded()
        await noSidewaysSpill(page)
        await page.screenshot({ path: shot('customer-deals') })
        await page.getByRole('button', { name: resources[locale].nav.pipeline }).first().click()
        await page.getByRole('radio', { name: strings.page.funnel }).check()
        await expect.poll(() => page.locator('.funnel-table tbody tr').count()).toBeGreaterThan(3)
        await page.locator('.basis-note summary').first().click()
        await noSidewaysSpill(page)
        await wholePage(page, SHOTS, name('funnel'))

        await page.getByRole('radio', { name: strings.page.forecast }).check()
        await expect.poll(() => page.locator('canvas').count()).toBeGreaterThan(0)
        await expect.poll(() => page.locator('.forecast-model').count()).toBe(1)
        await noSidewaysSpill(page)
        await wholePage(page, SHOTS, name('forecast'))

        await page.getByRole('button', { name: resources[locale].nav.settings }).first().click()
        await expect.poll(() => page.getByRole('textbox', { name: strings.settings.name }).count()).toBe(6)
        await page.getByRole('heading', { name: strings.settings.stagesTitle }).scrollIntoViewIfNeeded()
        await noSidewaysSpill(page)
        await wholePage(page, SHOTS, name('settings'))
        expect(problems).toEqual([])
        await page.context().close()
      })
    }
  }
})
