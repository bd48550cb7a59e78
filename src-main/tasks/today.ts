import type Database from 'better-sqlite3'
import type { Task, TaskBlock, TodayTasks, UnplannedDeal } from '../../src-shared/domain/task-types'
import { prepared } from '../db/sql'
import { addCalendarDays, dayStartModifier, localDate, startOfLocalDay } from './local-time'
import { DUE_KEY, LIVE_TASK, TASK_COLUMNS, TASK_JOINS, toTask, type TaskRecord } from './queries'

export interface TodayOptions {
  now: number
  timeZone: string
  /** Rows per block (each block says its total). */
  limit: number
  /** How many local days after today count as upcoming. */
  upcomingDays: number
}

/**
 * The open tasks due before the horizon, each in its block (0 overdue, 1 due today, 2 upcoming),
 * ranked by due within it, with the block's total; only the first `@limit` of each come back. One
 * pass over the two due indexes (an all-day task's date, a timed task's instant). An all-day task
 * compares its local date with today's; a timed one its instant with now and the local day's
 * bounds in the zone: a timed task whose time has passed today is overdue — it is late, whatever
 * the date. Ranked on ids and due keys first; the names are read for the rows shown only.
 */
const TODAY_SQL = `
  WITH due AS (
    SELECT t.id,
      CASE WHEN t.due_date < @today OR t.due_at < @now THEN 0
           WHEN t.due_date = @today OR t.due_at < @tomorrowStart THEN 1
           ELSE 2 END AS block
    FROM tasks t
    WHERE t.done_at IS NULL AND t.deleted_at IS NULL AND (t.due_date < @horizon OR t.due_at < @horizonStart)
  ), live AS (
    SELECT due.block, t.id, ${DUE_KEY} AS due_key, t.due_at IS NOT NULL AS timed
    FROM due CROSS JOIN ${TASK_JOINS}
    WHERE t.id = due.id AND ${LIVE_TASK}
  ), ranked AS (
    SELECT block, id, count(*) OVER (PARTITION BY block) AS total,
      row_number() OVER (PARTITION BY block ORDER BY due_key, timed, id) AS rank
    FROM live
  )
  SELECT r.block, r.total, ${TASK_COLUMNS}
  FROM ranked r CROSS JOIN ${TASK_JOINS}
  WHERE r.rank <= @limit AND t.id = r.id
  ORDER BY r.block, r.rank`

const BLOCKS = ['overdue', 'dueToday', 'upcoming'] as const

/** The Today view: overdue, today, upcoming, and the open deals with no follow-up planned. */
export function todayTasks(db: Database.Database, options: TodayOptions): TodayTasks {
  const { now, timeZone, limit, upcomingDays } = options
  const today = localDate(now, timeZone)
  const horizon = addCalendarDays(today, upcomingDays + 1)
  const rows = prepared(db, TODAY_SQL).all({
    today,
    horizon,
    now: new Date(now).toISOString(),
    tomorrowStart: new Date(startOfLocalDay(addCalendarDays(today, 1), timeZone)).toISOString(),
    horizonStart: new Date(startOfLocalDay(horizon, timeZone)).toISOString(),
    dayStart: dayStartModifier(now, timeZone),
    limit,
  }) as (TaskRecord & { block: number; total: number })[]
  const [overdue, dueToday, upcoming] = BLOCKS.map((_, block): TaskBlock<Task> => {
    const inBlock = rows.filter((row) => row.block === block)
    return { rows: inBlock.map(toTask), total: inBlock[0]?.total ?? 0 }
  })
  return { today, overdue, dueToday, upcoming, unplanned: unplannedDeals(db, limit) }
}

interface UnplannedRecord {
  total: number
  id: number
  title: string
  value: number
  stage_name: string
  expected_close: string | null
  customer_id: number | null
  customer_name: string | null
}

/**
 * Open deals with nothing planned: no open task on the deal, and none with its customer (a
 * follow-up with the customer counts, whatever it is on). Soonest expected close first, then the
 * biggest.
 */
function unplannedDeals(db: Database.Database, limit: number): TaskBlock<UnplannedDeal> {
  const rows = prepared(
    db,
    `SELECT count(*) OVER () AS total, d.id, d.title, d.value, s.name AS stage_name, d.expected_close,
       d.customer_id, c.name AS customer_name
     FROM deals d
     JOIN pipeline_stages s ON s.id = d.stage_id
     LEFT JOIN customers c ON c.id = d.customer_id
     WHERE d.status = 'open' AND d.deleted_at IS NULL AND (c.id IS NULL OR c.deleted_at IS NULL)
       AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.deal_id = d.id AND t.done_at IS NULL AND t.deleted_at IS NULL)
       AND (d.customer_id IS NULL OR NOT EXISTS (
         SELECT 1 FROM tasks t WHERE t.customer_id = d.customer_id AND t.done_at IS NULL AND t.deleted_at IS NULL))
     ORDER BY d.expected_close IS NULL, d.expected_close, d.value DESC, d.id
     LIMIT ?`,
  ).all(limit) as UnplannedRecord[]
  return {
    rows: rows.map((r) => ({
      id: r.id,
      title: r.title,
      value: r.value,
      stageName: r.stage_name,
      expectedClose: r.expected_close,
      customer: r.customer_id === null ? null : { id: r.customer_id, name: r.customer_name ?? '' },
    })),
    total: rows[0]?.total ?? 0,
  }
}
