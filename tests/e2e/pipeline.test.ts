import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DealDetail, PipelineStage } from '../../src-shared/domain/deal-types'
import { launchBrowser, noBrowserReason, openApp } from './support/browser'
import { startHarness, type Harness } from './support/harness'

/**
 * The board end to end: a deal made in the form, dragged one stage with the mouse, moved back
 * with the keys, sent to Lost (Esc cancels, a reason commits), undone with Ctrl+Z — and after a
 * reload the board shows what the data file holds.
 */
describe.skipIf(noBrowserReason)('pipeline board end to end: real renderer, real handlers, real data file', () => {
  let harness: Harness
  let browser: Browser
  let page: Page
  let problems: string[]
  let open: PipelineStage[]
  let dealId: number
  beforeAll(async () => {
    harness = await startHarness({ locale: 'en' })
    const stages = await harness.invoke<PipelineStage[]>('pipeline.stages', {})
    open = stages.filter((s) => s.kind === 'open')
    // Neighbours, so the moved card has a place among others.
    for (const title of ['Office chairs', 'Tea for the lobby']) {
      await harness.invoke('deals.create', { title, value: 150_000, stageId: open[1].id })
    }
    browser = await launchBrowser()
    ;({ page, problems } = await openApp(browser, harness.url, 'en-US'))
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
  })

  const column = (stage: { name: string }): Locator => page.getByRole('list', { name: stage.name, exact: true })
  const card = (title: string): Locator =>
    page.getByRole('group', { name: 'Pipeline board' }).getByRole('listitem').filter({ hasText: title })
  const deal = (): Promise<DealDetail> => harness.invoke<DealDetail>('deals.get', { id: dealId })
  const titlesIn = (stage: { name: string }): Promise<string[]> => column(stage).locator('.deal-card__title').allTextContents()

  it('creates a deal with the form (N) and shows it in the first stage with the column figures', async () => {
    await page.getByRole('button', { name: 'Pipeline' }).first().click()
    await expect.poll(() => column(open[1]).getByRole('listitem').count()).toBe(2)
    await page.keyboard.press('n')
    const form = page.getByRole('dialog', { name: 'New deal' })
    await form.getByRole('textbox', { name: 'Title' }).fill('Gift boxes for the spring party')
    await form.getByRole('textbox', { name: 'Value' }).fill('12,345.60')
    await form.getByRole('button', { name: 'Save deal' }).click()
    await expect.poll(() => form.isVisible()).toBe(false)
    await expect.poll(() => column(open[0]).getByRole('listitem').count()).toBe(1)
    const region = page.locator('.board-column').filter({ has: column(open[0]) })
    await expect.poll(() => region.locator('.board-column__figures').textContent()).toContain('1 deal')
    await expect.poll(() => region.locator('.board-column__figures').textContent()).toContain('12,345.60')
    const board = await harness.invoke<{ columns: { stageId: number; cards: { id: number; title: string }[] }[] }>(
      'deals.board',
      { filter: {} },
    )
    dealId = board.columns.find((c) => c.stageId === open[0].id)!.cards[0].id
    expect(await deal()).toMatchObject({ title: 'Gift boxes for the spring party', value: 1_234_560, stageId: open[0].id })
  })

  it('drags the card onto the next stage, between its two cards', async () => {
    const from = await card('Gift boxes').boundingBox()
    const target = await card('Tea for the lobby').boundingBox()
    await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2)
    await page.mouse.down()
    await page.mouse.move(from!.x + from!.width / 2 + 20, from!.y + from!.height / 2, { steps: 4 })
    await page.mouse.move(target!.x + target!.width / 2, target!.y + target!.height / 4, { steps: 12 })
    await page.mouse.up()
    await expect.poll(() => titlesIn(open[1])).toEqual(['Office chairs', 'Gift boxes for the spring party', 'Tea for the lobby'])
    await expect.poll(async () => (await deal()).stageId).toBe(open[1].id)
    expect((await deal()).history.map((v) => [v.fromStageId, v.toStageId])).toEqual([
      [null, open[0].id],
      [open[0].id, open[1].id],
    ])
  })

  it('moves it back with Shift+← and keeps it after a reload', async () => {
    await card('Gift boxes').focus()
    await page.keyboard.press('Shift+ArrowLeft')
    await expect.poll(async () => (await deal()).stageId).toBe(open[0].id)
    await page.reload()
    await page.getByRole('button', { name: 'Pipeline' }).first().click()
    await expect.poll(() => titlesIn(open[0])).toEqual(['Gift boxes for the spring party'])
    await expect.poll(() => titlesIn(open[1])).toEqual(['Office chairs', 'Tea for the lobby'])
  })

  it('asks why on L: Esc puts the card back, a reason marks it lost, Ctrl+Z undoes', async () => {
    await card('Gift boxes').focus()
    await page.keyboard.press('l')
    const ask = page.getByRole('dialog', { name: /Why was “Gift boxes for the spring party” lost/ })
    await expect.poll(() => ask.isVisible()).toBe(true)
    await page.keyboard.press('Escape')
    await expect.poll(() => ask.isVisible()).toBe(false)
    await expect.poll(() => titlesIn(open[0])).toEqual(['Gift boxes for the spring party'])
    expect((await deal()).status).toBe('open')

    await card('Gift boxes').focus()
    await page.keyboard.press('l')
    await ask.getByRole('textbox', { name: 'Another reason' }).fill('Went with a cheaper shop')
    await ask.getByRole('button', { name: 'Mark as lost' }).click()
    await expect.poll(async () => (await deal()).status).toBe('lost')
    expect(await deal()).toMatchObject({ lostReason: 'Went with a cheaper shop' })
    await expect.poll(() => column(open[0]).getByRole('listitem').count()).toBe(0)

    await page.locator('main').click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('Control+z')
    await expect.poll(async () => (await deal()).status).toBe('open')
    expect(await deal()).toMatchObject({ stageId: open[0].id, lostReason: null })
    await expect.poll(() => titlesIn(open[0])).toEqual(['Gift boxes for the spring party'])
  })

  it('opens the deal page with Enter: details, history of its moves', async () => {
    await card('Gift boxes').focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Gift boxes for the spring party' }).count()).toBe(1)
    await expect.poll(() => page.locator('.deal-history__item').count()).toBeGreaterThanOrEqual(3)
    await page.getByRole('textbox', { name: 'Add a note' }).fill('Wants red ribbons')
    await page.getByRole('button', { name: 'Add note', exact: true }).click()
    await expect.poll(async () => (await deal()).notes.map((n) => n.body)[0]).toBe('Wants red ribbons')
    await expect.poll(() => page.locator('.deal-notes__body').first().textContent()).toBe('Wants red ribbons')
  })

  it("lists the deal on its customer's page, and opens it from there", async () => {
    const { customer } = await harness.invoke<{ customer: { id: number } }>('customers.create', { name: '王芳' })
    await harness.invoke('deals.create', {
      title: 'Wedding favours',
      value: 50_000,
      stageId: open[2].id,
      customerId: customer.id,
    })
    await page.getByRole('button', { name: 'Pipeline' }).first().click()
    await card('Wedding favours').focus()
    await page.keyboard.press('Enter')
    await page.getByRole('button', { name: '王芳' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1, name: '王芳' }).count()).toBe(1)
    const panel = page.getByRole('region', { name: 'Open deals' })
    await panel.getByRole('button', { name: 'Wedding favours' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Wedding favours' }).count()).toBe(1)
    expect(problems).toEqual([])
  })
})
