import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src-main/db'
import { generateShop } from '../../src-main/seed/generate-shop'
import type { OrderRow } from '../../src-shared/domain/order-types'
import { resources } from '../../src-shared/i18n'
import { makeTempDir } from '../support/temp-dir'
import { dismissStartDigest, launchBrowser, noBrowserReason, openApp } from './support/browser'
import { startHarness, type Harness } from './support/harness'

const SHOTS = resolve(__dirname, '../../test-results/screens')

/**
 * The orders pages on a seeded shop, in both languages and both themes, saved for a person to
 * look at (test-results/screens/orders-*): the orders tab, the order form with three items,
 * an order with a refund and the refund dialog, the products tab. Asserted: each shows its
 * content, nothing spills out sideways, no request leaves the app and no script fails.
 */
describe.skipIf(noBrowserReason)('screenshots of the orders pages', () => {
  const temp = makeTempDir('kehu-e2e-orders-')
  let harness: Harness
  let browser: Browser
  let refunded: OrderRow
  let skus: string[]
  beforeAll(async () => {
    const { db } = openDatabase(join(temp.dir, 'kehu.sqlite'), { create: true })
    generateShop(db, { customers: 800, orders: 4000, seed: 3, locale: 'zh-CN', asOf: '2026-11-20' })
    db.close()
    harness = await startHarness({ locale: 'zh-CN', dataDir: temp.dir })
    const page = await harness.invoke<{ rows: OrderRow[] }>('orders.list', {
      filter: { status: 'refunded' },
      sort: { column: 'total', dir: 'desc' },
      offset: 0,
      limit: 1,
    })
    refunded = page.rows[0]
    const catalog = await harness.invoke<{ rows: { sku: string }[] }>('products.list', {
      status: 'active',
      sort: { column: 'sku', dir: 'asc' },
      offset: 0,
      limit: 3,
    })
    skus = catalog.rows.map((p) => p.sku)
    browser = await launchBrowser()
    // The seed's tasks have reminders that came due before the harness started: their digest would
    // cover the page header's buttons in the first case only.
    await dismissStartDigest(browser, harness.url)
    mkdirSync(SHOTS, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
    temp.cleanup()
  })

  const noSidewaysSpill = async (page: Page): Promise<void> =>
    expect(
      await page.evaluate(() => document.querySelector('main')!.scrollWidth - document.querySelector('main')!.clientWidth),
    ).toBe(0)

  for (const locale of ['zh-CN', 'en'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`${locale} ${theme}: orders, order form, order page, refund dialog, products`, async () => {
        const strings = resources[locale]
        await harness.invoke('settings.set', { locale, theme })
        const { page, problems } = await openApp(browser, harness.url, locale === 'en' ? 'en-US' : 'zh-CN')
        const shot = (name: string): Promise<Buffer> =>
          page.screenshot({ path: join(SHOTS, `orders-${name}-${locale}-${theme}.png`) })
        await page
          .getByRole('navigation', { name: strings.nav.mainNavigation })
          .getByRole('button', { name: strings.nav.orders })
          .click()
        const grid = page.getByRole('grid', { name: strings.orders.ui.list.grid })
        await expect.poll(() => grid.locator('[aria-rowindex="2"]').count()).toBe(1)
        await expect.poll(() => page.locator('.order-figures dd').first().textContent()).not.toBe('…')
        await noSidewaysSpill(page)
        await shot('list')

        await page.keyboard.press('n')
        const form = page.getByRole('dialog', { name: strings.orders.ui.form.title })
        const focused = form.locator('input:focus')
        await expect.poll(() => focused.getAttribute('role')).toBe('combobox')
        await page.keyboard.press('Enter') // walk-in
        await expect.poll(() => focused.getAttribute('aria-label')).toBe(strings.orders.ui.form.addItem)
        for (const sku of skus) {
          await page.keyboard.type(sku)
          await expect.poll(() => form.locator('.combobox__option[aria-selected="true"]').count()).toBe(1)
          await page.keyboard.press('Enter')
        }
        await expect.poll(() => form.locator('.order-form__lines tbody tr').count()).toBe(3)
        await shot('form')
        await page.keyboard.press('Escape')
        await expect.poll(() => form.count()).toBe(0)

        await page.getByRole('searchbox', { name: strings.orders.ui.list.searchLabel }).fill(refunded.number)
        await expect.poll(() => grid.getAttribute('aria-rowcount')).toBe('2')
        await grid.locator('[aria-rowindex="2"]').dblclick()
        await expect.poll(() => page.locator('.reversal-records__item').count()).toBeGreaterThan(0)
        await noSidewaysSpill(page)
        await shot('detail')
        await page.getByRole('button', { name: strings.orders.ui.detail.back }).click()
        await page.getByRole('searchbox', { name: strings.orders.ui.list.searchLabel }).fill('')

        await page.getByRole('radio', { name: strings.orders.ui.tabs.products }).click()
        const products = page.getByRole('grid', { name: strings.orders.products.grid })
        await expect.poll(() => products.locator('[aria-rowindex="2"]').count()).toBe(1)
        await noSidewaysSpill(page)
        await shot('products')
        await products.locator('[aria-rowindex="2"]').dblclick()
        await expect.poll(() => page.locator('.product-fields').count()).toBe(1)
        await shot('product')
        await page.keyboard.press('Escape')
        expect(problems).toEqual([])
        await page.context().close()
      })
    }
  }
})
