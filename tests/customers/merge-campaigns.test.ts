import type Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { undoImport } from '../../src-main/csv/undo'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { CampaignShop } from '../marketing/campaigns/support/campaign-shop'
import { fileWith, importCsv } from '../csv/support'
import { call } from './helpers'

let backend: TestBackend
let shop: CampaignShop
beforeEach(() => {
  backend = openTestBackend({ osLocale: 'en' })
  shop = new CampaignShop(backend)
})
afterEach(() => backend.close())

const rows = (db: Database.Database, table: string): unknown[] =>
  db.prepare(`SELECT * FROM ${table} ORDER BY campaign_id, customer_id`).all()
const stamp = (campaignId: number): string =>
  backend.db.prepare('SELECT updated_at FROM campaigns WHERE id = ?').pluck().get(campaignId) as string
const later = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5)) // a later millisecond for a stamp

/** Holds `held` out of a launched campaign, as a launch with a control percent does. */
const holdOut = (campaignId: number, held: number[]): void => {
  const insert = backend.db.prepare('INSERT INTO campaign_controls (campaign_id, customer_id) VALUES (?, ?)')
  for (const id of held) insert.run(campaignId, id)
}

describe('a customer merge and campaigns', () => {
  it('moves the merged record’s control-group places to the kept one (one place where both had it) and undo puts both back', async () => {
    const keep = shop.customer('Ann')
    const dupe = shop.customer('Ann (WeChat)')
    const other = shop.customer('Bob')
    const spring = await shop.campaign('Spring', [other])
    const autumn = await shop.campaign('Autumn', [other])
    holdOut(spring, [keep, dupe])
    holdOut(autumn, [dupe])
    const before = rows(backend.db, 'campaign_controls')

    await call(backend, 'customers.merge', { keepId: keep, mergeId: dupe })
    expect(rows(backend.db, 'campaign_controls')).toEqual([
      { campaign_id: spring, customer_id: keep },
      { campaign_id: autumn, customer_id: keep },
    ])
    await call(backend, 'customers.undoMerge', { id: dupe })
    expect(rows(backend.db, 'campaign_controls')).toEqual(before)
  })

  it('stamps the campaigns whose members moved, so a responses import made before the merge cannot be undone over it', async () => {
    const keep = shop.customer('Ann')
    const dupe = backend.db
      .prepare(`INSERT INTO customers (name, code) VALUES ('Ann (WeChat)', 'C-2') RETURNING id`)
      .pluck()
      .get() as number
    const spring = await shop.campaign('Spring', [keep, dupe])
    const report = await importCsv(backend.db, fileWith(backend.dir, 'r.csv', 'Campaign,Customer code\nSpring,C-2\n'), {
      kind: 'responses',
    })
    const imported = stamp(spring)
    await later()
    await call(backend, 'customers.merge', { keepId: keep, mergeId: dupe })
    expect(stamp(spring) > imported).toBe(true)
    const merged = rows(backend.db, 'campaign_members')
    expect(merged).toEqual([{ campaign_id: spring, customer_id: keep, contacted_at: null, responded_at: null }])
    expect(() => undoImport(backend.db, report.importId!)).toThrow(
      expect.objectContaining({ code: 'import_undo_conflict', params: expect.objectContaining({ list: 'Spring' }) }),
    )
    expect(rows(backend.db, 'campaign_members')).toEqual(merged)

    await later()
    const mergedStamp = stamp(spring)
    await call(backend, 'customers.undoMerge', { id: dupe })
    expect(stamp(spring) > mergedStamp).toBe(true)
    expect(rows(backend.db, 'campaign_members')).toEqual([
      { campaign_id: spring, customer_id: keep, contacted_at: null, responded_at: null },
      { campaign_id: spring, customer_id: dupe, contacted_at: null, responded_at: expect.any(String) },
    ])
  })
})
