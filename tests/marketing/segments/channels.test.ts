import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { segmentCustomerIds } from '../../../src-main/marketing/segments/evaluate'
import type { SavedSegment, SegmentListItem, SegmentPreview } from '../../../src-shared/ipc/channels/segments'
import { openTestBackend, type TestBackend } from '../../support/test-db'
import { daysAgo } from '../../insights/support/days'
import { Shop } from '../../insights/support/shop'
import { one } from './support/definitions'

let backend: TestBackend
let shop: Shop
beforeEach(() => {
  backend = openTestBackend({ osLocale: 'zh-CN' })
  shop = new Shop(backend.db)
})
afterEach(() => backend.close())

async function call<T>(channel: string, input: unknown): Promise<T> {
  const result = await backend.dispatch(channel as never, input)
  if (!result.ok) throw new Error(result.error.message)
  return result.data as T
}
async function refusal(channel: string, input: unknown): Promise<{ code: string; message: string }> {
  const result = await backend.dispatch(channel as never, input)
  if (result.ok) throw new Error('expected a refusal')
  return result.error as { code: string; message: string }
}
const buyers = one({ kind: 'orderCount', min: 1 })
const audit = (): unknown[] =>
  backend.db.prepare("SELECT action FROM audit_log WHERE entity = 'segment' ORDER BY id").pluck().all()

describe('segments channels', () => {
  it('save, list with live counts, rename, delete and undo, each audited with a change event', async () => {
    const a = shop.customer('阿')
    shop.order({ customerId: a, day: daysAgo(3), total: 100 })
    const saved = await call<SavedSegment>('segments.save', { name: '买过的', definition: buyers })
    expect(saved).toMatchObject({ name: '买过的', definition: buyers, frozenAt: null })
    const list = await call<SegmentListItem[]>('segments.list', {})
    expect(list.map((s) => [s.name, s.count])).toEqual([['买过的', 1]])

    const b = shop.customer('贝')
    shop.order({ customerId: b, day: daysAgo(1), total: 100 })
    expect((await call<SegmentListItem>('segments.get', { id: saved.id })).count).toBe(2)

    await call('segments.save', { id: saved.id, name: '老客', definition: buyers })
    await call('segments.delete', { id: saved.id })
    expect(await call('segments.list', {})).toEqual([])
    await call('segments.restore', { id: saved.id })
    expect((await call<SegmentListItem[]>('segments.list', {})).map((s) => s.name)).toEqual(['老客'])
    expect(audit()).toEqual(['create', 'update', 'delete', 'restore'])
    expect(backend.events.filter((e) => e.event === 'data.changed').map((e) => e.payload)).toEqual(
      Array(4).fill({ entities: ['segments'] }),
    )
  })

  it('freeze stores who is in the segment now; the snapshot keeps them when the data moves on', async () => {
    const a = shop.customer('a')
    shop.order({ customerId: a, day: daysAgo(3), total: 100 })
    const segment = await call<SavedSegment>('segments.save', { name: 'buyers', definition: buyers })
    const snapshot = await call<SegmentListItem>('segments.freeze', { id: segment.id })
    expect(snapshot).toMatchObject({ count: 1, frozenFromId: segment.id })
    expect(snapshot.name).toMatch(/^buyers \(\d{4}-\d{2}-\d{2}\)$/)
    expect(snapshot.frozenAt).not.toBeNull()
    const b = shop.customer('b')
    shop.order({ customerId: b, day: daysAgo(1), total: 100 })
    expect(segmentCustomerIds(backend.db, snapshot.id)).toEqual([a])
    expect(segmentCustomerIds(backend.db, segment.id)).toEqual([a, b])
    expect((await call<SegmentListItem>('segments.get', { id: snapshot.id })).count).toBe(1)
    const fixed = await refusal('segments.save', {
      id: snapshot.id,
      name: snapshot.name,
      definition: one({ kind: 'neverBought' }),
    })
    expect(fixed.code).toBe('segment_snapshot_fixed')
    expect((await refusal('segments.freeze', { id: snapshot.id })).code).toBe('segment_snapshot_fixed')
    const members = backend.db.prepare('SELECT customer_id FROM segment_members WHERE segment_id = ?').pluck().all(snapshot.id)
    expect(members).toEqual([a])
  })

  it('preview: the count and the first rows with their figures and lifecycle stage', async () => {
    const a = shop.customer('Ann')
    const b = shop.customer('Bob')
    shop.customer('Cy')
    shop.order({ customerId: a, day: daysAgo(3), total: 1234 })
    shop.order({ customerId: b, day: daysAgo(9), total: 100 })
    shop.order({ customerId: b, day: daysAgo(5), total: 200 })
    const preview = await call<SegmentPreview>('segments.preview', { definition: buyers, limit: 10 })
    expect(preview.count).toBe(2)
    expect(preview.rows.map((r) => [r.name, r.orders, r.spend, r.lifecycle])).toEqual([
      ['Ann', 1, 1234, 'new'],
      ['Bob', 2, 300, 'returning'],
    ])
    expect(preview.rows[0].lastPurchaseAt).toBe(Shop.at(daysAgo(3)))
  })

  it('refuses a taken name, an unknown segment, and hostile definitions with translated messages, changing nothing', async () => {
    await call('segments.save', { name: 'VIP', definition: buyers })
    expect((await refusal('segments.save', { name: 'vip', definition: buyers })).message).toContain('已经有名为“vip”的分群')
    expect((await refusal('segments.get', { id: 999 })).code).toBe('segment_not_found')
    const many = { match: 'any', groups: Array(11).fill({ match: 'all', rules: [{ kind: 'neverBought' }] }) }
    expect((await refusal('segments.count', { definition: many })).code).toBe('validation')
    const inverted = await refusal('segments.count', {
      definition: { match: 'all', groups: [{ match: 'all', rules: [{ kind: 'totalSpend', min: 5, max: 1 }] }] },
    })
    expect(inverted.message).toContain('最小值大于最大值')
    const huge = await refusal('segments.count', {
      definition: { match: 'all', groups: [{ match: 'all', rules: [{ kind: 'orderCount', min: 1e300 }] }] },
    })
    expect(huge.code).toBe('validation')
    const injected = await refusal('segments.count', {
      definition: { match: 'all', groups: [{ match: 'all', rules: [{ kind: 'sql', where: '1=1' }] }] },
    })
    expect(injected.code).toBe('validation')
    const cluster = await refusal('segments.count', {
      definition: { match: 'all', groups: [{ match: 'all', rules: [{ kind: 'cluster', k: 3, clusters: [3] }] }] },
    })
    expect(cluster.message).toContain('簇编号')
    expect(audit()).toEqual(['create'])
  })
})
