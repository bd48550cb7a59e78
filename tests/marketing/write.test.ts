import { describe, expect, it } from 'vitest'
import { insertCustomer } from '../../src-main/customers/write'
import { addCampaignMember, insertCampaign } from '../../src-main/marketing/write'
import { useFreshDatabase } from '../support/fresh-database'

describe('marketing/write: campaigns and their members', () => {
  const file = useFreshDatabase()
  const db = () => file.current.db

  it('inserts a campaign with its window and cost in minor units', () => {
    const id = insertCampaign(
      db(),
      { name: '双十一 2025', channel: '微信', startsOn: '2025-11-01', endsOn: '2025-11-11', cost: 1_500_000 },
      { uid: 'campaign-uid-1', createdAt: '2025-10-20T00:00:00.000Z', updatedAt: '2025-10-20T00:00:00.000Z' },
    )
    expect(
      db()
        .prepare('SELECT name, channel, starts_on, ends_on, cost, notes, segment_id, uid, created_at FROM campaigns WHERE id = ?')
        .get(id),
    ).toEqual({
      name: '双十一 2025',
      channel: '微信',
      starts_on: '2025-11-01',
      ends_on: '2025-11-11',
      cost: 1_500_000,
      notes: '',
      segment_id: null,
      uid: 'campaign-uid-1',
      created_at: '2025-10-20T00:00:00.000Z',
    })
    expect(() => insertCampaign(db(), { name: 'Backwards', startsOn: '2025-12-01', endsOn: '2025-11-01' })).toThrow(
      /CHECK constraint failed/,
    )
  })

  it('adds members once per campaign and customer', () => {
    const campaign = insertCampaign(db(), { name: 'Mid-Autumn gifts' })
    const customer = insertCustomer(db(), { name: 'Ann' })
    addCampaignMember(db(), { campaignId: campaign, customerId: customer, contactedAt: '2025-09-01T02:00:00.000Z' })
    expect(db().prepare('SELECT contacted_at, responded_at FROM campaign_members WHERE campaign_id = ?').all(campaign)).toEqual([
      { contacted_at: '2025-09-01T02:00:00.000Z', responded_at: null },
    ])
    expect(() => addCampaignMember(db(), { campaignId: campaign, customerId: customer })).toThrow(/UNIQUE constraint failed/)
  })
})
