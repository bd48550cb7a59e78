import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DealDetail, LostReason, PipelineStage } from '../../src-shared/domain/deal-types'
import { launchBrowser, noBrowserReason, openApp } from './support/browser'
import { startHarness, type Harness } from './support/harness'

/** Settings → Pipeline stages and Lost reasons, through the real renderer and handlers. */
describe.skipIf(noBrowserReason)('pipeline settings end to end', () => {
  let harness: Harness
  let browser: Browser
  let page: Page
  let problems: string[]
  beforeAll(async () => {
    harness = await startHarness({ locale: 'en' })
    browser = await launchBrowser()
    ;({ page, problems } = await openApp(browser, harness.url, 'en-US'))
    await page.getByRole('button', { name: 'Settings' }).first().click()
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
  })

  const stages = (): Promise<PipelineStage[]> => harness.invoke<PipelineStage[]>('pipeline.stages', {})
  const reasons = (): Promise<LostReason[]> => harness.invoke<LostReason[]>('pipeline.lostReasons', {})

  it('renames a stage, changes its probability and moves it up', async () => {
    const before = await stages()
    const names = page.getByRole('textbox', { name: 'Stage name' })
    await expect.poll(() => names.count()).toBe(before.length)
    await names.nth(2).fill('Quote sent')
    await names.nth(2).press('Enter')
    await expect.poll(async () => (await stages())[2].name).toBe('Quote sent')
    const probability = page.getByRole('textbox', { name: 'Probability (%)' }).nth(2)
    await probability.fill('35')
    await probability.press('Enter')
    await expect.poll(async () => (await stages())[2].probability).toBe(0.35)
    await page.getByRole('button', { name: 'Move Quote sent up' }).click()
    await expect
      .poll(async () => (await stages()).map((s) => s.id))
      .toEqual([before[0].id, before[2].id, before[1].id, ...before.slice(3).map((s) => s.id)])
  })

  it('refuses a probability over 100 % with a message and keeps the stored one', async () => {
    const probability = page.getByRole('textbox', { name: 'Probability (%)' }).nth(1)
    await probability.fill('250')
    await probability.press('Enter')
    await expect.poll(() => page.locator('.toast--error').count()).toBeGreaterThan(0)
    await expect.poll(() => probability.inputValue()).toBe('35')
    expect((await stages())[1].probability).toBe(0.35)
  })

  it('deletes a stage that holds deals after asking where they go', async () => {
    const all = await stages()
    const negotiation = all.find((s) => s.name === 'Negotiation')!
    const deal = await harness.invoke<DealDetail>('deals.create', { title: 'Tea sets', value: 10_000, stageId: negotiation.id })
    await page.getByRole('button', { name: 'Delete Negotiation' }).click()
    const ask = page.getByRole('dialog', { name: 'Delete “Negotiation”?' })
    await ask.getByRole('combobox').selectOption({ label: 'Quote sent' })
    await ask.getByRole('button', { name: 'Move and delete' }).click()
    await expect.poll(async () => (await stages()).some((s) => s.id === negotiation.id)).toBe(false)
    expect((await harness.invoke<DealDetail>('deals.get', { id: deal.id })).stageName).toBe('Quote sent')
  })

  it('adds a lost reason that the lost question then offers', async () => {
    const before = await reasons()
    await page.getByRole('button', { name: 'Add a reason' }).click()
    await expect.poll(async () => (await reasons()).length).toBe(before.length + 1)
    const fields = page.getByRole('textbox', { name: 'Reason' })
    await expect.poll(() => fields.count()).toBe(before.length + 1)
    const field = fields.last()
    // The new reason's field has the focus with its placeholder selected: typing replaces it.
    await expect.poll(() => field.evaluate((input) => input === document.activeElement)).toBe(true)
    await page.keyboard.type('Shop too far away')
    await field.press('Enter')
    await expect.poll(async () => (await reasons()).at(-1)?.label).toBe('Shop too far away')
    await page.getByRole('button', { name: 'Pipeline' }).first().click()
    await page.getByRole('group', { name: 'Pipeline board' }).getByRole('listitem').filter({ hasText: 'Tea sets' }).focus()
    await page.keyboard.press('l')
    await expect.poll(() => page.getByRole('dialog').getByRole('radio', { name: 'Shop too far away' }).count()).toBe(1)
    await page.keyboard.press('Escape')
    expect(problems).toEqual([])
  })
})
