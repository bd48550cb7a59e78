import type Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ensureDefaultPipelineStages } from '../../src-main/deals/default-stages'
import { generateShop } from '../../src-main/seed/generate-shop'
import type { FunnelResult } from '../../src-shared/domain/analytics'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { Shop } from './support/shop'

let backend: TestBackend
beforeEach(() => (backend = openTestBackend()))
afterEach(() => backend.close())

async function funnel(input: object): Promise<FunnelResult> {
  const result = await backend.dispatch('analytics.funnel', input)
  if (!result.ok) throw new Error(result.error.message)
  return result.data as FunnelResult
}

const stage = (db: Database.Database, name: string, position: number, kind = 'open'): number =>
  Number(
    db.prepare('INSERT INTO pipeline_stages (name, position, kind) VALUES (?, ?, ?)').run(name, position, kind).lastInsertRowid,
  )

/** A deal created on the first day of `path`, entering each stage on its day (local noon). */
function deal(db: Database.Database, path: [stageId: number, day: string][]): void {
  const at = path.map(([, day]) => Shop.at(day))
  const id = Number(
    db.prepare('INSERT INTO deals (title, stage_id, created_at) VALUES (?, ?, ?)').run('deal', path.at(-1)![0], at[0])
      .lastInsertRowid,
  )
  path.forEach(([to], i) =>
    db
      .prepare('INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, at) VALUES (?, ?, ?, ?)')
      .run(id, i === 0 ? null : path[i - 1][0], to, at[i]),
  )
}

describe('analytics.funnel over a date range', () => {
  it('a hand-worked fixture: reach, conversion, drop-off, median days, bottleneck and slowest stage', async () => {
    const db = backend.db
    const lead = stage(db, 'Lead', 1)
    const qualified = stage(db, 'Qualified', 2)
    const proposal = stage(db, 'Proposal', 3)
    const won = stage(db, 'Won', 4, 'won')
    const lost = stage(db, 'Lost', 5, 'lost')
    // In January: four deals.
    deal(db, [
      [lead, '2026-01-10'],
      [qualified, '2026-01-14'],
      [proposal, '2026-01-24'],
      [won, '2026-02-05'],
    ])
    deal(db, [
      [lead, '2026-01-12'],
      [lost, '2026-01-18'],
    ])
    deal(db, [
      [lead, '2026-01-20'],
      [qualified, '2026-01-22'],
      [lost, '2026-02-01'],
    ])
    deal(db, [[lead, '2026-01-25']])
    // In March: outside the range.
    deal(db, [
      [lead, '2026-03-05'],
      [qualified, '2026-03-06'],
    ])

    const result = await funnel({ from: '2026-01-01', to: '2026-01-31' })
    // Lead stays: 4, 6, 2 days → median 4. Qualified: 10, 10 → 10. Proposal: 12 → 12.
    expect(result.stages.map((s) => [s.name, s.reached, s.conversion, s.dropOff, s.medianDays, s.timedStays])).toEqual([
      ['Lead', 4, null, null, 4, 3],
      ['Qualified', 2, 0.5, 0.5, 10, 2],
      ['Proposal', 1, 0.5, 0.5, 12, 1],
      ['Won', 1, 1, 0, null, 0],
    ])
    expect(result.bottleneckStageId).toBe(qualified)
    expect(result.slowestStageId).toBe(proposal)
    expect(result.overall).toBe(0.25)
    expect(result.range).toEqual({ from: '2026-01-01', to: '2026-01-31' })
    expect(result.basis).toMatchObject({ rows: 4, from: '2026-01-10', to: '2026-01-25' })

    const all = await funnel({})
    expect(all.stages[0].reached).toBe(5)
    expect(all.range).toEqual({ from: null, to: null })
    expect(await backend.dispatch('analytics.funnel', { from: '2026-02-01', to: '2026-01-01' })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    })
  })

  it('agrees with an independent computation on a seeded shop', async () => {
    const db = backend.db
    ensureDefaultPipelineStages(db, 'en')
    generateShop(db, { customers: 3000, orders: 0, seed: 5, locale: 'en', asOf: '2026-11-20', openDeals: 300 })
    const range = { from: '2026-03-01', to: '2026-08-31' }
    const result = await funnel(range)

    // Reach: a deal of the cohort reached a stage if it ever entered it or any later non-lost stage.
    const cohort = `SELECT id FROM deals WHERE deleted_at IS NULL AND created_at >= ? AND created_at < ?`
    const bounds = [Shop.at('2026-03-01', 0), Shop.at('2026-09-01', 0)]
    const order = db
      .prepare(`SELECT id, name FROM pipeline_stages WHERE kind != 'lost' ORDER BY kind = 'won', position`)
      .all() as {
      id: number
      name: string
    }[]
    const reached = order.map((_, i) => {
      const later = order.slice(i).map((s) => s.id)
      return db
        .prepare(
          `SELECT count(*) FROM (${cohort}) c WHERE EXISTS (
             SELECT 1 FROM deal_stage_history h WHERE h.deal_id = c.id AND h.to_stage_id IN (SELECT value FROM json_each(?)))`,
        )
        .pluck()
        .get(...bounds, JSON.stringify(later)) as number
    })
    expect(result.stages.map((s) => s.reached)).toEqual(reached)
    expect(reached[0]).toBeGreaterThan(20)

    // Stays, from the raw history: each row to the deal's next row.
    const rows = db
      .prepare(`SELECT deal_id, to_stage_id, at FROM deal_stage_history WHERE deal_id IN (${cohort}) ORDER BY deal_id, at, id`)
      .all(...bounds) as { deal_id: number; to_stage_id: number; at: string }[]
    const stays = new Map<number, number[]>()
    rows.forEach((row, i) => {
      const next = rows[i + 1]
      if (!next || next.deal_id !== row.deal_id) return
      const days = (Date.parse(next.at) - Date.parse(row.at)) / 86_400_000
      stays.set(row.to_stage_id, [...(stays.get(row.to_stage_id) ?? []), days])
    })
    const median = (values: number[]): number | null => {
      if (values.length === 0) return null
      const sorted = [...values].sort((a, b) => a - b)
      const mid = sorted.length >> 1
      return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }
    for (const s of result.stages.filter((st) => st.kind === 'open')) {
      expect(s.timedStays).toBe(stays.get(s.stageId)?.length ?? 0)
      const expected = median(stays.get(s.stageId) ?? [])
      if (expected === null) expect(s.medianDays).toBeNull()
      else expect(s.medianDays).toBeCloseTo(expected, 6)
    }
  })
})
