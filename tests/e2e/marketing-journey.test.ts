import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { parse } from 'csv-parse/sync'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateShop } from '../../src-main/seed/generate-shop'
import type { CampaignDetail } from '../../src-shared/domain/campaign-types'
import { resources } from '../../src-shared/i18n'
import { formatMoney, formatPercent } from '../../src-renderer/src/lib/format'
import { makeTempDir } from '../support/temp-dir'
import { noBrowserReason, openApp } from './support/browser'
import { campaignTile, consentOfEveryKind, createCampaignOnScreen, lapsedOver } from './support/marketing-steps'
import { SHOTS, seededShop } from './support/seeded-shop'

const CUSTOMERS = 600
const segments = resources.en['marketing-segments']
const campaigns = resources.en['marketing-campaigns']
const reach = resources.en['marketing-reach'].export

/**
 * Issue 14's story in one run, every step on screen in Chromium against the real handlers on a
 * seeded shop: a segment built from filters (its count checked against the data file after each
 * change), a campaign launched on it with a control, a member marked contacted and responded, a
 * sale rung up for that member on the Orders page, the campaign's revenue and ROI following it,
 * and the campaign's target list exported — the file's rows read back against the dialog's count.
 */
describe.skipIf(noBrowserReason)('marketing, from a segment to an exported target list', () => {
  const shop = seededShop({
    prefix: 'kehu-e2e-journey-',
    locale: 'en',
    fill: (db) => generateShop(db, { customers: CUSTOMERS, orders: 2500, seed: 5, locale: 'zh-CN' }),
    dismissDigest: true,
  })
  const out = makeTempDir('kehu-e2e-journey-out-')
  let file: Database.Database
  let page: Page
  let problems: string[]
  beforeAll(async () => {
    await consentOfEveryKind(shop.harness, CUSTOMERS)
    file = new Database(join(shop.harness.dataDir, 'kehu.sqlite'), { readonly: true })
    ;({ page, problems } = await openApp(shop.browser, shop.harness.url, 'en-US'))
  })
  afterAll(() => {
    file?.close()
    out.cleanup()
  })

  const shownCount = async (): Promise<number> =>
    Number((await page.getByTestId('segment-count').textContent())?.replace(/\D/g, ''))
  const tile = (key: string): Promise<string | null> => campaignTile(page, key)
  const figures = async (id: number): Promise<CampaignDetail['figures']> =>
    (await shop.harness.invoke<CampaignDetail>('campaigns.get', { id })).figures
  const nav = (name: string) => page.getByRole('navigation', { name: 'Main navigation' }).getByRole('button', { name })

  let segmentSize = 0
  let campaignId = 0
  let member = { customerId: 0, name: '' }

  it('builds a segment from filters: the live count follows each change and equals the data', async () => {
    await nav(resources.en.nav.marketing).click()
    await page.getByRole('textbox', { name: segments.builder.name }).waitFor()
    // The builder starts with "last purchase more than 90 days ago".
    await expect.poll(() => shownCount(), { timeout: 15_000 }).toBe(lapsedOver(file, 90))
    await page.getByRole('spinbutton', { name: segments.rules.days, exact: true }).fill('30')
    await expect.poll(() => shownCount(), { timeout: 15_000 }).toBe(lapsedOver(file, 30))
    await page.getByRole('button', { name: segments.builder.addRule }).click()
    // The added filter is "number of orders, at least 2".
    segmentSize = lapsedOver(file, 30, 2)
    await expect.poll(() => shownCount(), { timeout: 15_000 }).toBe(segmentSize)
    expect(new Set([lapsedOver(file, 90), lapsedOver(file, 30), segmentSize]).size).toBe(3)
    await page.getByRole('textbox', { name: segments.builder.name }).fill('Regulars, quiet a month')
    await page.getByRole('button', { name: segments.builder.save, exact: true }).click()
    await expect
      .poll(() => page.locator('.segment-list__items').textContent(), { timeout: 15_000 })
      .toContain('Regulars, quiet a month')
    expect(problems).toEqual([])
  }, 60_000)

  it('creates a campaign on the segment with a cost, and launches it with a 10% control', async () => {
    campaignId = await createCampaignOnScreen(page, file, {
      name: 'Come back for tea',
      segment: 'Regulars, quiet a month',
      costItem: 'WeChat moments ad',
      yuan: 200,
    })

    await page.getByRole('button', { name: campaigns.actions.launch }).click()
    await page.getByLabel(campaigns.launch.control).fill('10')
    await page.getByRole('button', { name: campaigns.launch.confirm, exact: true }).click()
    // Launched when the page says so; only then are the members in the file.
    await page.getByRole('button', { name: campaigns.actions.end }).waitFor()
    const members = Number(file.prepare('SELECT count(*) FROM campaign_members WHERE campaign_id = ?').pluck().get(campaignId))
    const control = Number(file.prepare('SELECT count(*) FROM campaign_controls WHERE campaign_id = ?').pluck().get(campaignId))
    await expect.poll(() => tile('members'), { timeout: 10_000 }).toBe(members.toLocaleString('en'))
    expect(members + control).toBe(segmentSize)
    expect(control).toBe(Math.floor(segmentSize / 10))
    expect(problems).toEqual([])
  }, 60_000)

  it('marks a member contacted and responded', async () => {
    const first = page.locator('.campaign-members tbody tr').first()
    member = (
      await shop.harness.invoke<{ rows: { customerId: number; name: string }[] }>('campaigns.members', {
        id: campaignId,
        offset: 0,
        limit: 1,
      })
    ).rows[0]
    expect(await first.locator('td').nth(1).textContent()).toBe(member.name)
    await first.getByRole('checkbox').check()
    await page.getByRole('button', { name: campaigns.members.markContacted }).click()
    await expect.poll(() => tile('contacted'), { timeout: 10_000 }).toBe('1')
    await first.getByRole('checkbox').check()
    await page.getByRole('button', { name: campaigns.members.markResponded }).click()
    await expect.poll(() => tile('responders'), { timeout: 10_000 }).toBe('1')
    expect(await tile('buyers')).toBe('0')
    expect(problems).toEqual([])
  }, 60_000)

  it('rings up a sale for the member on the Orders page, and the campaign’s revenue and ROI follow it', async () => {
    const before = await figures(campaignId)
    const phone = file.prepare('SELECT phone FROM customers WHERE id = ?').pluck().get(member.customerId) as string
    const product = file
      .prepare(
        'SELECT sku, name, price, cost FROM products WHERE active = 1 AND cost IS NOT NULL AND deleted_at IS NULL ORDER BY id LIMIT 1',
      )
      .get() as { sku: string; name: string; price: number; cost: number }
    expect(phone).toBeTruthy()

    await nav(resources.en.nav.orders).click()
    await page.getByRole('grid', { name: 'Orders' }).waitFor()
    await page.keyboard.press('n')
    const form = page.getByRole('dialog', { name: 'New order' })
    await form.waitFor()
    await page.keyboard.type(phone)
    await expect.poll(() => page.getByRole('option', { selected: true }).filter({ hasText: member.name }).count()).toBe(1)
    await page.keyboard.press('Enter')
    await page.keyboard.type(product.sku)
    await expect.poll(() => page.getByRole('option', { selected: true }).filter({ hasText: product.name }).count()).toBe(1)
    await page.keyboard.press('Enter')
    await expect.poll(() => form.getByTestId('order-total').textContent()).toBe(formatMoney(product.price, 'en', 'CNY'))
    await page.keyboard.press('Enter')
    await expect.poll(() => form.count(), { timeout: 10_000 }).toBe(0)

    await nav(resources.en.nav.marketing).click()
    await page.getByRole('radio', { name: campaigns.tab }).dispatchEvent('click')
    await page.getByRole('link', { name: 'Come back for tea' }).click()
    const revenue = before.revenue + product.price
    const profit = before.grossProfit + product.price - product.cost
    await expect.poll(() => tile('revenue'), { timeout: 15_000 }).toBe(formatMoney(revenue, 'en', 'CNY'))
    expect(await tile('grossProfit')).toBe(formatMoney(profit, 'en', 'CNY'))
    expect(await tile('buyers')).toBe(String(before.buyers + 1))
    expect(await tile('roi')).toBe(formatPercent((profit - 20_000) / 20_000, 'en', 1))
    expect(await figures(campaignId)).toMatchObject({ revenue, grossProfit: profit, cost: 20_000, buyers: before.buyers + 1 })
    const row = page.locator('.campaign-members tbody tr').first()
    expect(await row.locator('td').last().textContent()).toBe(formatMoney(product.price, 'en', 'CNY'))
    // The member's sale moved the members' buyer rate, which the control's line sets beside its own.
    expect(await page.locator('.campaign-figures__notes').textContent()).toMatch(/^Control: \d+ held-out customers/)
    await page.screenshot({ path: join(SHOTS, 'marketing-journey-campaign-en-light.png'), fullPage: true })
    expect(problems).toEqual([])
  }, 60_000)

  it('exports the campaign’s target list: the file holds the members minus those left out, as the dialog says', async () => {
    await page.getByRole('button', { name: reach.open, exact: true }).click()
    const dialog = page.getByRole('dialog', { name: reach.title })
    const members = Number(file.prepare('SELECT count(*) FROM campaign_members WHERE campaign_id = ?').pluck().get(campaignId))
    const left = (where: string): number =>
      Number(
        file
          .prepare(
            `SELECT count(*) FROM campaign_members m JOIN customers c ON c.id = m.customer_id
              WHERE m.campaign_id = ? AND (${where})`,
          )
          .pluck()
          .get(campaignId),
      )
    const doNotContact = left('c.do_not_contact = 1')
    const refused = left("c.do_not_contact = 0 AND c.marketing_consent = 'no'")
    const unknown = left("c.do_not_contact = 0 AND c.marketing_consent = 'unknown'")
    expect(doNotContact * refused * unknown).toBeGreaterThan(0)
    await expect
      .poll(() => dialog.getByTestId('target-members').textContent(), { timeout: 15_000 })
      .toBe(`${members.toLocaleString('en')} customers in this list`)
    const rows = members - doNotContact - refused - unknown
    const rowsLine = (n: number, excluded: number) =>
      `The file will hold ${n.toLocaleString('en')} rows: ${members.toLocaleString('en')} in the list − ${excluded.toLocaleString('en')} left out.`
    expect(await dialog.getByTestId('target-rows').textContent()).toBe(rowsLine(rows, doNotContact + refused + unknown))
    // Ticking "never asked" lets them in; the refusals and do-not-contact stay out.
    await dialog.getByRole('checkbox', { name: reach.includeUnknown }).check()
    await expect
      .poll(() => dialog.getByTestId('target-rows').textContent(), { timeout: 15_000 })
      .toBe(rowsLine(rows + unknown, doNotContact + refused))
    await page.screenshot({ path: join(SHOTS, 'marketing-journey-export-en-light.png') })

    const path = join(out.dir, 'come-back.csv')
    await shop.harness.queueDialog('saveFile', path)
    await dialog.getByRole('button', { name: reach.run }).click()
    await expect.poll(() => dialog.getByTestId('target-written').count(), { timeout: 30_000 }).toBe(1)
    const bytes = readFileSync(path)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = parse(bytes.subarray(3).toString('utf8')) as string[][]
    expect(lines[0]).toEqual(['Name', 'Phone', 'WeChat ID', 'Tags'])
    expect(lines.length - 1).toBe(rows + unknown)
    expect(await dialog.getByTestId('target-written').textContent()).toContain(
      `with ${(rows + unknown).toLocaleString('en')} rows`,
    )
    expect(problems).toEqual([])
  }, 60_000)
})
