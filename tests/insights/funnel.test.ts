import type Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { FunnelResult } from '../../src-shared/domain/analytics'
import { openTestBackend, type TestBackend } from '../support/test-db'

let backend: TestBackend
beforeEach(() => (backend = openTestBackend()))
afterEach(() => backend.close())

function stage(db: Database.Database, name: string, position: number, kind = 'open'): number {
  return Number(
    db.prepare('INSERT INTO pipeline_stages (name, position, kind) VALUES (?, ?, ?)').run(name, position, kind).lastInsertRowid,
  )
}

/** A deal now in `current`, having moved through `path` (history rows in order). */
function deal(db: Database.Database, current: number, path: number[], deleted = false): void {
  const id = Number(
    db
      .prepare('INSERT INTO deals (title, stage_id, deleted_at) VALUES (?, ?, ?)')
      .run('deal', current, deleted ? new Date().toISOString() : null).lastInsertRowid,
  )
  let from: number | null = null
  for (const to of path) {
    db.prepare('INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id) VALUES (?, ?, ?)').run(id, from, to)
    from = to
  }
}

describe('analytics.funnel', () => {
  it('counts how far deals got, including skipped stages and lost deals, and finds the bottleneck', async () => {
    const db = backend.db
    const lead = stage(db, 'Lead', 1)
    const qualified = stage(db, 'Qualified', 2)
    const proposal = stage(db, 'Proposal', 3)
    const won = stage(db, 'Won', 4, 'won')
    const lost = stage(db, 'Lost', 5, 'lost')
    for (let i = 0; i < 4; i++) deal(db, lead, [lead]) // still leads
    for (let i = 0; i < 3; i++) deal(db, lost, [lead, lost]) // lost as leads
    deal(db, qualified, [lead, qualified])
    deal(db, lost, [lead, qualified, lost]) // lost after qualifying
    deal(db, proposal, [lead, proposal]) // skipped "Qualified": still passed it
    deal(db, won, [lead, qualified, proposal, won])
    deal(db, won, [won]) // created as won
    deal(db, proposal, [lead, proposal], true) // deleted: not counted

    const result = await backend.dispatch('analytics.funnel', {})
    if (!result.ok) throw new Error(result.error.message)
    const data = result.data as FunnelResult
    // Reached: Lead 12, Qualified 5 (2 in/after qualified + proposal 1 + won 2), Proposal 3, Won 2.
    expect(data.stages.map((s) => [s.name, s.reached])).toEqual([
      ['Lead', 12],
      ['Qualified', 5],
      ['Proposal', 3],
      ['Won', 2],
    ])
    expect(data.stages[0].conversion).toBeNull()
    expect(data.stages[1].conversion).toBeCloseTo(5 / 12, 12)
    expect(data.stages[1].dropOff).toBeCloseTo(7 / 12, 12)
    expect(data.stages[3].conversion).toBeCloseTo(2 / 3, 12)
    expect(data.overall).toBeCloseTo(2 / 12, 12)
    expect(data.bottleneckStageId).toBe(qualified)
    expect(data.basis).toMatchObject({ rows: 12, unit: 'deals' })
  })

  it('an empty pipeline has no conversion and no bottleneck', async () => {
    stage(backend.db, 'Lead', 1)
    stage(backend.db, 'Won', 2, 'won')
    const result = await backend.dispatch('analytics.funnel', {})
    expect(result).toMatchObject({ ok: true, data: { overall: null, bottleneckStageId: null, basis: { rows: 0 } } })
  })

  it('takes no input', async () => {
    expect(await backend.dispatch('analytics.funnel', { stage: 1 })).toMatchObject({ ok: false, error: { code: 'validation' } })
  })
})
