import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openPipeline, type Pipeline } from './support/pipeline'

let p: Pipeline
beforeEach(() => (p = openPipeline()))
afterEach(() => p.close())

const all = (sql: string, ...params: unknown[]) => p.backend.db.prepare(sql).all(...params)
const row = (id: number) =>
  p.backend.db
    .prepare(
      'SELECT stage_id, position, status, probability, lost_reason, closed_at, stage_entered_at, updated_at FROM deals WHERE id = ?',
    )
    .get(id) as Record<string, unknown>
/** Every table a move writes, for "nothing changed" checks. */
const snapshot = () => ({
  deals: all('SELECT * FROM deals ORDER BY id'),
  history: all('SELECT * FROM deal_stage_history ORDER BY id'),
  activities: all('SELECT * FROM activities ORDER BY id'),
  audit: all('SELECT * FROM audit_log ORDER BY id'),
})
/** Titles of an open column in board order. */
const columnTitles = (stageId: number) =>
  (
    all(
      `SELECT title FROM deals WHERE stage_id = ? AND status = 'open' AND deleted_at IS NULL ORDER BY position, id`,
      stageId,
    ) as {
      title: string
    }[]
  ).map((r) => r.title)

describe('deals.move', () => {
  it('moves between two cards of the next stage: history, timeline entry, audit row, probability of the stage', async () => {
    const customer = (await p.call('customers.create', { name: '王五' })).customer.id
    const deal = await p.deal('Gift boxes', { customerId: customer, value: 88_800, probability: 0.33 })
    const a = await p.deal('A', { stageId: p.stage.contacted })
    await p.deal('B', { stageId: p.stage.contacted })
    const result = await p.call('deals.move', { id: deal, fromStageId: p.stage.lead, toStageId: p.stage.contacted, afterId: a })
    expect(columnTitles(p.stage.contacted)).toEqual(['A', 'Gift boxes', 'B'])
    expect(result.card).toMatchObject({ id: deal, stageId: p.stage.contacted, probability: 0.25, status: 'open', daysInStage: 0 })
    expect(row(deal).stage_entered_at).toBe(row(deal).updated_at)
    expect(
      all('SELECT from_stage_id AS "from", to_stage_id AS "to" FROM deal_stage_history WHERE deal_id = ? ORDER BY id', deal),
    ).toEqual([
      { from: null, to: p.stage.lead },
      { from: p.stage.lead, to: p.stage.contacted },
    ])
    expect(all('SELECT customer_id, deal_id, kind, body FROM activities')).toEqual([
      { customer_id: customer, deal_id: deal, kind: 'system', body: 'Gift boxes: Lead → Contacted' },
    ])
    const audit = all(`SELECT action, before, after FROM audit_log WHERE id = ?`, result.moveId) as {
      before: string
      after: string
    }[]
    expect(JSON.parse(audit[0].before)).toMatchObject({ stage_id: p.stage.lead, probability: 0.33 })
    expect(JSON.parse(audit[0].after)).toMatchObject({ stage_id: p.stage.contacted, probability: 0.25, move: true })
    expect(p.backend.events.at(-1)).toEqual({ event: 'data.changed', payload: { entities: ['deals', 'activities'] } })
  })

  it('won sets status, closed_at and probability 1; lost keeps its reason; reopening clears them', async () => {
    const deal = await p.deal('Beans')
    const won = await p.call('deals.move', { id: deal, fromStageId: p.stage.lead, toStageId: p.stage.won, afterId: null })
    expect(won.card).toMatchObject({ status: 'won', probability: 1 })
    expect(row(deal).closed_at).toBe(row(deal).updated_at)
    await p.call('deals.move', {
      id: deal,
      fromStageId: p.stage.won,
      toStageId: p.stage.lost,
      afterId: null,
      lostReason: 'Chose another supplier',
    })
    expect(row(deal)).toMatchObject({ status: 'lost', probability: 0, lost_reason: 'Chose another supplier' })
    expect(all('SELECT body FROM activities ORDER BY id').at(-1)).toEqual({ body: 'Beans: Won → Lost (Chose another supplier)' })
    await p.call('deals.move', { id: deal, fromStageId: p.stage.lost, toStageId: p.stage.proposal, afterId: null })
    expect(row(deal)).toMatchObject({ status: 'open', probability: 0.5, lost_reason: null, closed_at: null })
  })

  it('refuses, changing nothing: lost without a reason, a moved deal, a deleted or unknown stage', async () => {
    const deal = await p.deal('Beans')
    const before = snapshot()
    const move = { id: deal, fromStageId: p.stage.lead, afterId: null }
    expect(await p.fail('deals.move', { ...move, toStageId: p.stage.lost })).toMatchObject({
      code: 'deal_lost_reason_required',
      message: 'Say why “Beans” was lost: choose a reason or type one. Nothing was moved.',
    })
    expect(await p.fail('deals.move', { ...move, toStageId: p.stage.lost, lostReason: '   ' })).toMatchObject({
      code: 'validation',
    })
    expect(await p.fail('deals.move', { ...move, fromStageId: p.stage.proposal, toStageId: p.stage.won })).toMatchObject({
      code: 'deal_moved_since',
      message:
        '“Beans” was moved since the board was loaded; it is now in Lead. The board has been refreshed; nothing was moved.',
    })
    p.backend.db.prepare(`UPDATE pipeline_stages SET deleted_at = '2026-01-01T00:00:00.000Z' WHERE id = ?`).run(p.stage.proposal)
    const afterStageDeleted = snapshot()
    expect(await p.fail('deals.move', { ...move, toStageId: p.stage.proposal })).toMatchObject({ code: 'deal_deleted_stage' })
    expect(await p.fail('deals.move', { ...move, toStageId: 99_999 })).toMatchObject({ code: 'pipeline_stage_not_found' })
    expect(await p.fail('deals.move', { ...move, id: 99_999, toStageId: p.stage.won })).toMatchObject({ code: 'deal_not_found' })
    expect(snapshot()).toEqual({ ...before, audit: afterStageDeleted.audit })
  })

  it('a reorder within a column writes one row, no history and no timeline entry', async () => {
    const [a, b, c] = [await p.deal('A'), await p.deal('B'), await p.deal('C')]
    const history = all('SELECT * FROM deal_stage_history')
    await p.call('deals.move', { id: c, fromStageId: p.stage.lead, toStageId: p.stage.lead, afterId: null })
    await p.call('deals.move', { id: a, fromStageId: p.stage.lead, toStageId: p.stage.lead, afterId: b })
    expect(columnTitles(p.stage.lead)).toEqual(['C', 'B', 'A'])
    expect(all('SELECT * FROM deal_stage_history')).toEqual(history)
    expect(all('SELECT * FROM activities')).toEqual([])
  })

  it('drops at one spot keep their order and rewrite only a few cards, never the whole column', async () => {
    const db = p.backend.db
    const insert = db.prepare(`INSERT INTO deals (title, stage_id, position, probability) VALUES (?, ?, ?, 0.1)`)
    db.transaction(() => {
      for (let i = 0; i < 500; i++) insert.run(`C${i}`, p.stage.lead, (i + 1) * 1024)
    })()
    const first = db.prepare(`SELECT id FROM deals WHERE title = 'C0'`).pluck().get() as number
    const positions = () =>
      new Map(all('SELECT id, position FROM deals').map((r) => [(r as { id: number }).id, (r as { position: number }).position]))
    let expected = columnTitles(p.stage.lead)
    let rewritten = 0
    for (let i = 0; i < 80; i++) {
      const deal = await p.deal(`D${i}`, { stageId: p.stage.contacted })
      const before = positions()
      await p.call('deals.move', { id: deal, fromStageId: p.stage.contacted, toStageId: p.stage.lead, afterId: first })
      const after = positions()
      rewritten = Math.max(rewritten, [...before].filter(([id, pos]) => id !== deal && after.get(id) !== pos).length)
      expected = [expected[0], `D${i}`, ...expected.slice(1)]
      expect(columnTitles(p.stage.lead)).toEqual(expected)
    }
    // 80 halvings exhaust a double's room at least once: a respacing happened, and it was local.
    expect(rewritten).toBeGreaterThan(0)
    expect(rewritten).toBeLessThanOrEqual(64)
  })
})

