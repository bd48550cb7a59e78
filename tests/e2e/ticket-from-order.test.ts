import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src-main/db'
import { generateShop } from '../../src-main/seed/generate-shop'
import { makeTempDir } from '../support/temp-dir'
import { launchBrowser, noBrowserReason, openApp } from './support/browser'
import { startHarness, type Harness } from './support/harness'

interface Row {
  id: number
  name: string
  phone: string | null
}

/** From a customer's page: a complaint about one of their orders, opened in the tickets panel. */
describe.skipIf(noBrowserReason)('a complaint opened from an order on the customer page', () => {
  const temp = makeTempDir('kehu-e2e-ticket-order-')
  let harness: Harness
  let browser: Browser
  let page: Page
  let problems: string[]
  let buyer: Row
  beforeAll(async () => {
    const { db } = openDatabase(join(temp.dir, 'kehu.sqlite'), { create: true })
    generateShop(db, { customers: 50, orders: 200, tickets: 0, seed: 3, locale: 'en' })
    db.close()
    harness = await startHarness({ locale: 'en', dataDir: temp.dir })
    const list = await harness.invoke<{ rows: Row[] }>('customers.list', {
      view: 'active',
      sort: { column: 'orderCount', dir: 'desc' },
      offset: 0,
      limit: 1,
    })
    buyer = list.rows[0]
    browser = await launchBrowser()
    ;({ page, problems } = await openApp(browser, harness.url, 'en-US'))
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
    temp.cleanup()
  })

  it('preselects the customer and a complaint, links the chosen order, and lists the ticket on the customer page', async () => {
    const orders = await harness.invoke<{ rows: { id: number; number: string }[] }>('customers.orders', {
      customerId: buyer.id,
      offset: 0,
      limit: 1,
    })
    const order = orders.rows[0]
    await page.getByLabel('Search customers').fill(buyer.phone ?? buyer.name)
    await page.getByRole('grid').getByRole('row').filter({ hasText: buyer.name }).first().dblclick()
    const panel = page.getByRole('region', { name: 'Service tickets' })
    await expect.poll(() => panel.getByText('No tickets for this customer yet.').count()).toBe(1)
    await panel.getByRole('button', { name: 'New ticket…' }).click()
    const dialog = page.getByRole('dialog', { name: 'New ticket' })
    expect(await dialog.getByLabel('Kind').inputValue()).toBe('complaint')
    await dialog.getByLabel('Subject').fill('Wrong size delivered')
    const picker = dialog.getByRole('combobox', { name: 'Order' })
    await expect.poll(() => picker.locator('option').count()).toBeGreaterThan(1)
    await picker.selectOption(String(order.id))
    await dialog.getByRole('button', { name: 'Open ticket' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1, name: /Wrong size delivered/ }).count()).toBe(1)
    const details = await page.locator('.ticket-details').textContent()
    expect(details).toContain(buyer.name)
    expect(details).toContain(order.number)
    await page.getByRole('button', { name: 'Back', exact: true }).click()
    await expect.poll(() => panel.getByText('Wrong size delivered').count()).toBe(1)
    expect(problems).toEqual([])
  })
})
