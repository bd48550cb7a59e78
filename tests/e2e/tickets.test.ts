import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, noBrowserReason, openApp } from './support/browser'
import { startHarness, type Harness } from './support/harness'

/**
 * The service flow in Chromium against the real handlers: open a complaint for a found
 * customer, reply with a canned reply (variables filled in), set it pending (the resolution
 * clock shows paused), resolve it, record the CSAT answer, and see the insights count it.
 */
describe.skipIf(noBrowserReason)('tickets: queue, ticket page, canned reply, pending, survey, insights', () => {
  let harness: Harness
  let browser: Browser
  let page: Page
  let problems: string[]
  beforeAll(async () => {
    harness = await startHarness({ locale: 'en' })
    await harness.invoke('customers.create', { name: '张三', phone: '13800138000' })
    await harness.invoke('tickets.saveCannedReply', { title: 'Thanks', body: 'Hello {customer}, we are on ticket {ticket}.' })
    browser = await launchBrowser()
    ;({ page, problems } = await openApp(browser, harness.url, 'en-US'))
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
  })

  it('opens a complaint from the queue for a customer found by phone', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Tickets' }).click()
    await expect.poll(() => page.getByText('No tickets match.').count()).toBe(1)
    await page.getByRole('button', { name: 'New ticket' }).click()
    const dialog = page.getByRole('dialog', { name: 'New ticket' })
    await dialog.getByLabel('Subject').fill('Cracked screen on delivery')
    await dialog.getByPlaceholder('Find by name, pinyin or phone').fill('13800138000')
    const picker = dialog.getByRole('combobox', { name: 'Customer' })
    await expect.poll(() => picker.locator('option').count()).toBe(2)
    await picker.selectOption({ label: '张三 · 13800138000' })
    await dialog.getByLabel('Kind').selectOption('complaint')
    await dialog.getByLabel('Priority').selectOption('high')
    await dialog.getByRole('button', { name: 'Open ticket' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1, name: /Cracked screen on delivery/ }).count()).toBe(1)
    await expect.poll(() => page.locator('.ticket-details').textContent()).toContain('张三 · 13800138000')
  })

  it('inserts a canned reply with `/`, fills its variables and logs the reply', async () => {
    const text = page.getByLabel('Text', { exact: true })
    await text.fill('/Tha')
    await page
      .getByRole('list', { name: 'Canned replies' })
      .getByRole('button', { name: /Thanks/ })
      .click()
    await expect.poll(() => text.inputValue()).toBe('Hello 张三, we are on ticket TK0000001.')
    await page.getByRole('button', { name: 'Log it' }).click()
    const log = page.locator('.ticket-log')
    await expect.poll(() => log.textContent()).toContain('Reply to customer')
    await expect.poll(() => log.textContent()).toContain('Hello 张三, we are on ticket TK0000001.')
    await expect.poll(() => page.locator('.sla-clock').first().textContent()).toContain('Met')
  })

  it('sets it pending (the resolution clock pauses), then resolves it and records the CSAT answer', async () => {
    await page.getByRole('button', { name: 'Waiting for customer' }).click()
    const resolution = page.locator('.sla-clock').nth(1)
    await expect.poll(() => resolution.textContent()).toContain('Paused')
    await expect.poll(() => page.locator('.ticket-log').textContent()).toContain('Status → Waiting')
    await page.getByRole('button', { name: 'Resolve' }).click()
    await expect.poll(() => resolution.textContent()).toContain('Met')
    const form = page.getByRole('form', { name: 'Record answer' })
    await form.getByLabel('CSAT (1–5)').selectOption('5')
    await form.getByRole('textbox', { name: 'Comment' }).fill('Fast and kind')
    await form.getByRole('button', { name: 'Record answer' }).click()
    await expect.poll(() => page.locator('.survey-panel').textContent()).toContain('CSAT (1–5) 5')
  })

  it('shows the ticket in the queue with its status, and the insights count the answer', async () => {
    await page.getByRole('button', { name: 'Back to the queue' }).click()
    // The queue's status filter, not the grid's Status column header (also named Status).
    await page.getByRole('combobox', { name: 'Status' }).selectOption('all')
    const row = page.getByRole('grid').getByRole('row').filter({ hasText: 'TK0000001' })
    await expect.poll(() => row.count()).toBe(1)
    // The queue may first show the row as it was cached (pending); it follows the resolution when its refetch answers.
    await expect.poll(() => row.textContent()).toContain('Resolved')
    await page.getByRole('radio', { name: 'Insights' }).check()
    const csat = page.locator('.kpi').filter({ hasText: 'CSAT' })
    await expect.poll(() => csat.textContent()).toContain('100%')
    expect(await csat.textContent()).toContain('1 answer')
    const complaints = page.locator('.kpi').filter({ hasText: 'Complaint share' })
    await expect.poll(() => complaints.textContent()).toContain('100%')
  })

  it('triages from the queue with keys, then merges a duplicate into the ticket and undoes it', async () => {
    await harness.invoke('tickets.create', { kind: 'complaint', priority: 'normal', subject: 'Screen cracked (again)' })
    await page.getByRole('radio', { name: 'Queue' }).check()
    const row = page.getByRole('grid').getByRole('row').filter({ hasText: 'TK0000002' })
    await expect.poll(() => row.count()).toBe(1)
    // Open tickets sort before resolved ones: the new ticket is the first row, active when the grid gets focus.
    await page.getByRole('grid').focus()
    await page.keyboard.press('Home')
    await page.keyboard.press('p')
    await expect.poll(() => row.textContent()).toContain('Waiting')
    await page.keyboard.press('4')
    await expect.poll(() => row.textContent()).toContain('Urgent')

    await page
      .getByRole('grid')
      .getByRole('row')
      .filter({ hasText: 'TK0000001' })
      .getByText('Cracked screen on delivery')
      .dblclick()
    await page.getByRole('button', { name: 'Merge…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Merge another ticket into TK0000001' })
    await dialog.getByLabel('Ticket number of the duplicate').fill('tk0000002')
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click()
    const log = page.locator('.ticket-log')
    await expect.poll(() => log.textContent()).toContain('Merged with TK0000002')
    await expect.poll(() => log.textContent()).toContain('from TK0000002')
    await page.getByRole('button', { name: 'Undo', exact: true }).click()
    await expect.poll(() => log.textContent()).not.toContain('TK0000002')
    expect(problems).toEqual([])
  })
})
