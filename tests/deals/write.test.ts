import { beforeAll, describe, expect, it } from 'vitest'
import { ensureDefaultPipelineStages } from '../../src-main/deals/default-stages'
import { listStages, type Stage } from '../../src-main/deals/stages'
import { createDeal, moveDeal, updateDeal } from '../../src-main/deals/write'
import { useFreshDatabase } from '../support/fresh-database'

const STAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/

describe('deals/write keeps the deal rules on a real data file', () => {
  const file = useFreshDatabase()
  const db = () => file.current.db
  // Lead 0.1, Contacted 0.25, Proposal 0.5, Negotiation 0.75 (open), Won 1, Lost 0.
  let lead: Stage, contacted: Stage, proposal: Stage, won: Stage, lost: Stage
  beforeAll(() => {
    ensureDefaultPipelineStages(db(), 'en')
    ;[lead, contacted, proposal, , won, lost] = listStages(db())
  })
  const deal = (id: number) =>
    db()
      .prepare(
        'SELECT stage_id, status, probability, closed_at, lost_reason, position, created_at, updated_at FROM deals WHERE id = ?',
      )
      .get(id) as {
      stage_id: number
      status: string
      probability: number | null
      closed_at: string | null
      lost_reason: string | null
      position: number
      created_at: string
      updated_at: string
    }
  const history = (id: number) =>
    db()
      .prepare('SELECT from_stage_id AS "from", to_stage_id AS "to", at FROM deal_stage_history WHERE deal_id = ? ORDER BY id')
      .all(id)

  it('creates an open deal at the end of its stage, with the stage probability and its first history row', () => {
    const first = createDeal(db(), { title: 'Office beans', stageId: lead.id, value: 120_000 })
    const second = createDeal(db(), { title: 'Party gift boxes', stageId: lead.id })
    const row = deal(first)
    expect(row).toMatchObject({ stage_id: lead.id, status: 'open', probability: 0.1, closed_at: null })
    expect(deal(second).position).toBeGreaterThan(row.position)
    expect(row.created_at).toMatch(STAMP)
    expect(row.updated_at).toBe(row.created_at)
    expect(history(first)).toEqual([{ from: null, to: lead.id, at: row.created_at }])
  })

  it('a deal created won gets closed_at, status won and the won probability', () => {
    const at = '2026-03-04T05:06:07.089Z'
    const id = createDeal(
      db(),
      { title: 'Espresso machine', stageId: won.id, value: 880_000 },
      { createdAt: at, uid: 'deal-won-uid' },
    )
    expect(deal(id)).toMatchObject({ status: 'won', probability: 1, closed_at: at, created_at: at, updated_at: at })
    expect(history(id)).toEqual([{ from: null, to: won.id, at }])
    expect(db().prepare('SELECT uid FROM deals WHERE id = ?').pluck().get(id)).toBe('deal-won-uid')
  })

  it('a status of won or lost closes a deal even in an open stage; a given probability wins over the stage', () => {
    const id = createDeal(db(), {
      title: 'Tea set',
      stageId: proposal.id,
      status: 'lost',
      lostReason: 'Too dear',
      probability: 0.05,
    })
    const row = deal(id)
    expect(row).toMatchObject({ stage_id: proposal.id, status: 'lost', probability: 0.05, lost_reason: 'Too dear' })
    expect(row.closed_at).toBe(row.created_at)
  })

  it('moveDeal writes a history row per stage change; status, closed_at and probability follow the stage', () => {
    const id = createDeal(db(), { title: 'Grinders for the café', stageId: lead.id }, { createdAt: '2026-01-01T09:00:00.000Z' })
    moveDeal(db(), id, contacted.id, { at: '2026-01-05T09:00:00.000Z' })
    expect(deal(id)).toMatchObject({
      stage_id: contacted.id,
      status: 'open',
      probability: 0.25,
      closed_at: null,
      updated_at: '2026-01-05T09:00:00.000Z',
    })
    moveDeal(db(), id, won.id, { at: '2026-01-20T09:00:00.000Z' })
    expect(deal(id)).toMatchObject({ status: 'won', probability: 1, closed_at: '2026-01-20T09:00:00.000Z' })
    // Dropped back on an open column: the deal reopens.
    moveDeal(db(), id, proposal.id, { at: '2026-01-21T09:00:00.000Z' })
    expect(deal(id)).toMatchObject({ status: 'open', probability: 0.5, closed_at: null })
    moveDeal(db(), id, lost.id, { at: '2026-02-01T09:00:00.000Z', lostReason: 'Chose another supplier' })
    expect(deal(id)).toMatchObject({
      status: 'lost',
      probability: 0,
      closed_at: '2026-02-01T09:00:00.000Z',
      lost_reason: 'Chose another supplier',
    })
    expect(history(id)).toEqual([
      { from: null, to: lead.id, at: '2026-01-01T09:00:00.000Z' },
      { from: lead.id, to: contacted.id, at: '2026-01-05T09:00:00.000Z' },
      { from: contacted.id, to: won.id, at: '2026-01-20T09:00:00.000Z' },
      { from: won.id, to: proposal.id, at: '2026-01-21T09:00:00.000Z' },
      { from: proposal.id, to: lost.id, at: '2026-02-01T09:00:00.000Z' },
    ])
    // Reopened, a lost deal does not keep its stale reason.
    moveDeal(db(), id, lead.id, { at: '2026-02-02T09:00:00.000Z' })
    expect(deal(id)).toMatchObject({ status: 'open', lost_reason: null, closed_at: null })
  })

  it('a move within the same stage changes the position only: no history row', () => {
    const id = createDeal(db(), { title: 'Cups', stageId: contacted.id })
    moveDeal(db(), id, contacted.id, { position: 1.5 })
    expect(deal(id)).toMatchObject({ stage_id: contacted.id, position: 1.5 })
    expect(history(id)).toHaveLength(1)
  })

  it('updateDeal keeps the stage, probability and closed_at it does not touch; a new stage is a move', () => {
    const id = createDeal(db(), { title: 'Syrups', stageId: proposal.id, probability: 0.6 })
    updateDeal(db(), id, { title: 'Syrups, 40 bottles', value: 56_000 })
    expect(deal(id)).toMatchObject({ stage_id: proposal.id, probability: 0.6, status: 'open' })
    expect(db().prepare('SELECT title, value FROM deals WHERE id = ?').get(id)).toEqual({
      title: 'Syrups, 40 bottles',
      value: 56_000,
    })
    updateDeal(db(), id, { status: 'won' }, '2026-04-01T00:00:00.000Z')
    expect(deal(id)).toMatchObject({ stage_id: proposal.id, status: 'won', closed_at: '2026-04-01T00:00:00.000Z' })
    // Still won when edited later: it closed when it closed.
    updateDeal(db(), id, { title: 'Syrups (won)' }, '2026-04-05T00:00:00.000Z')
    expect(deal(id).closed_at).toBe('2026-04-01T00:00:00.000Z')
    updateDeal(db(), id, { stageId: won.id })
    expect(history(id).map((h) => (h as { to: number }).to)).toEqual([proposal.id, won.id])
    expect(deal(id).closed_at).toBe('2026-04-01T00:00:00.000Z')
  })

  it('refuses an unknown deal or stage and writes nothing', () => {
    const before = db().prepare('SELECT (SELECT count(*) FROM deals), (SELECT count(*) FROM deal_stage_history)').raw().get()
    expect(() => createDeal(db(), { title: 'Ghost', stageId: 9999 })).toThrow(
      expect.objectContaining({ code: 'pipeline_stage_not_found' }),
    )
    expect(() => moveDeal(db(), 9999, won.id)).toThrow(expect.objectContaining({ code: 'deal_not_found' }))
    const id = createDeal(db(), { title: 'Real', stageId: lead.id })
    expect(() => moveDeal(db(), id, 9999)).toThrow(expect.objectContaining({ code: 'pipeline_stage_not_found' }))
    expect(deal(id).stage_id).toBe(lead.id)
    const after = db()
      .prepare('SELECT (SELECT count(*) FROM deals), (SELECT count(*) FROM deal_stage_history)')
      .raw()
      .get() as number[]
    expect(after).toEqual((before as number[]).map((n) => n + 1))
  })
})
