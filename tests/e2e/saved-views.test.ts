import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CustomerListPrefs, ListView } from '../../src-shared/ipc/channels/views'
import { launchBrowser, noBrowserReason, openApp } from './support/browser'
import { startHarness, type Harness } from './support/harness'

/**
 * Saved views and the remembered layout, as a user does it in Chromium: pick columns, filter
 * and sort, save the view by name, switch away and back, change columns, reload the window.
 */
describe.skipIf(noBrowserReason)('customer list: saved views and remembered columns, end to end', () => {
  let harness: Harness
  let browser: Browser
  let page: Page
  let problems: string[]
  beforeAll(async () => {
    harness = await startHarness({ locale: 'en' })
    for (const [name, city, email, phone] of [
      ['王小明', '杭州', 'xiaoming@example.cn', '+86 139 1111 2222'],
      ['李雷', '上海', 'lilei@example.cn', '13800138000'],
      ['韩梅梅', '杭州', 'meimei@example.cn', '13900139000'],
    ])
      await harness.invoke('customers.create', { name, city, email, phone })
    browser = await launchBrowser()
    ;({ page, problems } = await openApp(browser, harness.url, 'en-US'))
    await page.getByRole('button', { name: 'Customers' }).first().click()
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
  })

  const grid = (): Locator => page.getByRole('grid', { name: 'Customers' })
  const headers = (): Promise<string[]> =>
    grid()
      .getByRole('columnheader')
      .evaluateAll((cells) => cells.map((c) => c.getAttribute('aria-label') ?? '').filter(Boolean))
  const names = (): Promise<string[]> => grid().locator('.customer-name').allTextContents()
  const viewsMenu = (): Locator => page.locator('summary[aria-label^="View:"]')
  const toggleColumn = async (column: string): Promise<void> => {
    await page.locator('summary', { hasText: 'Columns' }).click()
    await page.getByRole('checkbox', { name: column, exact: true }).click()
    await page.keyboard.press('Escape')
  }
  const load = (): Promise<{ views: ListView[]; prefs: CustomerListPrefs | null }> =>
    harness.invoke('views.load', { list: 'customers' })

  it('adds the Email column, filters and sorts, and saves all of it as a named view', async () => {
    await expect.poll(() => names()).toHaveLength(3)
    expect(await headers()).not.toContain('Email')
    await toggleColumn('Email')
    await expect.poll(headers).toContain('Email')
    await expect.poll(() => grid().getByText('xiaoming@example.cn').count()).toBe(1)

    await page.getByRole('combobox', { name: 'City' }).selectOption('杭州')
    await expect.poll(() => names()).toHaveLength(2)
    await grid().getByRole('button', { name: 'Name', exact: true }).click() // name descending
    await expect.poll(() => grid().getByRole('columnheader', { name: 'Name' }).getAttribute('aria-sort')).toBe('descending')

    await viewsMenu().click()
    await page.getByRole('button', { name: 'Save as new view…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Save this view' })
    await dialog.getByRole('textbox', { name: 'Name' }).fill('杭州客户')
    await dialog.getByRole('button', { name: 'Save' }).click()
    await expect.poll(() => dialog.count()).toBe(0)
    await expect.poll(() => viewsMenu().getAttribute('aria-label')).toBe('View: 杭州客户')

    const [saved] = (await load()).views
    expect(saved).toMatchObject({ name: '杭州客户', state: { filters: { city: '杭州' }, sort: { column: 'name', dir: 'desc' } } })
    expect(saved.state.columns).toContain('email')
  })

  it('switches to all customers and back to the view: filters, sort and columns come back', async () => {
    await viewsMenu().click()
    await page.getByRole('button', { name: 'All customers' }).click()
    await expect.poll(() => names()).toHaveLength(3)

    await toggleColumn('Email') // a layout change outside the view
    await expect.poll(headers).not.toContain('Email')

    await viewsMenu().click()
    await page.getByRole('button', { name: '杭州客户' }).click()
    await expect.poll(() => names()).toEqual(['王小明', '韩梅梅']) // pinyin order, descending: wang, han
    await expect.poll(headers).toContain('Email')
    expect(await page.getByRole('combobox', { name: 'City' }).inputValue()).toBe('杭州')
  })

  it('marks the view changed when its columns change, saves the change, and keeps the layout across a reload', async () => {
    await toggleColumn('Notes')
    await expect.poll(headers).toContain('Notes')
    await expect.poll(() => viewsMenu().textContent()).toContain('changed')
    await viewsMenu().click()
    await page.getByRole('button', { name: 'Save changes' }).click()
    await expect.poll(async () => (await load()).views[0].state.columns).toContain('notes')
    await expect.poll(() => viewsMenu().textContent()).not.toContain('changed')
    await expect.poll(async () => (await load()).prefs?.columns).toContain('notes')

    await page.reload()
    await page.getByRole('button', { name: 'Customers' }).first().click()
    await expect.poll(headers).toEqual(expect.arrayContaining(['Name', 'Email', 'Notes']))
    expect(await grid().getByRole('columnheader', { name: 'Name' }).getAttribute('aria-sort')).toBe('descending')
  })

  it('opens with the view made default, after a reload', async () => {
    await viewsMenu().click()
    await page.getByRole('button', { name: '杭州客户' }).click()
    await viewsMenu().click()
    await page.getByRole('button', { name: 'Open the list with this view' }).click()
    await expect.poll(async () => (await load()).views[0].isDefault).toBe(true)

    await page.reload()
    await page.getByRole('button', { name: 'Customers' }).first().click()
    await expect.poll(() => viewsMenu().getAttribute('aria-label')).toBe('View: 杭州客户')
    await expect.poll(() => names()).toHaveLength(2)
    expect(problems).toEqual([])
  })
})
