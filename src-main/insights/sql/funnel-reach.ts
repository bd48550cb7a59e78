import type Database from 'better-sqlite3'
import { localDayOf } from '../lib/dates'

export interface StageReach {
  stageId: number
  name: string
  kind: 'open' | 'won'
  reached: number
}

/**
 * How many live deals got at least as far as each open or won stage, by pipeline position.
 * A deal's furthest stage is the highest-positioned non-lost stage it ever entered (history
 * rows plus where it is now), so a deal that skipped a stage still passed it, and a lost deal
 * counts up to where it was lost. That makes the counts non-increasing, as a funnel must be.
 */
export interface FunnelReach {
  stages: StageReach[]
  deals: number
  /** Local days the live deals were created between. */
  from: string | null
  to: string | null
}

export function funnelReach(db: Database.Database): FunnelReach {
  const stages = db
    .prepare(`SELECT id AS stageId, name, kind, position FROM pipeline_stages WHERE kind != 'lost' ORDER BY position, id`)
    .all() as (Omit<StageReach, 'reached'> & { position: number })[]
  const furthest = db
    .prepare(
      `SELECT max(s.position) AS furthest
         FROM deals d
         JOIN (SELECT id AS deal_id, stage_id FROM deals
               UNION ALL SELECT deal_id, to_stage_id FROM deal_stage_history) v ON v.deal_id = d.id
         JOIN pipeline_stages s ON s.id = v.stage_id AND s.kind != 'lost'
        WHERE d.deleted_at IS NULL
        GROUP BY d.id`,
    )
    .raw()
    .all() as [number][]
  const span = db.prepare('SELECT min(created_at), max(created_at) FROM deals WHERE deleted_at IS NULL').raw().get() as
    [string, string] | [null, null]
  return {
    from: span[0] && localDayOf(span[0]),
    to: span[1] && localDayOf(span[1]),
    stages: stages.map(({ position, ...stage }) => ({
      ...stage,
      reached: furthest.filter(([f]) => f >= position).length,
    })),
    deals: furthest.length,
  }
}
