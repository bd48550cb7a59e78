import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestBackend, type TestBackend } from '../../support/test-db'
import { at, CampaignShop } from './support/campaign-shop'

let backend: TestBackend
let shop: CampaignShop
beforeEach(() => {
  backend = openTestBackend({ osLocale: 'en' })
  shop = new CampaignShop(backend)
})
afterEach(() => backend.close())

const marks = (id: number) =>
  backend.db
    .prepare('SELECT customer_id AS id, contacted_at AS contacted FROM campaign_members WHERE campaign_id = ? ORDER BY 1')
    .all(id)
const midnight = (day: string) => at(day, '00:00')

describe('one-step undo of a bulk mark', () => {
  it('puts back each member’s own earlier mark, in one audited write, once', async () => {
    const [ann, bob, cat] = ['Ann', 'Bob', 'Cat'].map((n) => shop.customer(n))
    const id = await shop.campaign('Spring', [ann, bob, cat])
    await shop.call('campaigns.mark', { id, customerIds: [ann], mark: 'contacted', on: '2026-03-01' })
    const before = marks(id)
    const marked = await shop.call<{ changed: number; batch: number }>('campaigns.mark', {
      id,
      customerIds: [ann, bob],
      mark: 'contacted',
      on: '2026-03-05',
    })
    expect(marked).toEqual({ changed: 2, batch: expect.any(Number) })
    expect(backend.events.at(-1)).toEqual({ event: 'data.changed', payload: { entities: ['campaigns', 'campaign_members'] } })

    expect(await shop.call('campaigns.undoMark', { id, batch: marked.batch })).toEqual({ restored: 2 })
    expect(marks(id)).toEqual(before)
    expect(marks(id)).toEqual([
      { id: ann, contacted: midnight('2026-03-01') },
      { id: bob, contacted: null },
      { id: cat, contacted: null },
    ])
    const again = await backend.dispatch('campaigns.undoMark', { id, batch: marked.batch })
    expect(again.ok || again.error.code).toBe('campaign_mark_undo_gone')
    expect(again.ok || again.error.message).toBe('Those marks were already undone, or are no longer known.')
    const undoRows = backend.db
      .prepare("SELECT before, after FROM audit_log WHERE entity = 'campaign' AND action = 'undo'")
      .all() as { before: string; after: string }[]
    expect(undoRows.map((r) => JSON.parse(r.after))).toEqual([{ undoes: marked.batch }])
    expect(JSON.parse(undoRows[0].before)).toMatchObject({ mark: 'contacted', customerIds: [ann, bob] })
  })

  it('a member marked again since keeps the newer mark; a clear is undone too', async () => {
    const [ann, bob] = ['Ann', 'Bob'].map((n) => shop.customer(n))
    const id = await shop.campaign('Spring', [ann, bob])
    await shop.call('campaigns.mark', { id, customerIds: [ann, bob], mark: 'contacted', on: '2026-03-01' })
    const cleared = await shop.call<{ batch: number }>('campaigns.mark', {
      id,
      customerIds: [ann, bob],
      mark: 'contacted',
      on: null,
    })
    await shop.call('campaigns.mark', { id, customerIds: [bob], mark: 'contacted', on: '2026-03-09' })
    expect(await shop.call('campaigns.undoMark', { id, batch: cleared.batch })).toEqual({ restored: 1 })
    expect(marks(id)).toEqual([
      { id: ann, contacted: midnight('2026-03-01') },
      { id: bob, contacted: midnight('2026-03-09') },
    ])
  })

  it('a batch of another campaign, or not a mark at all, changes nothing', async () => {
    const ann = shop.customer('Ann')
    const [spring, autumn] = [await shop.campaign('Spring', [ann]), await shop.campaign('Autumn', [ann])]
    const marked = await shop.call<{ batch: number }>('campaigns.mark', {
      id: spring,
      customerIds: [ann],
      mark: 'responded',
      on: '2026-03-01',
    })
    const wrongCampaign = await backend.dispatch('campaigns.undoMark', { id: autumn, batch: marked.batch })
    expect(wrongCampaign.ok || wrongCampaign.error.code).toBe('campaign_mark_undo_gone')
    const createRow = backend.db
      .prepare("SELECT id FROM audit_log WHERE entity = 'campaign' AND action = 'create'")
      .pluck()
      .get() as number
    const notAMark = await backend.dispatch('campaigns.undoMark', { id: spring, batch: createRow })
    expect(notAMark.ok || notAMark.error.code).toBe('campaign_mark_undo_gone')
    const bad = await backend.dispatch('campaigns.undoMark', { id: spring, batch: 'x' } as never)
    expect(bad.ok).toBe(false)
    expect(backend.db.prepare('SELECT responded_at FROM campaign_members WHERE campaign_id = ?').pluck().get(spring)).toBe(
      midnight('2026-03-01'),
    )
  })
})
