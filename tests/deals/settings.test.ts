import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openPipeline, type Pipeline } from './support/pipeline'

let p: Pipeline
beforeEach(() => (p = openPipeline()))
afterEach(() => p.close())

const names = async () => (await p.call('pipeline.stages', {})).map((s) => s.name)
const auditCount = (entity: string): number =>
  p.backend.db.prepare('SELECT count(*) FROM audit_log WHERE entity = ?').pluck().get(entity) as number

describe('pipeline stages in Settings', () => {
  it('lists the stages in board order with their settings and deal counts', async () => {
    await p.deal('A')
    await p.deal('B', { stageId: p.stage.won })
    const stages = await p.call('pipeline.stages', {})
    expect(stages.map((s) => [s.name, s.kind, s.probability, s.staleDays, s.deals])).toEqual([
      ['Lead', 'open', 0.1, 14, 1],
      ['Contacted', 'open', 0.25, 14, 0],
      ['Proposal', 'open', 0.5, 21, 0],
      ['Negotiation', 'open', 0.75, 30, 0],
      ['Won', 'won', 1, null, 1],
      ['Lost', 'lost', 0, null, 0],
    ])
  })

  it('adds, renames and reorders; a new open stage shows on the board before Won', async () => {
    const added = await p.call('pipeline.createStage', { name: 'Tasting', kind: 'open', probability: 0.4, staleDays: 7 })
    expect(added).toMatchObject({ name: 'Tasting', kind: 'open', probability: 0.4, staleDays: 7, deals: 0 })
    await p.call('pipeline.updateStage', { id: p.stage.lead, patch: { name: 'Enquiry' } })
    const ids = (await p.call('pipeline.stages', {})).map((s) => s.id)
    const reordered = [ids[0], ids[4], ids[1], ids[2], ids[3], ids[5], ids[6]]
    await p.call('pipeline.reorderStages', { ids: reordered })
    expect(await names()).toEqual(['Enquiry', 'Tasting', 'Contacted', 'Proposal', 'Negotiation', 'Won', 'Lost'])
    const board = await p.call('deals.board', { filter: {}, limit: 30 })
    expect(board.columns.map((c) => c.name)).toEqual([
      'Enquiry',
      'Tasting',
      'Contacted',
      'Proposal',
      'Negotiation',
      'Won',
      'Lost',
    ])
    expect(await p.fail('pipeline.reorderStages', { ids: reordered.slice(1) })).toMatchObject({ code: 'stage_order_mismatch' })
    expect(await p.fail('pipeline.reorderStages', { ids: [...reordered.slice(1), reordered[1]] })).toMatchObject({
      code: 'stage_order_mismatch',
    })
    expect(auditCount('pipeline_stage')).toBe(3)
  })

  it('a new probability carries the deals that followed the old one; an override stays', async () => {
    const following = await p.deal('Following')
    const overridden = await p.deal('Overridden', { probability: 0.3 })
    await p.call('pipeline.updateStage', { id: p.stage.lead, patch: { probability: 0.15 } })
    const board = await p.call('deals.board', { filter: {}, limit: 30 })
    const cards = board.columns[0].cards
    expect(cards.find((c) => c.id === following)?.probability).toBe(0.15)
    expect(cards.find((c) => c.id === overridden)?.probability).toBe(0.3)
  })

  it('refuses a kind change while the stage holds deals, and removing the last stage of a kind', async () => {
    await p.deal('A')
    expect(await p.fail('pipeline.updateStage', { id: p.stage.lead, patch: { kind: 'won' } })).toMatchObject({
      code: 'stage_kind_has_deals',
      message: '“Lead” holds 1 deal(s), so it cannot change from open to won. Move its deals first, or add a new stage.',
    })
    expect(await p.fail('pipeline.updateStage', { id: p.stage.won, patch: { kind: 'open' } })).toMatchObject({
      code: 'stage_last_of_kind',
      message: 'The pipeline needs at least one won stage, so “Won” cannot be removed or changed.',
    })
    expect(await p.fail('pipeline.deleteStage', { id: p.stage.lost })).toMatchObject({ code: 'stage_last_of_kind' })
    expect(await p.fail('pipeline.updateStage', { id: p.stage.lead, patch: { staleDays: 0 } })).toMatchObject({
      code: 'validation',
    })
    expect(await p.fail('pipeline.updateStage', { id: p.stage.lead, patch: { name: ' ' } })).toMatchObject({ code: 'validation' })
  })

  it('refuses deleting a stage that holds deals unless they go to a stage of the same kind', async () => {
    const a = await p.deal('A')
    const b = await p.deal('B')
    const trashed = await p.deal('Trashed')
    await p.call('deals.delete', { id: trashed })
    expect(await p.fail('pipeline.deleteStage', { id: p.stage.lead })).toMatchObject({
      code: 'stage_has_deals',
      message: '“Lead” still holds 2 deal(s). Choose the stage to move them to, then delete it. Nothing was deleted.',
    })
    expect(await p.fail('pipeline.deleteStage', { id: p.stage.lead, moveTo: p.stage.won })).toMatchObject({
      code: 'stage_move_target',
      message: 'Move the deals of “Lead” to another open stage.',
    })
    expect(await p.fail('pipeline.deleteStage', { id: p.stage.lead, moveTo: p.stage.lead })).toMatchObject({
      code: 'stage_move_target',
    })
    expect(await names()).toContain('Lead')

    expect(await p.call('pipeline.deleteStage', { id: p.stage.lead, moveTo: p.stage.contacted })).toEqual({ moved: 2 })
    expect(await names()).toEqual(['Contacted', 'Proposal', 'Negotiation', 'Won', 'Lost'])
    const moved = await p.call('deals.get', { id: a })
    expect(moved).toMatchObject({ stageName: 'Contacted', probability: 0.25 })
    expect(moved.history.map((h) => [h.fromStage, h.toStage])).toEqual([
      [null, 'Lead'],
      ['Lead', 'Contacted'],
    ])
    expect((await p.call('deals.get', { id: b })).stageName).toBe('Contacted')
    expect((await p.call('deals.get', { id: trashed })).stageName).toBe('Contacted')
    expect(
      await p.fail('deals.move', { id: a, fromStageId: p.stage.contacted, toStageId: p.stage.lead, afterId: null }),
    ).toMatchObject({
      code: 'deal_deleted_stage',
      message: '“Lead” has been deleted. Choose one of the current stages.',
    })

    await p.call('pipeline.restoreStage', { id: p.stage.lead })
    expect(await names()).toContain('Lead')
  })
})

