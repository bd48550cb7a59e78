import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tagCustomers } from '../../../src-main/customers/tag-write'
import { insertCustomer } from '../../../src-main/customers/write'
import { addCampaignMember, insertCampaign } from '../../../src-main/marketing/write'
import type { SegmentDefinition } from '../../../src-shared/domain/segment'
import { call, callError } from '../../customers/helpers'
import { openTestBackend, type TestBackend } from '../../support/test-db'

let backend: TestBackend
let campaignId: number
const HOSTILE = "=cmd|' /C calc'!A0"

/**
 * 300 members with every mix of consent and do-not-contact (a fixed rhythm, not random), a
 * deleted member, a non-member, a hostile name and tags.
 */
function buildShop(db: TestBackend['db']): void {
  campaignId = insertCampaign(db, { name: '双十一' })
  const consents = ['yes', 'no', 'unknown', 'yes', 'unknown'] as const
  for (let i = 0; i < 300; i++) {
    const id = insertCustomer(db, { name: i === 7 ? HOSTILE : `客户${i}`, phone: `1380000${String(i).padStart(4, '0')}` })
    db.prepare('UPDATE customers SET marketing_consent = ?, do_not_contact = ?, wechat_id = ? WHERE id = ?').run(
      i === 7 ? 'yes' : consents[i % 5],
      i % 7 === 3 ? 1 : 0,
      i % 2 === 0 ? `wx_${i}` : null,
      id,
    )
    addCampaignMember(db, { campaignId, customerId: id })
    if (i % 10 === 0) tagCustomers(db, [id], { tagName: 'VIP' })
  }
  const gone = insertCustomer(db, { name: 'Deleted member' })
  db.prepare(`UPDATE customers SET marketing_consent = 'yes', deleted_at = '2026-01-01T00:00:00.000Z' WHERE id = ?`).run(gone)
  addCampaignMember(db, { campaignId, customerId: gone })
  const outsider = insertCustomer(db, { name: 'Not a member' })
  db.prepare(`UPDATE customers SET marketing_consent = 'yes' WHERE id = ?`).run(outsider)
}

/** The expected counts, by a query of its own over the stored rows. */
function expected(includeUnknown: boolean) {
  const members = backend.db
    .prepare(
      `SELECT c.marketing_consent AS consent, c.do_not_contact AS dnc FROM campaign_members m
       JOIN customers c ON c.id = m.customer_id WHERE m.campaign_id = ? AND c.deleted_at IS NULL`,
    )
    .all(campaignId) as { consent: string; dnc: number }[]
  const doNotContact = members.filter((m) => m.dnc === 1).length
  const refused = members.filter((m) => m.dnc === 0 && m.consent === 'no').length
  const unknown = includeUnknown ? 0 : members.filter((m) => m.dnc === 0 && m.consent === 'unknown').length
  return {
    members: members.length,
    excluded: { doNotContact, refused, unknown },
    rows: members.length - doNotContact - refused - unknown,
  }
}

const readRows = (path: string, encoding: 'utf8' | 'gb18030'): string[][] => {
  const bytes = readFileSync(path)
  const text = encoding === 'utf8' ? bytes.subarray(3).toString('utf8') : iconv.decode(bytes, 'gb18030')
  return parse(text) as string[][]
}

beforeAll(() => {
  backend = openTestBackend({ osLocale: 'zh-CN' })
  buildShop(backend.db)
})
afterAll(() => backend.close())

