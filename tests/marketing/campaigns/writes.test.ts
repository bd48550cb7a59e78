import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CampaignDetail } from '../../../src-shared/domain/campaign-types'
import { openTestBackend, type TestBackend } from '../../support/test-db'
import { CampaignShop } from './support/campaign-shop'

let backend: TestBackend
let shop: CampaignShop
beforeEach(() => {
  backend = openTestBackend({ osLocale: 'en' })
  shop = new CampaignShop(backend)
})
afterEach(() => backend.close())

const audit = (entity: string): { action: string }[] =>
  backend.db.prepare('SELECT action FROM audit_log WHERE entity = ? ORDER BY id').all(entity) as { action: string }[]
const count = (table: string): number => backend.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number

describe('campaign writes', () => {
  it('create, edit, trash and restore: validated, audited, announced', async () => {
    const bad = await backend.dispatch('campaigns.create', { name: 'X', channel: 'fax' } as never)
    expect(bad.ok).toBe(false)
    const backwards = await backend.dispatch('campaigns.create', { name: 'X', startsOn: '2026-03-02', endsOn: '2026-03-01' })
    expect(backwards.ok || backwards.error.message).toContain('cannot end before it starts')
    expect(count('campaigns')).toBe(0)

    const created = await shop.call<CampaignDetail>('campaigns.create', { name: ' Spring ', channel: 'douyin' })
    expect(created).toMatchObject({ name: 'Spring', channel: 'douyin', status: 'draft', attributionDays: 14, costLines: [] })
    expect(backend.events.at(-1)).toEqual({ event: 'data.changed', payload: { entities: ['campaigns'] } })

    const edited = await shop.call<CampaignDetail>('campaigns.update', {
      id: created.id,
      expectedUpdatedAt: created.updatedAt,
      patch: { attributionDays: 7, notes: 'Posters at the door' },
    })
    expect(edited).toMatchObject({ attributionDays: 7, notes: 'Posters at the door' })
    const stale = await backend.dispatch('campaigns.update', {
      id: created.id,
      expectedUpdatedAt: created.updatedAt,
      patch: { name: 'Late' },
    })
    expect(stale.ok || stale.error.code).toBe('stale_edit')
    const endBeforeStart = await backend.dispatch('campaigns.update', {
      id: created.id,
      expectedUpdatedAt: edited.updatedAt,
      patch: { startsOn: '2026-05-01' },
    })
    expect(endBeforeStart.ok).toBe(true)
    const moved = await shop.call<CampaignDetail>('campaigns.get', { id: created.id })
    const refused = await backend.dispatch('campaigns.update', {
      id: created.id,
      expectedUpdatedAt: moved.updatedAt,
      patch: { endsOn: '2026-04-01' },
    })
    expect(refused.ok || refused.error.code).toBe('campaign_ends_before_start')

    await shop.call('campaigns.delete', { id: created.id })
    expect(await shop.call('campaigns.list', {})).toEqual([])
    const gone = await backend.dispatch('campaigns.get', { id: created.id })
    expect(gone.ok || gone.error.code).toBe('campaign_not_found')
    await shop.call('campaigns.restore', { id: created.id })
    expect((await shop.call<unknown[]>('campaigns.list', {})).length).toBe(1)
    expect(audit('campaign').map((a) => a.action)).toEqual(['create', 'update', 'update', 'delete', 'restore'])
  })

  it('cost lines: campaigns.cost is always their sum; the column cannot be written past them', async () => {
    const { id } = await shop.call<CampaignDetail>('campaigns.create', { name: 'Flyers' })
    const a = await shop.call<{ id: number }>('campaigns.addCostLine', {
      campaignId: id,
      line: { spentOn: '2026-03-01', item: 'Printing', amount: 12_345 },
    })
    await shop.call('campaigns.addCostLine', { campaignId: id, line: { spentOn: '2026-03-02', item: 'Delivery', amount: 5_000 } })
    await shop.call('campaigns.updateCostLine', { id: a.id, line: { spentOn: '2026-03-01', item: 'Printing', amount: 10_000 } })
    const detail = await shop.call<CampaignDetail>('campaigns.get', { id })
    expect(detail.costLines.map((l) => l.amount)).toEqual([10_000, 5_000])
    expect(detail.figures.cost).toBe(15_000)
    expect(() => backend.db.prepare('UPDATE campaigns SET cost = 1 WHERE id = ?').run(id)).toThrow(/sum of its cost lines/)
    const negative = await backend.dispatch('campaigns.addCostLine', {
      campaignId: id,
      line: { spentOn: '2026-03-01', item: 'Refund', amount: -1 },
    })
    expect(negative.ok).toBe(false)
    const removed = await shop.call<{ campaignId: number; amount: number }>('campaigns.removeCostLine', { id: a.id })
    expect(removed).toMatchObject({ campaignId: id, amount: 10_000 })
    expect((await shop.figures(id)).cost).toBe(5_000)
    expect(audit('campaign_cost_line').map((x) => x.action)).toEqual(['create', 'create', 'update', 'delete'])
    // A campaign inserted with a cost (the seed, older code) gets it as its first line.
    const old = Number(backend.db.prepare("INSERT INTO campaigns (name, cost) VALUES ('Old', 777)").run().lastInsertRowid)
    expect(backend.db.prepare('SELECT item, amount FROM campaign_cost_lines WHERE campaign_id = ?').all(old)).toEqual([
      { item: '', amount: 777 },
    ])
  })

  it('launch freezes the chosen customers once; marks change only members, in one audited write', async () => {
    const [ann, bob] = [shop.customer('Ann'), shop.customer('Bob')]
    const stranger = shop.customer('Stranger')
    const { id } = await shop.call<CampaignDetail>('campaigns.create', { name: 'Spring' })
    const empty = await backend.dispatch('campaigns.launch', { id })
    expect(empty.ok || empty.error.code).toBe('campaign_no_targets')
    const launched = await shop.call<CampaignDetail>('campaigns.launch', { id, customerIds: [ann, bob] })
    expect(launched).toMatchObject({ status: 'running', figures: { members: 2, contacted: 0 } })
    expect(launched.launchedAt).not.toBeNull()
    const again = await backend.dispatch('campaigns.launch', { id, customerIds: [stranger] })
    expect(again.ok || again.error.code).toBe('campaign_not_draft')

    const marked = await shop.call<{ changed: number }>('campaigns.mark', {
      id,
      customerIds: [ann, bob, stranger],
      mark: 'contacted',
      on: '2026-03-01',
    })
    expect(marked.changed).toBe(2)
    expect(await shop.call('campaigns.mark', { id, customerIds: [ann], mark: 'contacted', on: '2026-03-01' })).toEqual({
      changed: 0,
    })
    await shop.call('campaigns.mark', { id, customerIds: [bob], mark: 'contacted', on: null })
    const members = await shop.call<{ rows: { name: string; contactedAt: string | null }[]; total: number }>(
      'campaigns.members',
      { id, offset: 0, limit: 50, filter: 'contacted' },
    )
    expect(members).toEqual({ total: 1, rows: [expect.objectContaining({ name: 'Ann' })] })
    expect(members.rows[0].contactedAt).toBe(new Date(2026, 2, 1).toISOString())

    await shop.call('campaigns.end', { id })
    const ended = await backend.dispatch('campaigns.end', { id })
    expect(ended.ok || ended.error.code).toBe('campaign_not_running')
  })
})

describe('launch on a segment', () => {
  it('freezes the segment’s customers at launch; later changes to the segment leave the members alone', async () => {
    const db = backend.db
    const inCity = (name: string, city: string): number =>
      Number(db.prepare('INSERT INTO customers (name, city) VALUES (?, ?)').run(name, city).lastInsertRowid)
    const [ann, bob] = [inCity('Ann', 'Hangzhou'), inCity('Bob', 'Hangzhou')]
    inCity('Cat', 'Suzhou')
    const definition = { match: 'all', groups: [{ match: 'all', rules: [{ kind: 'city', values: ['Hangzhou'] }] }] }
    const segment = await shop.call<{ id: number }>('segments.save', { name: 'Hangzhou', definition })
    const { id } = await shop.call<CampaignDetail>('campaigns.create', { name: 'Local', segmentId: segment.id })
    const launched = await shop.call<CampaignDetail>('campaigns.launch', { id })
    expect(launched.figures.members).toBe(2)
    inCity('Dan', 'Hangzhou')
    const members = await shop.call<{ rows: { customerId: number }[] }>('campaigns.members', { id, offset: 0, limit: 10 })
    expect(members.rows.map((r) => r.customerId)).toEqual([ann, bob])
  })
})
