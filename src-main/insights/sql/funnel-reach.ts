import type Database from 'better-sqlite3'
import type { FunnelInput } from '../../../src-shared/ipc/channels/analytics'
import { dayStartUtc, localDayOf, shiftDays } from '../lib/dates'

export interface StageReach {
  stageId: number
  name: string
  kind: 'open' | 'won'
  reached: number
  /** Days from entering the stage to leaving it, one per stay that ended (open stages only). */
  stays: number[]
}

/**
 * How many live deals created in the range got at least as far as each open or won stage, in
 * board order (open stages by position, then won; deleted stages left out). A deal's furthest
 * stage is the furthest non-lost stage it ever entered (history rows plus where it is now), so
 * a deal that skipped a stage still passed it, and a lost deal counts up to where it was lost.
 * That makes the counts non-increasing, as a funnel must be. Stays are read from consecutive
 * history rows: entering a stage at one row, leaving it at the deal's next row.
 */
export interface FunnelReach {
  stages: StageReach[]
  deals: number
  /** Local days the counted deals were created between. */
  from: string | null
  to: string | null
}

const RANKED = `SELECT id, name, kind, row_number() OVER (ORDER BY kind = 'won', position, id) AS rank
  FROM pipeline_stages WHERE kind != 'lost' AND deleted_at IS NULL`
const cohort = (from: string, to: string): string =>
  `SELECT id FROM deals WHERE deleted_at IS NULL AND created_at >= ${from} AND created_at < ${to}`
const COHORT = cohort('@from', '@to')

/** Each cohort deal's furthest rank, then its id. */
const furthestSql = (cohortSql: string): string => `WITH ranked AS (${RANKED}), cohort AS (${cohortSql})
       SELECT max(r.rank) AS furthest, c.id AS deal FROM cohort c
         JOIN (SELECT id AS deal_id, stage_id FROM deals
               UNION ALL SELECT deal_id, to_stage_id FROM deal_stage_history) v ON v.deal_id = c.id
         JOIN ranked r ON r.id = v.stage_id
        GROUP BY c.id`

/** Bounds of created_at for a range of local days (either end open). */
const cohortBounds = (range: FunnelInput): { from: string; to: string } => ({
  from: range.from ? dayStartUtc(range.from) : '',
  to: range.to ? dayStartUtc(shiftDays(range.to, 1)) : '9999',
})

/**
 * The deals a stage's `reached` counts, as a subquery of ids binding `@drillStageId`,
 * `@drillFrom` and `@drillTo` (see `reachedDealsParams`): the funnel's own furthest-stage rule.
 */
export const REACHED_DEALS = `SELECT deal FROM (${furthestSql(cohort('@drillFrom', '@drillTo'))})
  WHERE furthest >= (SELECT rank FROM (${RANKED}) WHERE id = @drillStageId)`

export function reachedDealsParams(stageId: number, range: FunnelInput): Record<string, string | number> {
  const { from, to } = cohortBounds(range)
  return { drillStageId: stageId, drillFrom: from, drillTo: to }
}

export function funnelReach(db: Database.Database, range: FunnelInput = {}): FunnelReach {
  const bounds = cohortBounds(range)
  const stages = db.prepare(`SELECT id AS stageId, name, kind, rank FROM (${RANKED}) ORDER BY rank`).all() as (Omit<
    StageReach,
    'reached' | 'stays'
  > & { rank: number })[]
  const furthest = db.prepare(furthestSql(COHORT)).pluck().all(bounds) as number[]
  const stays = db
    .prepare(
      `WITH cohort AS (${COHORT}),
       visits AS (SELECT h.to_stage_id AS stage_id, h.at,
                         lead(h.at) OVER (PARTITION BY h.deal_id ORDER BY h.at, h.id) AS left_at
                  FROM deal_stage_history h JOIN cohort c ON c.id = h.deal_id)
       SELECT stage_id, julianday(left_at) - julianday(at) FROM visits WHERE left_at IS NOT NULL`,
    )
    .raw()
    .all(bounds) as [number, number][]
  const span = db.prepare(`SELECT min(created_at), max(created_at) FROM deals WHERE id IN (${COHORT})`).raw().get(bounds) as [
    string | null,
    string | null,
  ]
  return {
    from: span[0] && localDayOf(span[0]),
    to: span[1] && localDayOf(span[1]),
    stages: stages.map(({ rank, ...stage }) => ({
      ...stage,
      reached: furthest.filter((f) => f >= rank).length,
      stays: stage.kind === 'open' ? stays.filter(([id]) => id === stage.stageId).map(([, days]) => days) : [],
    })),
    deals: furthest.length,
  }
}
