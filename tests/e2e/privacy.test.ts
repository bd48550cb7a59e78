import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resources } from '../../src-shared/i18n'
import { makeTempDir } from '../support/temp-dir'
import { launchBrowser, noBrowserReason, openApp } from './support/browser'
import { startHarness, type Harness } from './support/harness'
import { noSidewaysSpill, wholePage } from './support/page-shots'

const SHOTS = resolve(__dirname, '../../test-results/screens')
const CASES = [
  ['zh-CN', 'light'],
  ['zh-CN', 'dark'],
  ['en', 'light'],
  ['en', 'dark'],
] as const

interface Customer {
  id: number
  name: string
  updatedAt: string
}

/**
 * The audit log page and the customer page's Personal data panel, driven in Chromium against the
 * real handlers: the log lists and filters real writes, the export writes a zip where the "user"
 * chose, and erasing (after typing the name) removes the customer while their order stays.
 * Screenshots in both languages and themes go to test-results/screens/.
 */
describe.skipIf(noBrowserReason)('audit log page and a customer’s data', () => {
  const temp = makeTempDir('kehu-e2e-privacy-')
  let harness: Harness
  let browser: Browser
  const people: Customer[] = []
  beforeAll(async () => {
    harness = await startHarness({ locale: 'zh-CN', dataDir: temp.dir })
    const product = await harness.invoke<{ id: number }>('products.create', { sku: 'BN-1', name: '咖啡豆 250g', price: 8800 })
    const names = ['欧阳娜娜', '陈大文', 'Alexandra Montgomery-Smith', 'Li Lei']
    for (const [i, name] of names.entries()) {
      const { customer } = await harness.invoke<{ customer: Customer }>('customers.create', { name, phone: `1391111000${i}` })
      await harness.invoke('customers.update', { id: customer.id, patch: { city: '上海', notes: `老客户，喜欢浅烘 ${i}` } })
      await harness.invoke('orders.create', {
        customerId: customer.id,
        paymentMethod: 'wechat',
        lines: [{ productId: product.id, description: '', quantity: 1, unitPrice: 8800 }],
      })
      people.push(customer)
    }
    const bystander = await harness.invoke<{ customer: Customer }>('customers.create', { name: '路人甲' })
    await harness.invoke('customers.delete', { ids: [bystander.customer.id] })
    browser = await launchBrowser()
    mkdirSync(SHOTS, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
    temp.cleanup()
  })

  const openCustomer = async (page: Page, person: Customer): Promise<void> => {
    const grid = page.getByRole('grid')
    await page.getByRole('searchbox').first().fill(person.name)
    await expect.poll(() => grid.getAttribute('aria-rowcount')).toBe('2')
    await grid.locator('[aria-rowindex="2"]').dblclick()
    await expect.poll(() => page.getByRole('heading', { level: 1, name: person.name }).count()).toBe(1)
  }

  for (const [index, [locale, theme]] of CASES.entries()) {
    it(`${locale} ${theme}: audit log filtered, personal data exported, customer erased`, async () => {
      const strings = resources[locale]
      const person = people[index]
      await harness.invoke('settings.set', { locale, theme })
      const { page, problems } = await openApp(browser, harness.url, locale === 'en' ? 'en-US' : 'zh-CN')
      const shot = (name: string): Promise<void> => wholePage(page, SHOTS, `${name}-${locale}-${theme}`)

      // Settings → Audit log.
      await page
        .getByRole('navigation', { name: strings.nav.mainNavigation })
        .getByRole('button', { name: strings.nav.settings })
        .click()
      await page.getByRole('button', { name: strings.audit.open }).click()
      await expect.poll(() => page.getByRole('heading', { level: 1, name: strings.audit.title }).count()).toBe(1)
      const rows = page.locator('.audit-table tbody tr')
      await expect.poll(() => rows.count()).toBeGreaterThan(10)
      await expect
        .poll(() => page.locator('.audit-table').textContent())
        .toContain(`${strings.audit.fields.city}: ${strings.audit.words.empty} → 上海`)
      await noSidewaysSpill(page)
      await shot('audit')
      const action = page.getByRole('combobox', { name: strings.audit.filters.action, exact: true })
      const deletes = await harness.invoke<{ total: number }>('audit.list', { action: 'delete', offset: 0, limit: 1 })
      await action.selectOption('delete')
      await expect.poll(() => rows.count()).toBe(deletes.total)
      await expect.poll(() => rows.last().textContent()).toContain(strings.audit.words.toTrash)
      await action.selectOption('')
      await page.getByRole('searchbox', { name: strings.audit.filters.text }).fill(`浅烘 ${index}`)
      await expect.poll(() => rows.count()).toBe(1)
      await shot('audit-filtered')
      const csv = join(temp.dir, `audit-${locale}-${theme}.csv`)
      await harness.queueDialog('saveFile', csv)
      await page.getByRole('button', { name: strings.audit.export }).click()
      await expect.poll(() => existsSync(csv)).toBe(true)

      // The customer's page: export their data, then erase them.
      await page.locator('.sidebar__link').first().click()
      await openCustomer(page, person)
      const panel = page.getByRole('region', { name: strings.privacy.panelTitle })
      await expect.poll(() => panel.count()).toBe(1)
      const zip = join(temp.dir, `customer-${locale}-${theme}.zip`)
      await harness.queueDialog('saveFile', zip)
      await panel.getByRole('button', { name: strings.privacy.export }).click()
      await expect.poll(() => existsSync(zip)).toBe(true)
      await noSidewaysSpill(page)
      // The double-click that opened the page may leave text selected; a person would not see it.
      await page.evaluate(() => window.getSelection()?.removeAllRanges())
      await shot('customer-personal-data')
      await panel.getByRole('button', { name: strings.privacy.erase }).click()
      const dialog = page.getByRole('dialog')
      const confirm = dialog.getByRole('button', { name: strings.privacy.dialog.confirm })
      await expect.poll(() => dialog.textContent()).toContain(strings.privacy.dialog.orders.replace('{{count}}', '1'))
      expect(await confirm.isDisabled()).toBe(true)
      await page.screenshot({ path: join(SHOTS, `erase-dialog-${locale}-${theme}.png`) })
      await dialog.getByLabel(strings.privacy.dialog.typeName).fill(person.name)
      await confirm.click()
      await expect.poll(() => page.getByRole('heading', { level: 1, name: person.name }).count()).toBe(0)
      await page.screenshot({ path: join(SHOTS, `erased-${locale}-${theme}.png`) })
      await expect.poll(() => page.getByRole('heading', { level: 1, name: strings.nav.customers }).count()).toBe(1)
      const left = await harness.invoke<{ total: number }>('customers.list', {
        view: 'active',
        query: person.name,
        sort: { column: 'name', dir: 'asc' },
        offset: 0,
        limit: 5,
      })
      expect(left.total).toBe(0)
      const erased = await harness.invoke<{ rows: { after: unknown }[] }>('audit.list', {
        action: 'delete',
        entity: 'customer',
        offset: 0,
        limit: 1,
      })
      expect(erased.rows[0].after).toEqual({ erased: true, orders: 1, deals: 0 })
      expect(problems).toEqual([])
      await page.context().close()
    })
  }
})
