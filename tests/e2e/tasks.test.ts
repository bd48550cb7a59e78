import { addDays, format } from 'date-fns'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Task } from '../../src-shared/domain/task-types'
import { launchBrowser, noBrowserReason, openApp } from './support/browser'
import { startHarness, type Harness } from './support/harness'

const MINUTE = 60_000

/**
 * A follow-up's whole life in the real renderer against the real main process: logged with a
 * call, added from the customer's page with a reminder, seen on Today, reminded once under the
 * harness's test clock, snoozed, reminded again once, done with "next follow-up?" accepted by
 * Enter — and never reminded again.
 */
describe.skipIf(noBrowserReason)('tasks and reminders end to end', () => {
  let harness: Harness
  let browser: Browser
  let page: Page
  let problems: string[]
  let customerId: number
  beforeAll(async () => {
    harness = await startHarness({ locale: 'en' })
    const created = await harness.invoke<{ customer: { id: number } }>('customers.create', { name: '王芳', phone: '13800138000' })
    customerId = created.customer.id
    browser = await launchBrowser()
    ;({ page, problems } = await openApp(browser, harness.url, 'en-US'))
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
  })

  const reminders = (): ReturnType<Page['getByRole']> => page.getByRole('region', { name: 'Reminders', exact: true })
  const block = (name: string) => page.getByRole('region', { name: new RegExp(`^${name} · `) })
  const tasksOf = async (): Promise<{ open: Task[]; done: Task[] }> =>
    harness.invoke('tasks.list', { link: { kind: 'customer', id: customerId } })
  /** The backend's clock moves; what it fired has had time to reach the page. */
  const advance = async (ms: number): Promise<void> => {
    await harness.moveClock({ advanceMs: ms })
    await page.waitForTimeout(300)
  }

  it('logs a call that plans the next follow-up in the same step', async () => {
    await page.getByRole('grid').getByText('王芳').dblclick()
    await expect.poll(() => page.getByRole('heading', { level: 1, name: '王芳' }).count()).toBe(1)
    const followUpDay = format(addDays(new Date(Date.parse(await harness.moveClock({}))), 3), 'yyyy-MM-dd')
    await page.getByPlaceholder(/What was said/).fill('Asked about the gift boxes')
    await page.getByLabel('Next follow-up').fill(followUpDay)
    await page.getByRole('button', { name: 'Log Call' }).click()
    const panel = page.getByRole('region', { name: 'Tasks', exact: true })
    await expect.poll(() => panel.getByRole('listitem', { name: 'Follow up (Call)' }).count()).toBe(1)
    const [task] = (await tasksOf()).open
    expect(task.due).toEqual({ kind: 'day', date: followUpDay })
  })

  it('adds a task with a reminder from the customer page and shows it on Today', async () => {
    const now = Date.parse(await harness.moveClock({}))
    const panel = page.getByRole('region', { name: 'Tasks', exact: true })
    await panel.getByRole('button', { name: 'Add task' }).click()
    const dialog = page.getByRole('dialog', { name: 'New task' })
    await dialog.getByLabel('Title').fill('Send the price list')
    await dialog.getByLabel('Reminder').fill(format(new Date(now + 5 * MINUTE), "yyyy-MM-dd'T'HH:mm"))
    await dialog.getByLabel('Title').press('Enter')
    await expect.poll(() => dialog.count()).toBe(0)
    await expect.poll(() => panel.getByRole('listitem', { name: 'Send the price list' }).count()).toBe(1)

    await page.locator('.sidebar__link').filter({ hasText: 'Today' }).click()
    await expect.poll(() => block('Due today').getByRole('listitem', { name: 'Send the price list' }).count()).toBe(1)
    await expect.poll(() => block('Next 7 days').getByRole('listitem', { name: 'Follow up (Call)' }).count()).toBe(1)
    expect(await reminders().getByRole('article').count()).toBe(0)
  })

  it('reminds once when the reminder comes due, snoozes 10 minutes, reminds once again, is done', async () => {
    const card = reminders().getByRole('article', { name: 'Send the price list' })
    await advance(5 * MINUTE)
    await expect.poll(() => card.count()).toBe(1)
    await card.locator('summary', { hasText: 'Snooze' }).click()
    await card.getByRole('button', { name: 'In 10 minutes' }).click()
    await expect.poll(() => card.count()).toBe(0)
    await expect.poll(() => page.getByText(/^Reminder moved to /).count()).toBe(1)

    await advance(9 * MINUTE)
    expect(await card.count()).toBe(0)
    await advance(1 * MINUTE)
    await expect.poll(() => card.count()).toBe(1)
    await advance(30 * MINUTE)
    expect(await reminders().getByRole('article').count()).toBe(1)

    await card.getByRole('button', { name: 'Done' }).click()
    const next = page.getByRole('dialog', { name: 'Next follow-up?' })
    await expect.poll(() => next.count()).toBe(1)
    const today = format(new Date(Date.parse(await harness.moveClock({}))), 'yyyy-MM-dd')
    const suggested = format(addDays(new Date(`${today}T12:00:00`), 7), 'yyyy-MM-dd')
    expect(await next.getByLabel('Date').inputValue()).toBe(suggested)
    await page.keyboard.press('Enter')
    await expect.poll(() => next.count()).toBe(0)
    await expect.poll(() => page.getByText(/^Next follow-up planned for /).count()).toBe(1)

    await expect.poll(() => block('Due today').getByRole('listitem', { name: 'Send the price list' }).count()).toBe(0)
    const { open, done } = await tasksOf()
    expect(done.map((t) => t.title)).toEqual(['Send the price list'])
    expect(open.map((t) => t.title).sort()).toEqual(['Follow up (Call)', 'Send the price list'])
    expect(open.find((t) => t.title === 'Send the price list')!.due).toEqual({ kind: 'day', date: suggested })

    // Done is done: the snoozed reminder never comes back.
    await advance(24 * 60 * MINUTE)
    expect(await reminders().getByRole('article').count()).toBe(0)
    expect(problems).toEqual([])
  })

  it('delivers what came due while the laptop slept as one digest on wake, once', async () => {
    const now = Date.parse(await harness.moveClock({}))
    for (const [title, minutes] of [
      ['Ask about the invoice', 10],
      ['Confirm the delivery', 20],
    ] as const) {
      await harness.invoke('tasks.create', {
        title,
        due: { kind: 'time', at: new Date(now + 2 * 60 * MINUTE).toISOString() },
        remindAt: new Date(now + minutes * MINUTE).toISOString(),
        link: { kind: 'customer', id: customerId },
      })
    }
    await harness.moveClock({ sleepMs: 60 * MINUTE, resume: true })
    const digest = reminders().getByRole('article', { name: 'Reminders while Kehu was closed or asleep: 2' })
    await expect.poll(() => digest.count()).toBe(1)
    expect(await reminders().getByRole('article').count()).toBe(1)
    await advance(30 * MINUTE)
    expect(await reminders().getByRole('article').count()).toBe(1)
    await digest.getByRole('button', { name: 'Open Today' }).click()
    await expect.poll(() => reminders().getByRole('article').count()).toBe(0)
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Today' }).count()).toBe(1)
    expect(problems).toEqual([])
  })

  it('opens the task from its reminder', async () => {
    const now = Date.parse(await harness.moveClock({}))
    await harness.invoke('tasks.create', {
      title: 'Bring the samples',
      due: { kind: 'time', at: new Date(now + 60 * MINUTE).toISOString() },
      remindAt: new Date(now + MINUTE).toISOString(),
      link: { kind: 'customer', id: customerId },
    })
    await advance(MINUTE)
    const card = reminders().getByRole('article', { name: 'Bring the samples' })
    await expect.poll(() => card.count()).toBe(1)
    await card.getByRole('button', { name: 'Open' }).click()
    const editor = page.getByRole('dialog', { name: 'Edit task' })
    await expect.poll(() => editor.count()).toBe(1)
    expect(await editor.getByLabel(/^Title/).inputValue()).toBe('Bring the samples')
    expect(await card.count()).toBe(0)
    await page.keyboard.press('Escape')
    await expect.poll(() => editor.count()).toBe(0)
  })

  it('marks a task done from Today with the keyboard', async () => {
    const row = block('Next 7 days').getByRole('listitem', { name: 'Follow up (Call)' })
    await page.reload()
    await page.locator('.sidebar__link').filter({ hasText: 'Today' }).click()
    await expect.poll(() => row.count()).toBe(1)
    await row.focus()
    await page.keyboard.press('d')
    const next = page.getByRole('dialog', { name: 'Next follow-up?' })
    await expect.poll(() => next.count()).toBe(1)
    await page.keyboard.press('Escape')
    await expect.poll(() => next.count()).toBe(0)
    await expect
      .poll(async () => (await tasksOf()).done.map((t) => t.title).sort())
      .toEqual(['Follow up (Call)', 'Send the price list'])
    expect(problems).toEqual([])
  })
})
