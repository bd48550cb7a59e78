import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CustomerDetail } from '../../src-shared/domain/customer-types'
import type { TrashRow } from '../../src-shared/domain/customer-merge'
import { launchBrowser, noBrowserReason, openApp } from './support/browser'
import { startHarness, type Harness } from './support/harness'

interface Note {
  body: string | null
  title: string | null
}

/** Issue 9 point 1: merging two 张三 records in the browser loses no value, and can be undone. */
describe.skipIf(noBrowserReason)('merging two customers in the browser', () => {
  let harness: Harness
  let browser: Browser
  let page: Page
  let problems: string[]
  let keepId: number
  let dupId: number
  beforeAll(async () => {
    harness = await startHarness({ locale: 'en' })
    keepId = (
      await harness.invoke<{ customer: CustomerDetail }>('customers.create', {
        name: '张三',
        phone: '13800138000',
        city: '上海',
        email: 'zs@old.example',
      })
    ).customer.id
    dupId = (
      await harness.invoke<{ customer: CustomerDetail }>('customers.create', {
        name: '张三',
        phone: '13900139000',
        city: '北京',
        email: 'zhang@example.com',
        source: '抖音',
        notes: '喜欢绿茶',
      })
    ).customer.id
    browser = await launchBrowser()
    ;({ page, problems } = await openApp(browser, harness.url, 'en-US'))
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
  })

  it('keeps every value: chosen ones on the survivor, the others in its timeline, the duplicate in the Trash', async () => {
    await page.getByLabel('Search customers').fill('13800138000')
    const row = page.getByRole('grid').getByRole('row').filter({ hasText: '13800138000' })
    await expect.poll(() => row.count()).toBe(1)
    await row.getByText('张三').dblclick()
    await page.getByRole('button', { name: 'Merge…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Merge another customer into 张三' })
    await dialog.getByRole('searchbox').fill('139 0013')
    await dialog.getByRole('radio', { name: /张三/ }).first().check()
    const compare = dialog.getByRole('table', { name: 'The two customers side by side' })
    await expect.poll(() => compare.count(), { timeout: 15_000 }).toBe(1)
    await compare.getByRole('radio', { name: 'Keep zhang@example.com as the Email' }).check()
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click()
    await expect.poll(() => dialog.count()).toBe(0)

    const survivor = await harness.invoke<CustomerDetail>('customers.get', { id: keepId })
    expect(survivor).toMatchObject({ phone: '13800138000', city: '上海', email: 'zhang@example.com', source: '抖音' })
    expect(survivor.notes).toContain('喜欢绿茶')
    const timeline = await harness.invoke<Note[]>('customers.timeline', { customerId: keepId, limit: 50 })
    const text = JSON.stringify(timeline)
    for (const value of ['13900139000', '北京', 'zs@old.example']) expect(text).toContain(value)
    const trash = await harness.invoke<{ rows: TrashRow[] }>('customers.trash', { offset: 0, limit: 50 })
    expect(trash.rows).toEqual([expect.objectContaining({ id: dupId, mergedInto: { id: keepId, name: '张三' } })])
  })

  it('undoes the merge from the toast: both customers as they were', async () => {
    await page.getByRole('button', { name: 'Undo' }).first().click()
    await expect
      .poll(async () => (await harness.invoke<CustomerDetail>('customers.get', { id: keepId })).email)
      .toBe('zs@old.example')
    expect(await harness.invoke<CustomerDetail>('customers.get', { id: dupId })).toMatchObject({
      email: 'zhang@example.com',
      city: '北京',
      deletedAt: null,
    })
    expect((await harness.invoke<{ rows: TrashRow[] }>('customers.trash', { offset: 0, limit: 50 })).rows).toEqual([])
    expect(problems).toEqual([])
  })
})
