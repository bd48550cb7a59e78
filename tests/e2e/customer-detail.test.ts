import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, noBrowserReason, openApp } from './support/browser'
import { startHarness, type Harness } from './support/harness'

/**
 * The customer page and the merge dialog subscribe to data changes from a dozen places. In the
 * harness each subscription used to be its own EventSource: the page plus the dialog reached
 * seven, past Chromium's six connections per host, and the merge search never answered.
 */
describe.skipIf(noBrowserReason)('customer detail and merge dialog over one event stream', () => {
  let harness: Harness
  let browser: Browser
  let page: Page
  let problems: string[]
  const eventStreams: string[] = []
  beforeAll(async () => {
    harness = await startHarness({ locale: 'en' })
    await harness.invoke('customers.create', { name: '张三', phone: '13800138000', city: '上海' })
    await harness.invoke('customers.create', { name: '张三 (copy)', phone: '13900139000', email: 'zhang@example.com' })
    browser = await launchBrowser()
    ;({ page, problems } = await openApp(browser, harness.url, 'en-US', (p) =>
      p.on('request', (request) => {
        if (new URL(request.url()).pathname === '/__kehu/events') eventStreams.push(request.url())
      }),
    ))
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
  })

  it('opens the detail page, then the merge dialog, and finds the duplicate by search', async () => {
    await page.getByLabel('Search customers').fill('13800138000')
    const row = page.getByRole('grid').getByRole('row').filter({ hasText: '13800138000' })
    await expect.poll(() => row.count()).toBe(1)
    await row.getByText('张三').dblclick()
    await expect.poll(() => page.getByRole('heading', { level: 1, name: '张三' }).count()).toBe(1)
    // The page's panels all answered (each is a request behind a data subscription).
    await expect.poll(() => page.getByText('No orders yet.').count()).toBe(1)
    await expect.poll(() => page.getByText('No open tickets.').count()).toBe(1)

    await page.getByRole('button', { name: 'Merge…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Merge another customer into 张三' })
    await dialog.getByRole('searchbox', { name: 'Find the duplicate by name or phone' }).fill('139 0013')
    const hit = dialog.getByRole('radio', { name: /张三 \(copy\)/ })
    await expect.poll(() => hit.count(), { timeout: 15_000 }).toBe(1)
    await hit.check()
    await expect.poll(() => dialog.getByText('Moves from 张三 (copy) to 张三:').count(), { timeout: 15_000 }).toBe(1)
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect.poll(() => dialog.count()).toBe(0)
    expect(problems).toEqual([])
  })

  it('opened exactly one event stream for the whole window', () => {
    expect(eventStreams).toHaveLength(1)
  })
})
