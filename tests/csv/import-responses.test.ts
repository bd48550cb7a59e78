import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { undoImport } from '../../src-main/csv/undo'
import { insertCustomer } from '../../src-main/customers/write'
import { localToday } from '../../src-main/insights/lib/dates'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { CampaignShop } from '../marketing/campaigns/support/campaign-shop'
import { fileWith, importCsv } from './support'

let backend: TestBackend
let shop: CampaignShop
beforeEach(() => {
  backend = openTestBackend({ osLocale: 'en' })
  shop = new CampaignShop(backend)
})
afterEach(() => backend.close())

const midnight = (day: string): string => {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(y, m - 1, d).toISOString()
}
const marks = (campaignId: number) =>
  backend.db
    .prepare(
      `SELECT c.name, m.contacted_at AS contacted, m.responded_at AS responded FROM campaign_members m
       JOIN customers c ON c.id = m.customer_id WHERE m.campaign_id = ? ORDER BY c.name`,
    )
    .all(campaignId)
const member = (name: string, code: string, phone: string): number =>
  insertCustomer(backend.db, { name, code, phone: phone || null })

describe('campaign responses imported from a CSV', () => {
  it('marks members by customer code or phone; strangers, unknown names and campaigns fail their rows', async () => {
    const [ann, bob, cat] = [member('Ann', 'C-1', '13800000001'), member('Bob', 'C-2', '13800000002'), member('Cat', 'C-3', '')]
    member('Stranger', 'C-9', '13800000009')
    const spring = await shop.campaign('Spring', [ann, bob, cat])
    const csv =
      '活动,客户编号,手机,回应,日期\n' +
      'Spring,C-1,,已回应,2026-03-02\n' + // by code
      'Spring,,138 0000 0002,已联系,2026-03-01\n' + // by phone, as a person types it
      'Spring,C-3,,,\n' + // no mark: responded; no day: today
      'Spring,C-9,,已回应,2026-03-02\n' + // not a member
      'Spring,C-404,,已回应,2026-03-02\n' + // nobody
      'Autumn,C-1,,已回应,2026-03-02\n' + // no such campaign
      'Spring,,,已回应,2026-03-02\n' // names no member
    const report = await importCsv(backend.db, fileWith(backend.dir, 'r.csv', csv), { kind: 'responses' })
    expect(report).toMatchObject({ rows: 7, updated: 3, skipped: 0, failed: 4 })
    expect(report.issues.map((i) => i.code).sort()).toEqual(
      ['invalid', 'not_campaign_member', 'unknown_campaign', 'unknown_customer'].sort(),
    )
    expect(report.issues.find((i) => i.code === 'invalid')?.reason).toBe('Give the member’s customer code or phone.')
    expect(marks(spring)).toEqual([
      { name: 'Ann', contacted: null, responded: midnight('2026-03-02') },
      { name: 'Bob', contacted: midnight('2026-03-01'), responded: null },
      { name: 'Cat', contacted: null, responded: midnight(localToday()) },
    ])
    expect(backend.db.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(4)

    const again = await importCsv(
      backend.db,
      fileWith(backend.dir, 'r2.csv', 'Campaign,Customer code,Date\nSpring,C-1,2026-03-02\n'),
      {
        kind: 'responses',
      },
    )
    expect(again).toMatchObject({ rows: 1, updated: 0, skipped: 1, failed: 0 })
  })

  it('a dry run changes nothing; undo puts every mark back, including marks made before the import', async () => {
    const [ann, bob] = [member('Ann', 'C-1', ''), member('Bob', 'C-2', '')]
    const spring = await shop.campaign('Spring', [ann, bob])
    await shop.call('campaigns.mark', { id: spring, customerIds: [ann], mark: 'contacted', on: '2026-02-28' })
    const before = marks(spring)
    const stampBefore = backend.db.prepare('SELECT updated_at FROM campaigns WHERE id = ?').pluck().get(spring)
    const file = fileWith(
      backend.dir,
      'r.csv',
      'Campaign,Customer code,Response,Date\nSpring,C-1,contacted,2026-03-01\nSpring,C-2,responded,2026-03-03\n',
    )
    const dry = await importCsv(backend.db, file, { kind: 'responses' }, { dryRun: true })
    expect(dry).toMatchObject({ updated: 2, importId: null })
    expect(dry.updates).toEqual({
      total: 1,
      samples: [
        {
          row: 2,
          id: spring,
          label: 'Spring',
          changes: [{ field: 'membersResponded', kind: 'number', before: 0, after: 1 }],
        },
      ],
    })
    expect(marks(spring)).toEqual(before)

    const report = await importCsv(backend.db, file, { kind: 'responses' })
    expect(report.entities).toEqual({ campaigns: { created: 0, updated: 1 } })
    expect(marks(spring)).toEqual([
      { name: 'Ann', contacted: midnight('2026-03-01'), responded: null },
      { name: 'Bob', contacted: null, responded: midnight('2026-03-03') },
    ])
    expect(undoImport(backend.db, report.importId!)).toEqual({ removed: 0, restored: 1 })
    expect(marks(spring)).toEqual(before)
    expect(backend.db.prepare('SELECT updated_at FROM campaigns WHERE id = ?').pluck().get(spring)).toBe(stampBefore)
  })

  it('undo is refused, naming the campaign, once members were marked by hand since', async () => {
    const ann = member('Ann', 'C-1', '')
    const spring = await shop.campaign('Spring', [ann])
    const report = await importCsv(backend.db, fileWith(backend.dir, 'r.csv', 'Campaign,Customer code\nSpring,C-1\n'), {
      kind: 'responses',
    })
    await new Promise((resolve) => setTimeout(resolve, 5)) // a later millisecond for the campaign's stamp
    await shop.call('campaigns.mark', { id: spring, customerIds: [ann], mark: 'contacted', on: '2026-03-05' })
    const after = marks(spring)
    expect(() => undoImport(backend.db, report.importId!)).toThrow(
      expect.objectContaining({ code: 'import_undo_conflict', params: expect.objectContaining({ list: 'Spring' }) }),
    )
    expect(marks(spring)).toEqual(after)
  })
})
