import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateShop } from '../../src-main/seed/generate-shop'
import type { OrderRow } from '../../src-shared/domain/order-types'
import { resources } from '../../src-shared/i18n'
import { noBrowserReason, openApp } from './support/browser'
import { noSidewaysSpill } from './support/page-shots'
import { SHOTS, seededShop } from './support/seeded-shop'

/**
 * The orders pages on a seeded shop, in both languages and both themes, saved for a person to
 * look at (test-results/screens/orders-*): the orders tab, the order form with three items,
 * an order with a refund and the refund dialog, the products tab. Asserted: each shows its
 * content, nothing spills out sideways, no request leaves the app and no script fails.
 */
describe.skipIf(noBrowserReason)('screenshots of the orders pages', () => {
  const shop = seededShop({
    prefix: 'kehu-e2e-orders-',
    locale: 'zh-CN',
    fill: (db) => {
      generateShop(db, { customers: 800, orders: 4000, seed: 3, locale: 'zh-CN', asOf: '2026-11-20' })
    },
    dismissDigest: true,
  })
  let refunded: OrderRow
  let skus: string[]
  beforeAll(async () => {
    const page = await shop.harness.invoke<{ rows: OrderRow[] }>('orders.list', {
      filter: { status: 'refunded' },
      sort: { column: 'total', dir: 'desc' },
      offset: 0,
      limit: 1,
    })
    refunded = page.rows[0]
    const catalog = await shop.harness.invoke<{ rows: { sku: string }[] }>('products.list', {
      status: 'active',
      sort: { column: 'sku', dir: 'asc' },
      offset: 0,
      limit: 3,
    })
    skus = catalog.rows.map((p) => p.sku)
  })

  for (const locale of ['zh-CN', 'en'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`${locale} ${theme}: orders, order form, order page, refund dialog, products`, async () => {
        const strings = resources[locale]
        await shop.harness.invoke('settings.set', { locale, theme })
        const { page, problems } = await openApp(shop.browser, shop.harness.url, locale === 'en' ? 'en-US' : 'zh-CN')
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
