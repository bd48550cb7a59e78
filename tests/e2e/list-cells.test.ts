import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, noBrowserReason, openApp } from './support/browser'
import { startHarness, type Harness } from './support/harness'

const TAGS = ['VIP', '老客户', '咖啡爱好者', '企业客户', '批发']

/**
 * What a cell cannot show whole is still there to read: the default columns fit a phone typed
 * with its country code and a four-character city; longer values and the tags beyond three
 * chips are named by the cell's tooltip. Chromium with the CJK fonts, in both languages.
 */
describe.skipIf(noBrowserReason)('customer list cells: widths that fit, tooltips for the rest', () => {
  let harness: Harness
  let browser: Browser
  beforeAll(async () => {
    harness = await startHarness({ locale: 'zh-CN' })
    const { customer } = await harness.invoke<{ customer: { id: number } }>('customers.create', {
      name: '欧阳娜娜',
      phone: '+86 139 1111 2222',
      city: '乌鲁木齐',
      address: '新疆维吾尔自治区乌鲁木齐市天山区解放南路 88 号国际大厦 12 楼 1203 室',
    })
    for (const tag of TAGS) await harness.invoke('customers.tag', { ids: [customer.id], tagName: tag })
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
  })

  /** The cell under a column, in the one body row. */
  const cellOf = async (page: Page, column: string): Promise<Locator> => {
    const grid = page.getByRole('grid')
    const headers = await grid.getByRole('columnheader').evaluateAll((cells) => cells.map((c) => c.getAttribute('aria-label')))
    return grid.locator('[aria-rowindex="2"] [role="gridcell"]').nth(headers.indexOf(column))
  }
  const cut = (cell: Locator): Promise<boolean> => cell.evaluate((el) => el.scrollWidth > el.clientWidth)

  for (const [locale, browserLocale, labels] of [
    ['zh-CN', 'zh-CN', { phone: '电话', city: '城市', tags: '标签', address: '地址', columns: '显示列' }],
    ['en', 'en-US', { phone: 'Phone', city: 'City', tags: 'Tags', address: 'Address', columns: 'Columns' }],
  ] as const) {
    it(`${locale}: the phone and the city show whole; the tags and a long address are named in full by the tooltip`, async () => {
      await harness.invoke('settings.set', { locale })
      const { page, problems } = await openApp(browser, harness.url, browserLocale)
      await expect.poll(() => page.getByRole('grid').locator('[aria-rowindex="2"]').count()).toBe(1)

      const phone = await cellOf(page, labels.phone)
      expect(await phone.textContent()).toBe('+86 139 1111 2222')
      expect(await cut(phone)).toBe(false)
      const city = await cellOf(page, labels.city)
      expect(await city.textContent()).toBe('乌鲁木齐')
      expect(await cut(city)).toBe(false)

      const tags = await cellOf(page, labels.tags)
      const chips = await tags.locator('.tag-chip').allTextContents()
      expect(chips).toHaveLength(4)
      expect(TAGS).toEqual(expect.arrayContaining(chips.slice(0, 3)))
      expect(chips[3]).toBe('+2')
      expect((await tags.getAttribute('title'))?.split(', ').sort()).toEqual([...TAGS].sort())

      await page.locator('summary', { hasText: labels.columns }).click()
      await page.getByRole('checkbox', { name: labels.address, exact: true }).check()
      await page.keyboard.press('Escape')
      const address = await cellOf(page, labels.address)
      expect(await cut(address)).toBe(true)
      expect(await address.getAttribute('title')).toBe('新疆维吾尔自治区乌鲁木齐市天山区解放南路 88 号国际大厦 12 楼 1203 室')
      expect(problems).toEqual([])
      await page.context().close()
    })
  }
})