describe('lost-reason presets', () => {
  it('adds, renames, reorders and deletes, each in the audit log', async () => {
    const start = await p.call('pipeline.lostReasons', {})
    expect(start.map((r) => r.label)).toEqual([
      'Price too high',
      'Chose another supplier',
      'Budget cancelled',
      'No response',
      'Lead time too long',
    ])
    const added = await p.call('pipeline.createLostReason', { label: 'Went with a friend’s shop' })
    await p.call('pipeline.updateLostReason', { id: start[0].id, label: 'Too expensive' })
    await p.call('pipeline.reorderLostReasons', { ids: [added.id, ...start.map((r) => r.id)] })
    await p.call('pipeline.deleteLostReason', { id: start[3].id })
    expect((await p.call('pipeline.lostReasons', {})).map((r) => r.label)).toEqual([
      'Went with a friend’s shop',
      'Too expensive',
      'Chose another supplier',
      'Budget cancelled',
      'Lead time too long',
    ])
    expect(auditCount('lost_reason')).toBe(4)
    expect(await p.fail('pipeline.updateLostReason', { id: 999, label: 'x' })).toMatchObject({ code: 'lost_reason_not_found' })
    expect(await p.fail('pipeline.createLostReason', { label: '' })).toMatchObject({ code: 'validation' })
    expect(await p.fail('pipeline.reorderLostReasons', { ids: [added.id] })).toMatchObject({ code: 'lost_reason_order_mismatch' })
  })
})
