import type Database from 'better-sqlite3'
import type { Task, TaskBlock, TodayTasks, UnplannedDeal } from '../../src-shared/domain/task-types'
import { prepared } from '../db/sql'
import { addCalendarDays, dayStartModifier, localDate, startOfLocalDay } from './local-time'
import { BY_DUE, LIVE_TASK, TASK_COLUMNS, TASK_JOINS, toTask, type TaskRecord } from './queries'

export interface TodayOptions {
  now: number
  timeZone: string
  /** Rows per block (each block says its total). */
  limit: number
  /** How many local days after today count as upcoming. */
  upcomingDays: number
}

/**
 * Which block an open task is in. An all-day task compares its local date with today's; a timed
 * one compares its instant with now and with the local day's bounds in the zone. A timed task
 * whose time has passed today is overdue: it is late, whatever the date.
 */
const BLOCKS = {
  overdue: `(t.due_date < @today OR t.due_at < @now)`,
  dueToday: `(t.due_date = @today OR (t.due_at >= @now AND t.due_at < @tomorrowStart))`,
  upcoming: `((t.due_date > @today AND t.due_date < @horizon) OR (t.due_at >= @tomorrowStart AND t.due_at < @horizonStart))`,
} as const

/** The Today view: overdue, today, upcoming, and the open deals with no follow-up planned. */
export function todayTasks(db: Database.Database, options: TodayOptions): TodayTasks {
  const { now, timeZone, limit, upcomingDays } = options
  const today = localDate(now, timeZone)
  const horizon = addCalendarDays(today, upcomingDays + 1)
  const params = {
    today,
    horizon,
    now: new Date(now).toISOString(),
    tomorrowStart: new Date(startOfLocalDay(addCalendarDays(today, 1), timeZone)).toISOString(),
    horizonStart: new Date(startOfLocalDay(horizon, timeZone)).toISOString(),
    dayStart: dayStartModifier(now, timeZone),
    limit,
  }
  const block = (where: string): TaskBlock<Task> => {
    const rows = prepared(
      db,
      `SELECT count(*) OVER () AS total, ${TASK_COLUMNS} FROM ${TASK_JOINS}
       WHERE t.done_at IS NULL AND ${LIVE_TASK} AND ${where} ORDER BY ${BY_DUE} LIMIT @limit`,
    ).all(params) as (TaskRecord & { total: number })[]
    return { rows: rows.map(toTask), total: rows[0]?.total ?? 0 }
  }
  return {
    today,
    overdue: block(BLOCKS.overdue),
    dueToday: block(BLOCKS.dueToday),
    upcoming: block(BLOCKS.upcoming),
    unplanned: unplannedDeals(db, limit),
  }
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
