import type Database from 'better-sqlite3'
import type { BoardResult, DealCard } from '../../../src-shared/domain/deal-types'
import type { BoardFilter } from '../../../src-shared/ipc/channels/deals'
import { prepared } from '../../db/sql'
import { BOARD_ORDER, requireStage } from '../stages'
import { boardClock, type BoardClock } from './board-clock'
import { columnCards } from './board-cards'
import { columnFigures } from './board-figures'
import { columnQuery, type ColumnScope } from './board-where'

/** Every live stage as a column scope, in board order. */
function columnScopes(db: Database.Database): (ColumnScope & { name: string })[] {
  return prepared(
    db,
    `SELECT id AS stageId, name, kind, probability, stale_days AS staleDays FROM pipeline_stages
     WHERE deleted_at IS NULL ORDER BY ${BOARD_ORDER}`,
  ).all() as (ColumnScope & { name: string })[]
}

/** The board: each column's figures over the whole (filtered) column, and its first `limit` cards. */
export function loadBoard(db: Database.Database, filter: BoardFilter, limit: number, clock = boardClock()): BoardResult {
  const columns = columnScopes(db).map((scope) => {
    const query = columnQuery(scope, filter, clock)
    return {
      stageId: scope.stageId,
      name: scope.name,
      kind: scope.kind,
      probability: scope.probability,
      staleDays: scope.staleDays,
      ...columnFigures(db, query),
      cards: columnCards(db, query, scope.kind, { offset: 0, limit }),
    }
  })
  return { columns, closedSince: clock.monthFirstDay, today: clock.today }
}

/** More cards of one column, after the first ones (scrolling). */
export function loadColumn(
  db: Database.Database,
  stageId: number,
  filter: BoardFilter,
  page: { offset: number; limit: number },
  clock: BoardClock = boardClock(),
): DealCard[] {
  requireStage(db, stageId)
  const scope = columnScopes(db).find((s) => s.stageId === stageId)!
  return columnCards(db, columnQuery(scope, filter, clock), scope.kind, page)
}