describe('targets.*: a campaign’s members as a lawful target list', () => {
  it('counts the members and who is left out, each once, as an independent query does', async () => {
    const count = await call(backend, 'targets.count', { source: { kind: 'campaign', campaignId } })
    expect(count).toEqual(expected(false))
    expect(count.excluded.doNotContact).toBeGreaterThan(0)
    expect(count.excluded.refused).toBeGreaterThan(0)
    expect(count.excluded.unknown).toBeGreaterThan(0)
    const withUnknown = await call(backend, 'targets.count', {
      source: { kind: 'campaign', campaignId },
      includeUnknown: true,
    })
    expect(withUnknown).toEqual(expected(true))
  })

  it('writes UTF-8 with BOM: rows = members − excluded, base columns, hostile text guarded', async () => {
    const path = join(backend.dir, 'list.csv')
    backend.dialogs.queue('saveFile', path)
    const result = await call(backend, 'targets.export', {
      source: { kind: 'campaign', campaignId },
      columns: ['consent', 'city'],
    })
    const want = expected(false)
    expect(result?.count).toEqual(want)
    expect(result?.file.rows).toBe(want.rows)
    expect([...readFileSync(path).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const [header, ...rows] = readRows(path, 'utf8')
    expect(header).toEqual(['姓名', '电话', '微信号', '标签', '营销同意', '城市'])
    expect(rows).toHaveLength(want.rows)
    expect(rows.every((r) => r[4] === '同意')).toBe(true)
    expect(rows.find((r) => r[0].includes('cmd'))?.[0]).toBe(`'${HOSTILE}`)
    expect(rows.some((r) => r[3] === 'VIP' && r[2].startsWith('wx_'))).toBe(true)
    expect(rows.some((r) => r[0] === 'Deleted member' || r[0] === 'Not a member')).toBe(false)
  })

  it('includes the never-asked only when told, and GB18030 bytes decode back to the same rows', async () => {
    const path = join(backend.dir, 'gb.csv')
    backend.dialogs.queue('saveFile', path)
    const result = await call(backend, 'targets.export', {
      source: { kind: 'campaign', campaignId },
      includeUnknown: true,
      encoding: 'gb18030',
    })
    const want = expected(true)
    expect(result?.file.rows).toBe(want.rows)
    const rows = readRows(path, 'gb18030').slice(1)
    expect(rows).toHaveLength(want.rows)
    expect(rows.some((r) => r[0] === '客户2')).toBe(true) // consent unknown, not do-not-contact
    expect(readFileSync(path).includes(Buffer.from('客户', 'utf8'))).toBe(false)
  })

  it('a saved segment: the file holds its members minus the excluded, as counted', async () => {
    const vip = backend.db.prepare(`SELECT id FROM tags WHERE name = 'VIP'`).pluck().get() as number
    const definition: SegmentDefinition = {
      match: 'all',
      groups: [{ match: 'all', rules: [{ kind: 'tags', op: 'any', tagIds: [vip] }] }],
    }
    const segment = await call(backend, 'segments.save', { name: 'VIP', definition })
    const tagged = backend.db
      .prepare(
        `SELECT c.marketing_consent AS consent, c.do_not_contact AS dnc FROM customer_tags ct
         JOIN customers c ON c.id = ct.customer_id WHERE ct.tag_id = ? AND c.deleted_at IS NULL`,
      )
      .all(vip) as { consent: string; dnc: number }[]
    const reachable = tagged.filter((m) => m.dnc === 0 && m.consent === 'yes').length
    const count = await call(backend, 'targets.count', { source: { kind: 'segment', segmentId: segment.id } })
    expect(count.members).toBe(tagged.length)
    expect(count.rows).toBe(reachable)
    const path = join(backend.dir, 'segment.csv')
    backend.dialogs.queue('saveFile', path)
    const result = await call(backend, 'targets.export', { source: { kind: 'segment', segmentId: segment.id } })
    expect(result?.count).toEqual(count)
    expect(readRows(path, 'utf8').slice(1)).toHaveLength(reachable)
    expect((await callError(backend, 'targets.count', { source: { kind: 'segment', segmentId: 9999 } })).code).toBe(
      'segment_not_found',
    )
  })

  it('a cancelled save dialog writes nothing; bad input and a missing campaign are refused', async () => {
    expect(await call(backend, 'targets.export', { source: { kind: 'campaign', campaignId } })).toBeNull()
    expect(
      (await callError(backend, 'targets.export', { source: { kind: 'campaign', campaignId }, columns: ['password'] })).code,
    ).toBe('validation')
    expect((await callError(backend, 'targets.count', { source: { kind: 'campaign', campaignId: 9999 } })).code).toBe(
      'target_source_gone',
    )
  })
})
