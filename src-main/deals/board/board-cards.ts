import type Database from 'better-sqlite3'
import type { DealCard, NextTask, StageKind } from '../../../src-shared/domain/deal-types'
import { prepared } from '../../db/sql'
import { BY_DUE } from '../../tasks/queries'
import type { BoardClock } from './board-clock'
import { STALE_SQL, WEIGHTED_SQL, type ColumnQuery } from './board-where'

const DAY_MS = 86_400_000

interface CardRow extends Omit<DealCard, 'stale' | 'nextTask' | 'daysInStage'> {
  stale: 0 | 1
  taskId: number | null
}

// The soonest due open task, all-day or timed, as the task lists order them (read from the covering
// index tasks_deal_open), else the oldest undated one.
const OPEN_TASK = 't.deal_id = d.id AND t.done_at IS NULL AND t.deleted_at IS NULL'
const NEXT_TASK_SQL = `coalesce(
  (SELECT t.id FROM tasks t WHERE ${OPEN_TASK} AND (t.due_at IS NOT NULL OR t.due_date IS NOT NULL) ORDER BY ${BY_DUE} LIMIT 1),
  (SELECT t.id FROM tasks t WHERE ${OPEN_TASK} ORDER BY t.id LIMIT 1))`

const CARD_COLUMNS = `d.id, d.title, d.value, ${WEIGHTED_SQL} AS weighted,
  coalesce(d.probability, @stageProbability) AS probability, d.stage_id AS stageId, d.status,
  d.customer_id AS customerId, c.name AS customerName, d.expected_close AS expectedClose,
  coalesce(d.stage_entered_at, d.created_at) AS stageEnteredAt, d.closed_at AS closedAt, d.position,
  d.updated_at AS updatedAt, ${STALE_SQL} AS stale,
  ${NEXT_TASK_SQL} AS taskId`

/** Board order: open columns by position; Won and Lost latest closed first. */
const ORDER: Record<StageKind, string> = {
  open: 'd.position, d.id',
  won: 'd.closed_at DESC, d.id DESC',
  lost: 'd.closed_at DESC, d.id DESC',
}

/** A page of the column's cards in board order, each with its next follow-up and stale flag. */
export function columnCards(
  db: Database.Database,
  query: ColumnQuery,
  kind: StageKind,
  page: { offset: number; limit: number },
): DealCard[] {
  const rows = prepared(
    db,
    `SELECT ${CARD_COLUMNS} FROM deals d LEFT JOIN customers c ON c.id = d.customer_id
     WHERE ${query.where} ORDER BY ${ORDER[kind]} LIMIT @limit OFFSET @offset`,
  ).all({ ...query.params, ...page }) as CardRow[]
  return toCards(db, rows, String(query.params.now))
}

/** One deal as its card (wherever it is, whatever the filter), e.g. after a move. */
export function cardOf(db: Database.Database, dealId: number, clock: BoardClock): DealCard {
  const stage = prepared(
    db,
    'SELECT s.probability, s.stale_days FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id WHERE d.id = ?',
  ).get(dealId) as { probability: number; stale_days: number | null }
  const row = prepared(
    db,
    `SELECT ${CARD_COLUMNS} FROM deals d LEFT JOIN customers c ON c.id = d.customer_id WHERE d.id = @id`,
  ).get({
    id: dealId,
    stageProbability: stage.probability,
    staleDays: stage.stale_days,
    now: clock.now,
    today: clock.today,
    todayStart: clock.todayStart,
    dayStart: clock.dayStart,
  }) as CardRow
  return toCards(db, [row], clock.now)[0]
}

function toCards(db: Database.Database, rows: CardRow[], now: string): DealCard[] {
  const tasks = nextTasks(
    db,
    rows.map((r) => r.taskId).filter((id): id is number => id !== null),
  )
  const nowMs = Date.parse(now)
  return rows.map(({ taskId, stale, ...row }) => ({
    ...row,
    daysInStage: Math.max(0, Math.floor((nowMs - Date.parse(row.stageEnteredAt)) / DAY_MS)),
    stale: stale === 1,
    nextTask: taskId === null ? null : (tasks.get(taskId) ?? null),
  }))
}

function nextTasks(db: Database.Database, ids: number[]): Map<number, NextTask> {
  if (ids.length === 0) return new Map()
  const rows = prepared(
    db,
    'SELECT id, title, due_at AS dueAt, due_date AS dueDate FROM tasks WHERE id IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(ids)) as NextTask[]
  return new Map(rows.map((task) => [task.id, task]))
}
