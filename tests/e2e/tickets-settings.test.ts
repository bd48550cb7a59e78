import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TicketDetail } from '../../src-shared/domain/ticket-types'
import { addBusinessMinutes, type BusinessCalendar } from '../../src-main/service/sla'
import { launchBrowser, noBrowserReason, openApp } from './support/browser'
import { startHarness, type Harness } from './support/harness'

const ALL_DAY = '00:00-12:00, 12:30-23:59'

/**
 * The service settings in Chromium against the real handlers: a canned reply edited in Settings
 * is what `/` inserts in a reply; SLA targets and business hours survive a reload and the open
 * ticket's clock follows them; a periodic NPS survey made from the Surveys tab creates its requests.
 */
describe.skipIf(noBrowserReason)('tickets: canned replies and SLA settings, periodic NPS', () => {
  let harness: Harness
  let browser: Browser
  let page: Page
  let problems: string[]
  let ticket: TicketDetail
  beforeAll(async () => {
    harness = await startHarness({ locale: 'en' })
    const { customer } = await harness.invoke<{ customer: { id: number } }>('customers.create', {
      name: '李四',
      phone: '13900139000',
    })
    await harness.invoke('customers.create', { name: '王五', phone: '13700137000' })
    await harness.invoke('tickets.saveCannedReply', { title: 'Thanks', body: 'Hello {customer}.' })
    ticket = await harness.invoke<TicketDetail>('tickets.create', {
      kind: 'inquiry',
      priority: 'normal',
      subject: 'Where is my parcel',
      customerId: customer.id,
    })
    browser = await launchBrowser()
    ;({ page, problems } = await openApp(browser, harness.url, 'en-US'))
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
  })

  const openSettings = async (): Promise<void> => {
    await page.getByRole('navigation').getByRole('button', { name: 'Tickets' }).waitFor()
    await page.locator('.sidebar__link').last().click()
    const form = page.getByRole('form', { name: 'Service: SLA and business hours' })
    await expect.poll(() => form.count(), { timeout: 10_000 }).toBe(1)
  }
  const openTicket = async (): Promise<void> => {
    await page.getByRole('navigation').getByRole('button', { name: 'Tickets' }).click()
    await page.getByRole('grid').getByRole('row').filter({ hasText: ticket.number }).getByText('Where is my parcel').dblclick()
    await expect.poll(() => page.getByRole('heading', { level: 1, name: /Where is my parcel/ }).count()).toBe(1)
  }

  it('edits a canned reply in Settings, and `/` in a reply inserts the edited text', async () => {
    await openSettings()
    const form = page.getByRole('form', { name: 'Thanks' })
    await form.getByLabel('Text').fill('Hi {customer}, ticket {ticket} is on its way.')
    await form.getByRole('button', { name: 'Save' }).click()
    await expect
      .poll(() => harness.invoke<{ body: string }[]>('tickets.cannedReplies', {}))
      .toMatchObject([{ body: 'Hi {customer}, ticket {ticket} is on its way.' }])
    await openTicket()
    const text = page.getByLabel('Text', { exact: true })
    await text.fill('/Tha')
    await page
      .getByRole('list', { name: 'Canned replies' })
      .getByRole('button', { name: /Thanks/ })
      .click()
    await expect.poll(() => text.inputValue()).toBe(`Hi 李四, ticket ${ticket.number} is on its way.`)
  })

  it('saves a target and business hours; after a reload they stay and the ticket clock follows', async () => {
    await openSettings()
    const firstResponse = page.getByLabel('Normal · First response')
    await firstResponse.fill('90')
    for (const day of ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']) {
      await page.getByLabel(day, { exact: true }).fill(ALL_DAY)
    }
    await page.getByRole('button', { name: 'Save service settings' }).click()
    await expect.poll(() => page.getByText('Service settings saved', { exact: false }).count()).toBeGreaterThan(0)

    await page.reload()
    await openSettings()
    expect(await page.getByLabel('Normal · First response').inputValue()).toBe('90')
    expect(await page.getByLabel('Saturday', { exact: true }).inputValue()).toBe(ALL_DAY)

    const settings = await harness.invoke<{ calendar: BusinessCalendar }>('tickets.settings', {})
    expect(settings.calendar.week[6]).toEqual([
      ['00:00', '12:00'],
      ['12:30', '23:59'],
    ])
    const after = await harness.invoke<TicketDetail>('tickets.get', { id: ticket.id })
    expect(after.policy.firstResponseMinutes).toBe(90)
    expect(after.sla.firstResponse.dueAt).not.toBe(ticket.sla.firstResponse.dueAt)
    expect(after.sla.firstResponse.dueAt).toBe(addBusinessMinutes(ticket.openedAt, 90, settings.calendar))
    await openTicket()
    const clock = page.locator('.sla-clock').first()
    await expect.poll(() => clock.textContent()).toContain('Target 1 h 30 min (business time)')
  })

  it('makes a periodic NPS batch from the Surveys tab, and its requests appear', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Tickets' }).click()
    await page.getByRole('radio', { name: 'Surveys' }).check()
    await expect.poll(() => page.getByText('No survey requests here.').count()).toBe(1)
    await page.getByRole('button', { name: 'Ask NPS of all buyers…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Periodic NPS survey' })
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('2 customers will get an NPS request.')
    await dialog.getByRole('button', { name: 'Send requests' }).click()
    await expect.poll(() => page.getByText('2 requests made (0 already had one).').count()).toBe(1)
    const rows = page.locator('.data-table tbody tr')
    await expect.poll(() => rows.count()).toBe(2)
    for (const name of ['李四', '王五']) {
      const row = rows.filter({ hasText: name })
      expect(await row.textContent()).toContain('Periodic NPS')
    }
    const stored = await harness.invoke<{ total: number; rows: { asks: { csat: boolean; nps: boolean } }[] }>(
      'surveys.requests',
      { state: 'open', offset: 0, limit: 50 },
    )
    expect(stored.total).toBe(2)
    expect(stored.rows.map((r) => r.asks)).toEqual([
      { csat: false, nps: true },
      { csat: false, nps: true },
    ])
    expect(problems).toEqual([])
  })
})
