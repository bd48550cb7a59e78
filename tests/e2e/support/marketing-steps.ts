import type Database from 'better-sqlite3'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { resources } from '../../../src-shared/i18n'
import { formatMoney } from '../../../src-renderer/src/lib/format'
import { dayDiff, localDay } from '../../insights/support/days'
import type { Harness } from './harness'

const campaigns = resources.en['marketing-campaigns']

/** Consent of every kind over customers 1…n: a third said yes, a third no, the rest never asked; a tenth do-not-contact. */
export async function consentOfEveryKind(harness: Harness, customers: number): Promise<void> {
  const ids = Array.from({ length: customers }, (_, i) => i + 1)
  await harness.invoke('consent.set', {
    ids: ids.filter((id) => id % 3 === 0),
    patch: { consent: 'yes', on: '2026-11-01', source: 'in_store' },
  })
  await harness.invoke('consent.set', {
    ids: ids.filter((id) => id % 3 === 1),
    patch: { consent: 'no', on: '2026-11-01', source: 'form' },
  })
  await harness.invoke('consent.set', { ids: ids.filter((id) => id % 10 === 0), patch: { doNotContact: true } })
}

/**
 * Live customers whose last counted purchase is more than `days` local days ago, with at least
 * `minOrders` counted orders: counted by hand on the data file, independently of the app's query.
 */
export function lapsedOver(file: Database.Database, days: number, minOrders = 0): number {
  const rows = file
    .prepare(
      `SELECT max(o.ordered_at) AS last, count(*) AS n FROM orders o JOIN customers c ON c.id = o.customer_id
        WHERE c.deleted_at IS NULL AND o.deleted_at IS NULL AND o.status IN ('paid', 'shipped', 'completed')
        GROUP BY o.customer_id`,
    )
    .all() as { last: string; n: number }[]
  const today = localDay(new Date())
  return rows.filter((r) => dayDiff(localDay(new Date(r.last)), today) > days && r.n >= minOrders).length
}

/** A figure tile on the open campaign page, as shown. */
export const campaignTile = (page: Page, key: string): Promise<string | null> =>
  page.locator(`.campaign-figures__tile--${key} dd`).textContent()

/**
 * On the Campaigns tab (English): a new campaign on a saved segment, with one cost line of
 * `yuan`; waits until the page shows that cost. Answers the campaign's id from the data file.
 */
export async function createCampaignOnScreen(
  page: Page,
  file: Database.Database,
  campaign: { name: string; segment: string; costItem: string; yuan: number },
): Promise<number> {
  await page.getByRole('radio', { name: campaigns.tab }).dispatchEvent('click')
  await page.getByRole('button', { name: campaigns.create }).click()
  await page.getByLabel(campaigns.fields.name).fill(campaign.name)
  await page.getByLabel(campaigns.fields.segment).selectOption({ label: campaign.segment })
  await page.getByRole('button', { name: campaigns.actions.save }).click()
  await page.getByRole('heading', { name: campaign.name }).waitFor()
  const id = Number(file.prepare('SELECT id FROM campaigns WHERE name = ?').pluck().get(campaign.name))
  await page.getByLabel(campaigns.costs.item).fill(campaign.costItem)
  await page.getByLabel(campaigns.costs.amount).fill(String(campaign.yuan))
  await page.getByRole('button', { name: campaigns.costs.add }).click()
  await expect.poll(() => campaignTile(page, 'cost'), { timeout: 10_000 }).toBe(formatMoney(campaign.yuan * 100, 'en', 'CNY'))
  return id
}