describe('deals.undoMove', () => {
  it('property: undo puts the deal back in its exact column and place, and takes back its traces', async () => {
    const titles = ['A', 'B', 'C', 'D', 'E', 'F']
    const ids: number[] = []
    for (const [i, title] of titles.entries())
      ids.push(await p.deal(title, { stageId: [p.stage.lead, p.stage.contacted][i % 2] }))
    const stages = [p.stage.lead, p.stage.contacted, p.stage.proposal, p.stage.won, p.stage.lost]
    const boardState = () => stages.map((s) => columnTitles(s))
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: ids.length - 1 }),
        fc.constantFrom(...stages),
        fc.option(fc.integer({ min: 0, max: ids.length - 1 }), { nil: null }),
        async (which, toStageId, after) => {
          const id = ids[which]
          const fromStageId = row(id).stage_id as number
          const before = { board: boardState(), deal: row(id), history: all('SELECT * FROM deal_stage_history ORDER BY id') }
          const activities = all('SELECT * FROM activities ORDER BY id')
          const afterId = after === null ? null : ids[after]
          const move = await p.call('deals.move', { id, fromStageId, toStageId, afterId, lostReason: 'Price too high' })
          const undone = await p.call('deals.undoMove', { id, moveId: move.moveId })
          const { updated_at: _u, ...restored } = row(id)
          const { updated_at: _b, ...expected } = before.deal
          expect(restored).toEqual(expected)
          expect(boardState()).toEqual(before.board)
          expect(all('SELECT * FROM deal_stage_history ORDER BY id')).toEqual(before.history)
          expect(all('SELECT * FROM activities ORDER BY id')).toEqual(activities)
          expect(undone).toMatchObject({ id, stageId: fromStageId })
        },
      ),
      { numRuns: 60 },
    )
  })

  it('refuses a second undo, and an undo after a later change', async () => {
    const deal = await p.deal('Beans')
    const move = await p.call('deals.move', { id: deal, fromStageId: p.stage.lead, toStageId: p.stage.proposal, afterId: null })
    await p.call('deals.undoMove', { id: deal, moveId: move.moveId })
    expect(await p.fail('deals.undoMove', { id: deal, moveId: move.moveId })).toMatchObject({
      code: 'deal_undo_conflict',
      message: 'That move of “Beans” cannot be undone: the deal changed since. Nothing was changed.',
    })
    const again = await p.call('deals.move', { id: deal, fromStageId: p.stage.lead, toStageId: p.stage.proposal, afterId: null })
    const detail = await p.call('deals.get', { id: deal })
    await p.call('deals.update', { id: deal, updatedAt: detail.updatedAt, patch: { title: 'Beans (monthly)' } })
    expect(await p.fail('deals.undoMove', { id: deal, moveId: again.moveId })).toMatchObject({ code: 'deal_undo_conflict' })
    expect(await p.fail('deals.undoMove', { id: deal, moveId: 1 })).toMatchObject({ code: 'deal_undo_conflict' })
    const audit = all(`SELECT action FROM audit_log WHERE entity = 'deal' AND entity_id = ? ORDER BY id`, deal)
    expect(audit.map((a) => (a as { action: string }).action)).toEqual(['create', 'update', 'undo', 'update', 'update'])
  })
})
